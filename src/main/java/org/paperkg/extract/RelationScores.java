package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * The number a sentence gives for a benchmark: the one written next to it ("93.4 on AIME-2025",
 * "ARC-AGI (32.8%)", "73.1 (AIME 24)", "an AIME score of 15.5", "On LiveCodeBench V6, it scores 51.1").
 * Improvements are not scores: "+4.4 on AIME 24", "12% improvement on GPQA", "by 36%".
 */
final class RelationScores {
    private RelationScores() {}

    private static final String NUM = "(?<![\\w.\\-])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";

    /** "69% on MMLU", "40% pass@1 on HumanEval", "75.2% on five-shot MMLU", "75% and 78% on MMLU". */
    private static final Pattern BEFORE_ON = Pattern.compile(
            "((?:" + NUM + "\\s*\\\\?%?\\s*(?:,\\s*|\\s+and\\s+))*)" + NUM
                    + "\\s*\\\\?%?\\s*(?:pass@\\d+|accuracy|score|points|elo|overall accuracy)?\\s+(?:on|in)\\s+"
                    + "(?:the\\s+)?(?:[\\w\\-]+\\s+){0,2}$");

    /** "ARC-AGI (32.8%)", "AIME24 (80.3 vs. 79.8)", "MMLU benchmark (67.5%)". */
    private static final Pattern AFTER_BRACKET = Pattern.compile(
            "^\\s*(?:benchmark|dataset|test set)?\\s*\\(\\s*" + NUM + "(?![\\w.])\\s*\\\\?%?\\s*(?:(?:vs\\.?|versus)\\s*"
                    + NUM + "\\s*\\\\?%?\\s*)?(?:[),;]|compared|vs|versus)");

    /** "73.1 (AIME 24)": the number before a bracket that holds the benchmark. */
    private static final Pattern BEFORE_BRACKET = Pattern.compile(NUM + "\\s*\\\\?%?\\s*\\(\\s*$");

    /** "an AIME score of 15.5", "MMLU accuracy of 67.5%". */
    private static final Pattern AFTER_OF = Pattern.compile(
            "^\\s*(?:[\\w\\-]+\\s+){0,2}?(?:score|accuracy|pass@1|rate)\\s+(?:of\\s+)?(?:above\\s+|over\\s+)?" + NUM);

    /** Numbers that are improvements or differences, not results. */
    private static final Pattern GAIN_AFTER = Pattern.compile(
            "^\\s*\\\\?%?\\s*(?:absolute\\s+|relative\\s+)?(?:improvement|gain|increase|higher|lower|boost|reduction"
                    + "|fewer|more|better|drop|points? (?:higher|improvement|gain)|pp\\b|percentage)");
    /** "12% improvement on GPQA-Diamond, 41% on AIME2024": the later numbers are gains too. */
    private static final Pattern ELLIPTICAL_GAIN = Pattern.compile(
            "(?:improvement|improvements|gain|gains|increase|boost)s?\\s+(?:on|in)\\s+[^;.]{0,40},\\s*(?:and\\s+)?$");
    private static final Pattern GAIN_BEFORE = Pattern.compile("(?:\\+|by|up to|than|over|below|less)\\s*$");

    /** A score and, for "(80.3 vs. 79.8)", the score of the model compared with. */
    record Found(List<Double> values, Double versus) {
    }

    static Found find(RelationSentence s, Slot dataset) {
        String before = s.textBefore(dataset, 80);
        String after = s.textAfter(dataset, 60);
        Matcher m = AFTER_BRACKET.matcher(after);
        if (m.find()) {
            Double vs = m.group(2) == null ? null : parse(m.group(2));
            return new Found(List.of(parse(m.group(1))), vs);
        }
        m = BEFORE_ON.matcher(before);
        if (m.find() && isResult(before.substring(0, m.start(3)), before.substring(m.end(3)))
                && !ELLIPTICAL_GAIN.matcher(before.substring(0, m.start())).find()) {
            List<Double> values = new ArrayList<>();
            Matcher each = Pattern.compile(NUM).matcher(m.group(1));
            while (each.find()) {
                values.add(parse(each.group(1)));
            }
            values.add(parse(m.group(3)));
            if (values.size() == 1 || isResult(before.substring(0, m.start()), "")) {
                return new Found(values, null);
            }
        }
        m = BEFORE_BRACKET.matcher(before);
        if (m.find() && after.stripLeading().startsWith(")") && isResult(before.substring(0, m.start(1)), "")) {
            return new Found(List.of(parse(m.group(1))), null);
        }
        m = AFTER_OF.matcher(after);
        if (m.find() && isResult("", after.substring(m.end(1)))) {
            return new Found(List.of(parse(m.group(1))), null);
        }
        Double lead = leadingOn(s, dataset);
        if (lead != null) {
            return new Found(List.of(lead), null);
        }
        return null;
    }

    /** "On LiveCodeBench V6, it scores 51.1": a clause opened by the benchmark, with one number after it. */
    private static Double leadingOn(RelationSentence s, Slot dataset) {
        int t = dataset.first() - 1;
        while (t >= 0 && s.word(t).equals("the")) {
            t--;
        }
        if (!s.word(t).equals("on") || t > 0 && !s.word(t - 1).equals(",")) {
            return null;
        }
        int end = RelationSubjects.clauseEnd(s, dataset.last());
        String rest = s.textBetween(s.tokenEnd(dataset.last()), end < s.size() ? s.tokenStart(end) : s.end());
        Matcher m = Pattern.compile("(?:scores?|accuracy of|score of|reaches|achieves)\\s+(?:an?\\s+)?(?:accuracy of\\s+)?"
                + NUM).matcher(rest);
        if (m.find() && isResult(rest.substring(0, m.start(1)), rest.substring(m.end(1)))) {
            return parse(m.group(1));
        }
        return null;
    }

    /** Whether the number between these two texts is a result, not a gain. */
    private static boolean isResult(String textBefore, String textAfter) {
        return !GAIN_BEFORE.matcher(textBefore).find() && !GAIN_AFTER.matcher(textAfter).find();
    }

    private static final Pattern BRACKET_NUMBER_AFTER = Pattern.compile("^\\s*\\(\\s*" + NUM + "\\s*\\\\?%?\\s*\\)");
    private static final Pattern POSSESSIVE_NUMBER_AFTER = Pattern.compile("^(?:'s|’s)\\s+" + NUM + "(?![\\w.])");
    private static final Pattern NUMBER_FOR_BEFORE = Pattern.compile(NUM + "\\s*\\\\?%?\\s+for\\s+(?:the\\s+)?$");

    /**
     * The number written next to a model that a sentence compares: "Gemini-2.0-Flash-001 (1352)",
     * "Magistral Medium's 50.3", "0.6 for OLMo-2-1.48B".
     */
    static Double besideModel(RelationSentence s, Slot model) {
        String after = s.textAfter(model, 20);
        Matcher m = BRACKET_NUMBER_AFTER.matcher(after);
        if (m.find()) {
            return parse(m.group(1));
        }
        m = POSSESSIVE_NUMBER_AFTER.matcher(after);
        if (m.find()) {
            return parse(m.group(1));
        }
        m = NUMBER_FOR_BEFORE.matcher(s.textBefore(model, 30));
        if (m.find()) {
            return parse(m.group(1));
        }
        return null;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
