package org.paperkg.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.nlp.Metrics;

/** Bare numbers that the text presents as benchmark results: "93.4 on AIME-2025", "73.1 (AIME 24)". */
final class ScoreCues {
    private static final Pattern ON_BENCHMARK = Pattern.compile(
            "\\h+on\\h+(?:the\\h+)?(?:[A-Z][-A-Za-z0-9]|[a-z]{1,12}[A-Z0-9])");
    private static final Pattern BENCHMARK_IN_PARENTHESES = Pattern.compile(
            "\\h\\([A-Z][A-Za-z0-9.-]{1,20}(?:\\h[A-Za-z0-9.-]{1,12}){0,2}\\)");

    /**
     * "35.7 average score", "29.61 length-controlled win rate", "29.07 in F1 score", "91.9 CoNLL F1",
     * "45.2 macro F1": the metric follows, with at most one modifier (a kind of average or an acronym).
     */
    private static final Pattern METRIC_AFTER = Pattern.compile(
            "\\h+(?:in\\h+)?(?:(?:average|mean|overall|macro|micro|weighted|strict|[A-Za-z]{1,12}-[a-z]{1,12}"
                    + "|[A-Z][A-Za-z]{0,6}[A-Z][A-Za-z0-9]{0,6})\\h+)?"
                    + "(?:(?<word>(?i:score|win\\h+rate|accuracy|exact\\h+match))|" + Metrics.ACRONYMS + ")"
                    + "(?![A-Za-z0-9-])(?!\\h*(?i:points?|pp)(?![A-Za-z]))");
    /** "compared to just 0.6 for OLMo-2", "compared to 26.5 for an Adam-trained model". */
    private static final Pattern COMPARED_TO = Pattern.compile(
            "(?i:\\bcompared\\h+(?:to|with)\\h+(?:(?:just|only)\\h+)?)$");
    private static final Pattern FOR_SOMETHING = Pattern.compile("\\h+for\\h+(?:an?\\h+|the\\h+)?[A-Za-z]");

    /** "WikiText103 (10.8 compared to ...)": a comparison opened right after a name. */
    private static final Pattern COMPARISON_AFTER = Pattern.compile(
            "\\h+(?i:compared\\h+(?:to|with)|vs\\.?|versus)\\h");
    /** What may follow a bare result: the end of its phrase. */
    private static final Pattern PHRASE_END = Pattern.compile("\\h*(?:[,;)]|\\.(?!\\d)|\\h(?:and|or)\\h|$)");

    private final TextCursor cursor;
    private final LeftContext left;
    private final Matcher onBenchmark;
    private final Matcher benchmarkInParentheses;
    private final Matcher metricAfter;
    private final Matcher comparedTo;
    private final Matcher forSomething;
    private final Matcher comparisonAfter;
    private final Matcher phraseEnd;

    ScoreCues(TextCursor cursor, LeftContext left) {
        this.cursor = cursor;
        this.left = left;
        onBenchmark = cursor.matcher(ON_BENCHMARK);
        benchmarkInParentheses = cursor.matcher(BENCHMARK_IN_PARENTHESES);
        metricAfter = cursor.matcher(METRIC_AFTER);
        comparedTo = cursor.matcher(COMPARED_TO);
        forSomething = cursor.matcher(FOR_SOMETHING);
        comparisonAfter = cursor.matcher(COMPARISON_AFTER);
        phraseEnd = cursor.matcher(PHRASE_END);
    }

    /** Whether what follows (or encloses) an unscaled, unit-less number marks it as a score. */
    boolean after(Atom atom) {
        boolean decimal = cursor.decimal(atom);
        boolean signed = atom.start < atom.numberStart;
        if (signed && cursor.charAt(atom.start) == '+' && !atom.year) {
            return true; // "a gain of +12.3 over the base model": a signed difference of scores
        }
        // Small integers before "on X" are usually counts ("trained 8 on TPUs"), not results.
        if (cursor.matchAt(onBenchmark, atom.end) >= 0 && (decimal || signed || atom.number >= 10)) {
            return true;
        }
        if (decimal && cursor.matchAt(benchmarkInParentheses, atom.end) >= 0) {
            return true;
        }
        // "5 accuracy" may be a rank ("top 5 accuracy"); "3 chrF++" can only be a result.
        if (!atom.year && cursor.matchAt(metricAfter, atom.end) >= 0
                && (decimal || atom.number >= 10 || metricAfter.group("word") == null)) {
            return true;
        }
        if (decimal && cursor.matchAt(forSomething, atom.end) >= 0 && cursor.matchesBefore(comparedTo, atom.start, 40)) {
            return true;
        }
        if (decimal && left.afterPossessive(atom.start) && cursor.matchAt(phraseEnd, atom.end) >= 0) {
            return true;
        }
        if (decimal && cursor.charAt(atom.start - 1) == '(' && left.namePart(atom.start - 1, null)
                && cursor.matchAt(comparisonAfter, atom.end) >= 0) {
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
