package org.paperkg.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a ranking: "ranked 2nd", "securing 7th place", "achieved the 1st rank", "a top 7 rank on
 * LMSYS Chatbot Arena". A place is a result, so a quantity (the guidelines count "every numeric expression that
 * measures scale or result"), with the unit {@code other}.
 *
 * <p>Only where the words around make the number a place: a ranking verb before it ("ranked", "placing",
 * "secured") or a place noun after it ("place", "position", "rank"). An ordinal elsewhere is none ("the 21st
 * century", "the 4th layer", "the 62nd annual meeting"), nor is "top-5 accuracy", a metric's cut-off. Places
 * written as words ("ranked first") are left out: annotators list them far less often than digits.
 */
final class RankPlaces {
    /** An ordinal suffix glued to the digits: "2nd", "13th". */
    private static final Pattern SUFFIX = Pattern.compile("(?:st|nd|rd|th)(?![A-Za-z0-9])");
    /** What a place is a place in, after the number: "7th place", "1st rank", "2nd-best". */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "\\h?-?\\h?(?i:place|position|rank|spot|best|highest)(?![A-Za-z])");
    /**
     * A verb that makes the number after it a place, with a few words between: "ranked 7th", "ranking of 3rd",
     * "securing the 1st", "placed 23rd", "finished 11th".
     */
    private static final Pattern RANKING_BEFORE = Pattern.compile("(?i:\\b(?:rank(?:ed|ing|s)?|plac(?:ed|es|ing)"
            + "|secur(?:ed|es|ing)|finish(?:ed|es|ing)|came|position(?:ed)?)\\h+(?:(?:the|a|an|as|at|in|on|of|joint"
            + "|overall)\\h+){0,2})$");
    /** "top 7 rank", "a top-10 position": a cardinal is a place only between "top" and a place noun. */
    private static final Pattern TOP_BEFORE = Pattern.compile("(?i:\\btop\\h?-?\\h?)$");

    private final TextCursor cursor;
    private final Matcher suffix;
    private final Matcher placeAfter;
    private final Matcher rankingBefore;
    private final Matcher topBefore;

    RankPlaces(TextCursor cursor) {
        this.cursor = cursor;
        suffix = cursor.matcher(SUFFIX);
        placeAfter = cursor.matcher(PLACE_AFTER);
        rankingBefore = cursor.matcher(RANKING_BEFORE);
        topBefore = cursor.matcher(TOP_BEFORE);
    }

    /**
     * The place the integer atom ending at {@code from} states, with the end of its words ("7th place"), or null
     * when it states none.
     */
    UnitMatch read(Atom atom, int from) {
        if (!atom.bareInteger || atom.scaled() || atom.spelledOut) {
            return null;
        }
        int end = cursor.matchAt(suffix, from);
        if (end >= 0 && ordinalFits(atom, from)) {
            int place = cursor.matchAt(placeAfter, end);
            if (place >= 0) {
                return UnitMatch.place(place);
            }
            return cursor.matchesBefore(rankingBefore, atom.numberStart, 60) ? UnitMatch.place(end) : null;
        }
        if (cursor.isLetter(from)) {
            return null;
        }
        int place = cursor.matchAt(placeAfter, from);
        if (place >= 0 && cursor.matchesBefore(topBefore, atom.numberStart, 8)) {
            return UnitMatch.place(place); // "top 7 rank"
        }
        return null;
    }

    /** Whether the suffix is the one English writes after this number: "1st", "12th", "22nd"; not "2th". */
    private boolean ordinalFits(Atom atom, int from) {
        String written = cursor.text.substring(from, from + 2);
        long n = (long) atom.number;
        long lastTwo = n % 100;
        String expected = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return written.equals(expected);
    }
}
