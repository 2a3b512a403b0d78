package org.paperkg.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a token is a number, beyond what the tagger says. The published English tagger tags many words
 * it has not seen as numbers: of the digit-free words it called NUM in 10,000 ACL abstracts, a third were
 * words such as "low-resource", "fine-tuning", "open-source" or "tweets". Read as a count, "and fine-tuning
 * Llama2 on the dataset" looked like a list hanging from "dataset" and typed Llama2 as data. The tags
 * themselves stay as the tagger gives them: the candidate classifier was trained on them.
 */
final class NumberTokens {
    private NumberTokens() {}

    /** Words that are numbers without digits. */
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "dozen", "dozens", "half", "single", "double", "triple", "multi");

    /** A word of letters and inner hyphens ("fine-tuning"); with three letters or more, not "ii", "(b)", "e.g", "%". */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");

    /** Roman numerals that number items: "(iii)". */
    private static final Pattern ROMAN = Pattern.compile("[ivxlc]+");

    /** Whether a token the tagger tagged {@code tag} is a number: "three", "2", "two-stage"; not "fine-tuning". */
    static boolean isNumber(String word, String tag) {
        return "NUM".equals(tag) && !wordTakenForNumber(word);
    }

    private static boolean wordTakenForNumber(String word) {
        if (word.length() < 3 || !WORD.matcher(word).matches()) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (ROMAN.matcher(w).matches()) {
            return false;
        }
        for (String part : w.split("-")) {
            if (NUMBER_WORDS.contains(part)) {
                return false; // "two-stage", "trillion-parameter": a count inside a compound
            }
        }
        return true;
    }
}
