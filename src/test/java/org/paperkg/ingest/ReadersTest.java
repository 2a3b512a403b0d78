package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ingest");

    private static List<Paper> read(String file, InputProblems problems) throws IOException {
        InputFile in = InputFile.of(FIXTURES.resolve(file));
        try (Stream<Paper> s = PaperReader.forFormat(InputFormat.detect(in)).read(in, problems)) {
            return s.toList();
        }
    }

    @Test
    void blockLayoutReadsMetadataAndSkipsFurniture() throws IOException {
        List<Paper> papers = read("blocks.txt", InputProblems.quiet());
        assertEquals(3, papers.size(), "three papers; the furniture and the 'Apr 30' heading are not papers");

        Paper ring = papers.get(0);
        assertEquals("Ring-Lite: A Small Reasoner", ring.title());
        assertEquals("inclusionAI", ring.organization().slug());
        assertEquals("inclusionAI", ring.organization().displayName());
        assertEquals(new PaperDate(2025, 10, 24, "Oct 24, 2025"), ring.date());
        assertEquals(2, ring.upvotes());

        Paper bare = papers.get(1);
        assertEquals("A Paper Without Metadata", bare.title());
        assertNull(bare.organization());
        assertNull(bare.date());
        assertNull(bare.authorCount());
        assertNull(bare.upvotes());

        Paper megatron = papers.get(2);
        assertEquals(6, megatron.authorCount());
        assertNull(megatron.date().year(), "a date without a year keeps no invented year");
        assertEquals(11, megatron.date().month());
        assertEquals(8, megatron.date().day());
        assertEquals("--11-08", megatron.date().monthDayLexical());
        assertEquals(11, megatron.upvotes());
    }

    @Test
    void alternatingLayoutStripsGluedSubscribeAndReportsMissingAbstract() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputProblems problems = new InputProblems(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        List<Paper> papers = read("alternating.txt", problems);
        assertEquals(List.of("Improving language models by retrieving from trillions of tokens", "Ring-Lite: A Small Reasoner"),
                papers.stream().map(Paper::title).toList());
        assertTrue(papers.get(1).abstractText().startsWith("We present Ring-Lite"));
        assertEquals(1, problems.skipped());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("alternating.txt:5: title without abstract"), message);
    }

    @Test
    void jsonLinesKeepsGoodRecordsAroundBadOnesAndIgnoresAnswerFields() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputProblems problems = new InputProblems(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        List<Paper> papers = read("papers.jsonl", problems);
        assertEquals(List.of("p-1", "p-4"), papers.stream().map(Paper::id).toList());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("papers.jsonl:3: wrong type: 'title' is number, not a string"), message);
        assertTrue(message.contains("papers.jsonl:4: not valid JSON"), message);
        assertEquals("read 4, kept 2, skipped 2 (not valid JSON: 1, wrong type: 1)", problems.summary());

        Paper dolma = papers.get(0);
        assertEquals(new PaperDate(2024, 1, 31, "2024-01-31"), dolma.date());
        assertEquals(2, dolma.authorCount());
        Paper gold = papers.get(1);
        assertEquals("NVIDIA", gold.organization().displayName());
        assertEquals(9, gold.authorCount());
        assertEquals(12, gold.upvotes());
        assertEquals(2024, gold.date().year());
    }

    @Test
    void strictModeStopsAtTheFirstBadRecord() {
        InputProblems strict = new InputProblems(null, true);
        InputProblems.BadInputException e = assertThrows(InputProblems.BadInputException.class, () -> read("papers.jsonl", strict));
        assertTrue(e.getMessage().startsWith("papers.jsonl:3: wrong type"), e.getMessage());
    }

    @Test
    void arxivSnapshotIsDetectedAndGzipIsReadDirectly() throws IOException {
        for (String file : List.of("arxiv.jsonl", "arxiv-copy.jsonl.gz")) {
            InputFile in = InputFile.of(FIXTURES.resolve(file));
            assertEquals(InputFormat.ARXIV, InputFormat.detect(in), file);
            List<Paper> papers = read(file, InputProblems.quiet());
            assertEquals(1, papers.size());
            Paper p = papers.get(0);
            assertEquals("A Study of Scaling", p.title(), "white space in arXiv titles is collapsed");
            assertEquals("We study scaling laws for language models trained on up to 2T tokens.", p.abstractText());
            assertEquals("2401.00001", p.arxivId());
            assertEquals(List.of("A. Author", "B. Author"), p.authors());
        }
    }

    @Test
    void theSamePaperInSeveralFilesIsOnePaperWithAllItsSources(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("blocks.txt"), dir.resolve("a.txt"));
        Files.copy(FIXTURES.resolve("alternating.txt"), dir.resolve("b.txt"));
        List<Paper> papers = Corpus.read(List.of(dir), null, InputProblems.quiet());
        assertEquals(4, papers.size(), "Ring-Lite is in both files and counts once");
        Paper ring = papers.stream().filter(p -> p.title().startsWith("Ring-Lite")).findFirst().orElseThrow();
        assertEquals(List.of("a.txt", "b.txt"), ring.sources());
        assertEquals("inclusionAI", ring.organization().displayName(), "metadata from the file that has it");
    }

    @Test
    void latin1AndUtf16InputsAreDecoded(@TempDir Path dir) throws IOException {
        String line = "{\"title\": \"Caf\u00e9 Models\", \"abstract\": \"An abstract about na\u00efve baselines.\"}\n";
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, line.getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = dir.resolve("utf16.jsonl");
        byte[] body = line.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        for (Path p : List.of(latin1, utf16)) {
            List<Paper> papers = Corpus.read(List.of(p), null, InputProblems.quiet());
            assertEquals("Caf\u00e9 Models", papers.get(0).title(), p.toString());
        }
    }

    @Test
    void theSeedCorpusHolds427DistinctPapers() throws IOException {
        InputProblems problems = InputProblems.quiet();
        List<Paper> papers = Corpus.read(List.of(Path.of("data/seeds")), null, problems);
        assertEquals(427, papers.size());
        long inSeveralFiles = papers.stream().filter(p -> p.sources().size() > 1).count();
        assertEquals(21, inSeveralFiles, "21 titles repeat across the seed files");
    }

    @Test
    void paperKeysAreStableAcrossRuns() {
        assertEquals(TitleKey.hash("Dolma: an Open Corpus"), TitleKey.hash("DOLMA - an open corpus"));
        assertEquals("de6b3e7f4f0d2a3e".length(), TitleKey.hash("x").length());
    }

    @Test
    void aDisplayNameThatIsOnlyTheSlugInLowerCaseTakesTheSlugsCapitals() {
        assertEquals("UCAS", Paper.Organization.parse("UCAS ucas").displayName());
        assertEquals("NVIDIA", Paper.Organization.parse("nvidia NVIDIA").displayName());
        assertEquals("inclusionAI", Paper.Organization.parse("inclusionAI inclusionAI").displayName());
        assertEquals("deepseek", Paper.Organization.parse("deepseek-ai deepseek").displayName());
    }
}
