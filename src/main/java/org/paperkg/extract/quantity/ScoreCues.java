package org.paperkg.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bare numbers that the text presents as benchmark results: "93.4 on AIME-2025", "73.1 (AIME 24)". */
final class ScoreCues {
    private static final Pattern ON_BENCHMARK = Pattern.compile(
            "\\h+on\\h+(?:the\\h+)?(?:[A-Z][A-Za-z0-9]|[a-z]{1,12}[A-Z0-9])");
    private static final Pattern BENCHMARK_IN_PARENTHESES = Pattern.compile(
            "\\h\\([A-Z][A-Za-z0-9.-]{1,20}(?:\\h[A-Za-z0-9.-]{1,12}){0,2}\\)");

    private final TextCursor cursor;
    private final LeftContext left;
    private final Matcher onBenchmark;
    private final Matcher benchmarkInParentheses;

    ScoreCues(TextCursor cursor, LeftContext left) {
        this.cursor = cursor;
        this.left = left;
        onBenchmark = cursor.matcher(ON_BENCHMARK);
        benchmarkInParentheses = cursor.matcher(BENCHMARK_IN_PARENTHESES);
    }

    /** Whether what follows (or encloses) an unscaled, unit-less number marks it as a score. */
    boolean after(Atom atom) {
        boolean decimal = cursor.text.substring(atom.numberStart, atom.numberEnd).indexOf('.') >= 0;
        boolean signed = atom.start < atom.numberStart;
        // Small integers before "on X" are usually counts ("trained 8 on TPUs"), not results.
        if (cursor.matchAt(onBenchmark, atom.end) >= 0 && (decimal || signed || atom.number >= 10)) {
            return true;
        }
        if (decimal && cursor.matchAt(benchmarkInParentheses, atom.end) >= 0) {
            return true;
        }
        return (decimal || atom.number >= 100) && !atom.year && ratingAfterName(atom);
    }

    /** "Gemini-2.0-Flash-001 (1352)": a number alone in parentheses right after a model name. */
    private boolean ratingAfterName(Atom atom) {
        return cursor.charAt(atom.start - 1) == '(' && cursor.charAt(atom.end) == ')'
                && left.namePart(atom.start - 1, null);
    }
}
