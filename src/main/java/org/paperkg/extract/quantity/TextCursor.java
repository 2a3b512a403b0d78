package org.paperkg.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchored regex tests at a position of one text. Every test looks at a bounded window, so the
 * cost of a test never depends on the length of the text.
 */
final class TextCursor {
    /** Longest stretch a unit phrase or context phrase may span. */
    private static final int WINDOW = 160;

    final String text;
    final int length;

    TextCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    /** A matcher over this text for one pattern; callers keep it to avoid allocating per test. */
    Matcher matcher(Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        // Lookarounds and \b must see the characters around the window, not treat its edges as text ends.
        matcher.useTransparentBounds(true);
        return matcher;
    }

    /** End of the match starting exactly at from, or -1. */
    int matchAt(Matcher matcher, int from) {
        if (from < 0 || from > length) {
            return -1;
        }
        matcher.useAnchoringBounds(false);
        matcher.region(from, Math.min(length, from + WINDOW));
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    /** Whether a match ends exactly at before; the pattern must end with $. */
    boolean matchesBefore(Matcher matcher, int before, int span) {
        if (before < 0 || before > length) {
            return false;
        }
        matcher.useAnchoringBounds(true);
        matcher.region(Math.max(0, before - span), before);
        return matcher.find();
    }

    char charAt(int index) {
        return index >= 0 && index < length ? text.charAt(index) : '\0';
    }

    boolean isLetter(int index) {
        return Character.isLetter(charAt(index));
    }

    boolean isDigit(int index) {
        char c = charAt(index);
        return c >= '0' && c <= '9';
    }

    boolean isLetterOrDigit(int index) {
        return Character.isLetterOrDigit(charAt(index));
    }

    /** Whether the atom's number is written with a decimal point ("0.56", not "56" or "5,600"). */
    boolean decimal(Atom atom) {
        return text.substring(atom.numberStart, atom.numberEnd).indexOf('.') >= 0;
    }

    boolean isHorizontalSpace(int index) {
        char c = charAt(index);
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
