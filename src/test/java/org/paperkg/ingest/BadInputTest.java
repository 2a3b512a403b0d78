package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of real corpora, one by one: each bad record is one line naming file, line and reason,
 * the good records around it are kept, and the summary counts what was read, kept and skipped by reason.
 * Small cases are fixture files under {@code fixtures/ingest/bad}; big ones are made at test time.
 */
class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/fixtures/ingest/bad");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ingest");
    private static final String GOOD_LINE = "{\"title\": \"A Good Paper %d\", \"abstract\": \"We train GoodNet-%d with 7B parameters on 1T tokens.\"}";

    /** Reads through {@link Corpus}, as build and extract do; messages are collected. */
    private record Run(List<Paper> papers, InputProblems problems, String messages) {
        List<String> titles() {
            return papers.stream().map(Paper::title).toList();
        }
    }

    private static Run read(Path... files) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputProblems problems = new InputProblems(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        List<Paper> papers = Corpus.read(List.of(files), null, problems);
        return new Run(papers, problems, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyBadJsonRecordIsOneLineAndTheGoodOnesAreKept() throws IOException {
        Run run = read(BAD.resolve("bad.jsonl"));
        assertEquals(List.of("g-1", "g-2", "g-3", "g-4"), run.papers().stream().map(Paper::id).toList());
        assertEquals("read 11, kept 4, skipped 7 (empty abstract: 1, missing abstract: 1, not a JSON object: 1,"
                + " not valid JSON: 2, wrong type: 2)", run.problems().summary());
        for (String expected : List.of("bad.jsonl:2: not valid JSON", "bad.jsonl:3: wrong type: 'title' is array, not a string",
                "bad.jsonl:4: wrong type: 'abstract' is number, not a string", "bad.jsonl:5: missing abstract",
                "bad.jsonl:6: empty abstract", "bad.jsonl:7: not a JSON object", "bad.jsonl:8: not valid JSON",
                "bad.jsonl:11: warning: 'organization' is array, not a string: ignored")) {
            assertTrue(run.messages().lines().anyMatch(l -> l.startsWith(expected)), expected + " in:\n" + run.messages());
        }
        assertTrue(run.messages().lines().allMatch(l -> l.length() < 300), "each message is one short line:\n" + run.messages());
        assertFalse(run.messages().contains("Exception") || run.messages().contains("\tat "), run.messages());
    }

    @Test
    void entitiesControlCharactersLatexAndOtherScriptsAreReadAsText() throws IOException {
        Run run = read(BAD.resolve("bad.jsonl"));
        Paper entities = run.papers().get(1);
        assertEquals("Q&A with <b>BERT</b> \u2013 a Caf\u00e9 Study", entities.title(), "HTML entities decoded once");
        assertEquals("We fine-tune BERT on SQuAD & NaturalQuestions and reach 88.5 F1 \u2014 with 340M parameters.",
                entities.abstractText(), "control characters dropped");
        Paper latex = run.papers().get(0);
        assertTrue(latex.abstractText().contains("10^{12} tokens") && latex.abstractText().contains("3.5\\% on $\\mathcal{D}$"),
                "LaTeX is kept as written: " + latex.abstractText());
        assertEquals("\u5927\u89c4\u6a21\u8bed\u8a00\u6a21\u578b\u7684\u8bc4\u4f30", run.papers().get(2).title());
        Paper wrongTypes = run.papers().get(3);
        assertEquals(List.of(), wrongTypes.authors());
        assertEquals(null, wrongTypes.organization());
    }

    @Test
    void aPageWhoseAbstractLineIsMissingLosesOnlyThatPaper() throws IOException {
        Run run = read(BAD.resolve("missing-abstract.txt"));
        assertEquals(List.of("Ring-Lite: A Small Reasoner", "ControlCharTitle: a Model [31mColoured"), run.titles());
        assertEquals("read 3, kept 2, skipped 1 (title without abstract: 1)", run.problems().summary());
        assertTrue(run.messages().contains("missing-abstract.txt:2: title without abstract: \"A Paper Whose Abstract Line Is Missing\""),
                run.messages());
        Paper ring = run.papers().get(0);
        assertEquals("inclusionAI", ring.organization().displayName(), "the next paper keeps its own metadata");
        assertTrue(ring.abstractText().endsWith("compute. & more."), ring.abstractText());
    }

    @Test
    void emptyAndBinaryFilesAreReportedOnceAndTheOtherFilesRead(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        Path binary = dir.resolve("figure.png");
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        Files.write(binary, png);
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, GOOD_LINE.formatted(1, 1) + "\n");
        Run run = read(empty, binary, good);
        assertEquals(List.of("A Good Paper 1"), run.titles());
        assertEquals("read 2, kept 1, skipped 1 (binary file: 1)", run.problems().summary());
        assertTrue(run.messages().contains("empty.jsonl:1: warning: no papers in this file (it is empty)"), run.messages());
        assertTrue(run.messages().contains("figure.png:1: binary file: not text"), run.messages());
        assertEquals(2, run.messages().lines().count(), run.messages());
    }

    @Test
    void latin1AndUtf16PageDumpsReadLikeUtf8(@TempDir Path dir) throws IOException {
        String page = Files.readString(FIXTURES.resolve("blocks.txt")).replace("A Paper Without Metadata", "Mod\u00e8les na\u00effs");
        Files.write(dir.resolve("latin1.txt"), page.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("utf16be.txt"), concat(new byte[] {(byte) 0xfe, (byte) 0xff}, page.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(dir.resolve("utf16le.txt"), concat(new byte[] {(byte) 0xff, (byte) 0xfe}, page.getBytes(StandardCharsets.UTF_16LE)));
        for (String name : List.of("latin1.txt", "utf16be.txt", "utf16le.txt")) {
            Run run = read(dir.resolve(name));
            assertEquals(3, run.papers().size(), name + ": " + run.messages());
            assertEquals("Mod\u00e8les na\u00effs", run.papers().get(1).title(), name);
        }
    }

    /** 50 MB on one line, between two good records, in JSON Lines and in a page dump. */
    @Test
    void aFiftyMegabyteLineIsSkippedAndTheRecordsAroundItKept(@TempDir Path dir) throws IOException {
        int size = 50 << 20;
        Path jsonl = dir.resolve("huge.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            w.write(GOOD_LINE.formatted(1, 1) + "\n");
            w.write("{\"title\": \"Huge\", \"abstract\": \"");
            writeWords(w, size);
            w.write("\"}\n");
            w.write(GOOD_LINE.formatted(2, 2) + "\n");
        }
        Run json = read(jsonl);
        assertEquals(List.of("A Good Paper 1", "A Good Paper 2"), json.titles());
        assertTrue(json.messages().startsWith("huge.jsonl:2: abstract too long: "), json.messages());
        assertEquals("read 3, kept 2, skipped 1 (abstract too long: 1)", json.problems().summary());

        Path page = dir.resolve("huge.txt");
        try (BufferedWriter w = Files.newBufferedWriter(page)) {
            w.write("A Huge Paper\n");
            writeWords(w, size);
            w.write("\n\n" + Files.readString(FIXTURES.resolve("blocks.txt")));
        }
        Run dump = read(page);
        assertEquals(3, dump.papers().size(), dump.messages());
        assertTrue(dump.messages().startsWith("huge.txt:2: abstract too long: "), dump.messages());
    }

    @Test
    void anAbstractLongerThanAnyRealOneIsSkippedWithItsLength(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.jsonl");
        String text = "We study long inputs. ".repeat(1000);
        Files.writeString(file, "{\"title\": \"Long\", \"abstract\": \"" + text + "\"}\n" + GOOD_LINE.formatted(1, 1) + "\n");
        Run run = read(file);
        assertEquals(List.of("A Good Paper 1"), run.titles());
        assertTrue(run.messages().startsWith("long.jsonl:1: abstract too long: 21999 characters"), run.messages());
    }

    @Test
    void aTruncatedGzipKeepsTheRecordsBeforeTheBreak(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                gz.write((GOOD_LINE.formatted(i, i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        Path headerOnly = dir.resolve("header.jsonl.gz");
        Files.write(headerOnly, java.util.Arrays.copyOf(all, 5));
        Run run = read(cut, headerOnly);
        assertTrue(run.papers().size() > 100 && run.papers().size() < 2000, run.papers().size() + " papers");
        assertEquals("A Good Paper 0", run.papers().get(0).title());
        assertEquals(2, run.problems().skippedByReason().get("unreadable"), run.messages());
        assertTrue(run.messages().contains("cut.jsonl.gz:" + (run.papers().size() + 1) + ": unreadable: the file breaks off here"),
                run.messages());
        assertTrue(run.messages().contains("header.jsonl.gz:1: unreadable: the file breaks off here: unexpected end of file"),
                run.messages());
    }

    /** Every reader, called directly, reports a gzip header it cannot read; none throws (found by ReaderFuzzTest). */
    @Test
    void aGzipHeaderWithAnUnknownMethodIsOneProblemInEveryReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("method.jsonl.gz");
        // gzip magic, then compression method 7: only 8 (deflate) exists
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 7, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        InputFile in = InputFile.of(file);
        for (InputFormat format : InputFormat.values()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            InputProblems problems = new InputProblems(new PrintStream(err, true, StandardCharsets.UTF_8), false);
            try (var papers = PaperReader.forFormat(format).read(in, problems)) {
                assertEquals(0, papers.count(), format.name());
            }
            assertEquals(1, problems.skipped(), format + ": " + err);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("method.jsonl.gz:1: unreadable: the file breaks off here:"
                    + " Unsupported compression method"), format + ": " + err);
        }
        InputFormat.detect(in); // reads what it can; the reader reports the break
        Run run = read(file);
        assertEquals(List.of(), run.papers());
        assertEquals(1, run.problems().skippedByReason().get("unreadable"), run.messages());
    }

    @Test
    void strictStopsAtTheFirstBadRecord() {
        InputProblems strict = new InputProblems(null, true);
        InputProblems.BadInputException e = assertThrows(InputProblems.BadInputException.class,
                () -> Corpus.read(List.of(BAD.resolve("bad.jsonl")), null, strict));
        assertTrue(e.getMessage().startsWith("bad.jsonl:2: not valid JSON"), e.getMessage());
        assertEquals(1, strict.kept(), "the record before it was read");
    }

    private static void writeWords(BufferedWriter w, int size) throws IOException {
        String words = "tokens of one very long line ";
        for (int written = 0; written < size; written += words.length()) {
            w.write(words);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
