package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.testing.CommandRun;

/**
 * {@code paperkg bench} on 64 annotated training abstracts: every figure the scale issue asks for is
 * printed, and the figures agree with each other (the ratios are the quotients of the times printed,
 * the quads the loader loaded are the triples the build stored). Speed itself is not asserted: the
 * benchmark prints it, CI machines differ.
 */
class BenchCommandTest {

    @Test
    void printsEveryFigureAndTheyAgree(@TempDir Path work) {
        CommandRun.Outcome r = CommandRun.run("bench", "data/train/parts/input-00.jsonl", "--work", work.toString(),
                "--query-runs", "1");
        String out = r.out();
        assertEquals(0, r.exitCode(), out + r.err());

        double floor = number(out, "tokenizer floor : 64 abstracts in ([\\d.]+) s = [\\d.]+ abstracts/s, (\\d+) tokens/s", 1);
        double tagging = number(out, "tagging floor   : 64 abstracts in ([\\d.]+) s = [\\d.]+ abstracts/s", 1);
        double extract = number(out, "extractor alone : 64 abstracts in ([\\d.]+) s = [\\d.]+ abstracts/s, (\\d+) tokens/s", 1);
        assertTrue(number(out, "extractor alone : .* (\\d+) tokens/s", 1) > 0);
        double build = number(out, "whole build     : 64 papers in ([\\d.]+) s", 1);
        long triples = (long) number(out, "whole build     : .* (\\d+) triples = ", 1);
        assertTrue(number(out, "peak heap       : (\\d+) MiB", 1) > 0);
        long quads = (long) number(out, "TDB2 loader     : (\\d+) quads in", 1);
        double loader = number(out, "TDB2 loader     : \\d+ quads in ([\\d.]+) s", 1);
        double store = number(out, "store step      : ([\\d.]+) s", 1);
        assertEquals(triples, quads, "the loader loads exactly what the build stored");
        assertTrue(store <= build, "the store step is part of the build");

        Matcher ratios = Pattern.compile("extractor / tokenizer floor = ([\\d.]+) .* store step / loader = ([\\d.]+) .*"
                + " whole build / loader = ([\\d.]+) .* tagging floor / loader = ([\\d.]+)").matcher(out);
        assertTrue(ratios.find(), out);
        assertQuotient(extract, floor, Double.parseDouble(ratios.group(1)));
        assertQuotient(store, loader, Double.parseDouble(ratios.group(2)));
        assertQuotient(build, loader, Double.parseDouble(ratios.group(3)));
        assertQuotient(tagging, loader, Double.parseDouble(ratios.group(4)));

        for (NamedQuery q : QueryLibrary.bundled().all()) {
            assertTrue(Pattern.compile("query " + Pattern.quote(q.name()) + " +median +[\\d.]+ ms").matcher(out).find(),
                    "no median for " + q.name() + ":\n" + out);
        }
    }

    @Test
    void startsFromAnEmptyStoreEachRunAndLeavesOtherFilesAlone(@TempDir Path work) throws Exception {
        java.nio.file.Files.createDirectories(work.resolve("kg"));
        Path leftover = java.nio.file.Files.writeString(work.resolve("kg").resolve("from-an-earlier-run"), "x");
        Path notes = java.nio.file.Files.writeString(work.resolve("notes.txt"), "mine");
        CommandRun.Outcome r = CommandRun.run("bench", "data/train/parts/input-00.jsonl", "--work", work.toString(),
                "--query-runs", "1");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(!java.nio.file.Files.exists(leftover), "the earlier store was removed before the build");
        assertEquals("mine", java.nio.file.Files.readString(notes), "files the bench did not make stay");
    }

    /**
     * The printed ratio is the quotient of the two printed times, up to their rounding to 0.1 s (on 64
     * abstracts a time of 0.1 s may be anything from 0.05 to 0.15 s) and the ratio's own to 0.01.
     */
    private static void assertQuotient(double numerator, double denominator, double printedRatio) {
        double low = (numerator - 0.05) / (denominator + 0.05) - 0.005;
        double high = denominator > 0.05 ? (numerator + 0.05) / (denominator - 0.05) + 0.005 : Double.POSITIVE_INFINITY;
        assertTrue(printedRatio >= low && printedRatio <= high,
                printedRatio + " is not " + numerator + " / " + denominator + " (between " + low + " and " + high + ")");
    }

    private static double number(String text, String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no line matching " + regex + " in:\n" + text);
        return Double.parseDouble(m.group(group));
    }
}
