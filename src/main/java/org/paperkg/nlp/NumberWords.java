package org.paperkg.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * English number words that abstracts spell out ("three trillion tokens", "twenty-five languages", "three
 * LLMs: A, B and C"), with their values: one vocabulary for the quantity grammar and the list readers.
 */
public final class NumberWords {
    private NumberWords() {}

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            // "a single GPU" is a count of one; the finder only accepts it before an accelerator.
            Map.entry("single", 1));

    /** A cheap first test before looking a word up: every number word starts with one of these. */
    public static boolean mayStart(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'o', 't', 'f', 's', 'e', 'n', 'z' -> true;
            default -> false;
        };
    }

    /** "twenty" .. "ninety": the words that take a hyphenated unit ("twenty-five"). */
    public static boolean isTens(String word) {
        int value = valueOf(word);
        return value >= 20 && value % 10 == 0 && word.indexOf('-') < 0;
    }

    /** "one" .. "nine". */
    public static boolean isDigitWord(String word) {
        int value = valueOf(word);
        return value >= 1 && value <= 9 && !word.equalsIgnoreCase("single");
    }

    /** The value of a word such as "Three" or "twenty-five", or -1 when it is not a number word. */
    public static int valueOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int hyphen = lower.indexOf('-');
        if (hyphen > 0) {
            Integer tens = VALUES.get(lower.substring(0, hyphen));
            Integer units = VALUES.get(lower.substring(hyphen + 1));
            return tens == null || units == null ? -1 : tens + units;
        }
        Integer value = VALUES.get(lower);
        return value == null ? -1 : value;
    }
}
