package org.paperkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.paperkg.ingest.InputFile;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.PaperReader;

/**
 * Every reader on random bytes, on broken JSON Lines and on mangled page dumps: no exception escapes,
 * a file is read in bounded time, every problem is counted (read = kept + skipped), and every kept paper
 * has a clean title and abstract (no control characters, no unpaired surrogates, nothing blank).
 */
class ReaderFuzzTest {
    private static final Duration PER_FILE = Duration.ofSeconds(10);
    private static Path dir;
    private static int counter;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("paperkg-reader-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    }

    /** JSON Lines whose records are good, truncated, of the wrong types, or not JSON at all. */
    @Provide
    Arbitrary<String> jsonLines() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Adversarial.text(12).map(ReaderFuzzTest::jsonString),
                Arbitraries.of("1e400", "-0", "null", "true", "[]", "{}", "[\"a\", 1]", "{\"x\": {\"y\": []}}", "123456789012345678901234567890"));
        Arbitrary<String> field = Arbitraries.of("title", "abstract", "id", "date", "authors", "organization", "org_line",
                "date_line", "year", "url", "update_date", "authors_parsed", "\u0000", "");
        Arbitrary<String> record = Combinators.combine(field, value).as((k, v) -> jsonString(k) + ": " + v)
                .list().ofMaxSize(8).map(fields -> "{" + String.join(", ", fields) + "}");
        Arbitrary<String> line = Arbitraries.oneOf(record, record, record,
                Combinators.combine(record, Arbitraries.integers().between(0, 200)).as((r, n) -> r.substring(0, Math.min(n, r.length()))),
                Adversarial.text(10));
        return line.list().ofMaxSize(20).map(lines -> String.join("\n", lines));
    }

    /** Page dumps: titles, abstracts, metadata lines and furniture in any order, some lines missing. */
    @Provide
    Arbitrary<String> pageDumps() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Adversarial.text(4),
                Adversarial.text(40),
                Arbitraries.of("", "·", "• 6 authors", "Oct 24, 2025 2", "Nov 8 11", "Feb 31, 2024 1", "nvidia NVIDIA", "Subscribe",
                        "Daily Papers", "SubscribeRing-Lite: A Small Reasoner",
                        "We present a model that reads abstracts and finds the models, datasets and numbers in them, and we show"
                                + " that it works well on many benchmarks with 7B parameters and 1T tokens."));
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 200)
    void randomBytesAreReadOrReportedInEveryFormat(@ForAll("bytes") byte[] content) throws IOException {
        Path file = write(content);
        for (InputFormat format : InputFormat.values()) {
            readChecked(file, format);
        }
        readChecked(file, null);
    }

    @Property(tries = 300)
    void brokenJsonLinesNeverStopTheRun(@ForAll("jsonLines") String content) throws IOException {
        Path file = write(content.getBytes(StandardCharsets.UTF_8));
        readChecked(file, InputFormat.JSONL);
        readChecked(file, InputFormat.ARXIV);
    }

    @Property(tries = 300)
    void mangledPageDumpsNeverStopTheRun(@ForAll("pageDumps") String content) throws IOException {
        Path file = write(content.getBytes(StandardCharsets.UTF_8));
        readChecked(file, InputFormat.DAILY_PAPERS);
        readChecked(file, null);
    }

    /** Reads the file (format detected when null) and checks the invariants. */
    private static List<Paper> readChecked(Path file, InputFormat forced) throws IOException {
        InputFile in = InputFile.of(file);
        InputProblems problems = InputProblems.quiet();
        List<Paper> papers = assertTimeoutPreemptively(PER_FILE, () -> {
            InputFormat format = forced != null ? forced : InputFormat.detect(in);
            try (Stream<Paper> s = PaperReader.forFormat(format).read(in, problems)) {
                return new ArrayList<>(s.toList());
            }
        });
        assertEquals(problems.read(), problems.kept() + problems.skipped(), problems.summary());
        assertEquals(papers.size(), problems.kept(), problems.summary());
        for (Paper p : papers) {
            assertClean(p.title());
            assertClean(p.abstractText());
        }
        return papers;
    }

    private static void assertClean(String s) {
        assertFalse(s == null || s.isBlank(), "blank");
        assertEquals(s.strip(), s, "untrimmed");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(Character.isISOControl(c), () -> "control character in " + ExtractionFuzzTest.escaped(s));
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)), () -> "unpaired surrogate in " + ExtractionFuzzTest.escaped(s));
            } else {
                assertFalse(Character.isLowSurrogate(c), () -> "unpaired surrogate in " + ExtractionFuzzTest.escaped(s));
            }
        }
    }

    private static Path write(byte[] content) throws IOException {
        Path file = dir.resolve("input-" + (counter++ % 8) + ".txt");
        Files.write(file, content);
        return file;
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
