package org.paperkg.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the input gives it. Listing pages drop the year for the current
 * year ({@code Nov 8}); that year is unknown to us, so it stays unknown rather than guessed.
 *
 * @param year  the year, or null when the input gives none
 * @param month 1..12, or null when only a year is known
 * @param day   1..31, or null when only year and month are known
 * @param text  the date as written
 */
public record PaperDate(Integer year, Integer month, Integer day, String text) {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*)?");

    public PaperDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (month != null && day != null) {
            // Throws for impossible dates such as Feb 30; Feb 29 without a year is allowed.
            MonthDay.of(month, day);
            if (year != null) {
                LocalDate.of(year, month, day);
            }
        }
    }

    /** Month name as a listing page writes it, or null if the word is not a month. */
    public static Integer monthNumber(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** ISO dates as JSON inputs give them: {@code 2024-01-31}, {@code 2024-01}, {@code 2024}; null if not one. */
    public static PaperDate parseIso(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new PaperDate(Integer.valueOf(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)), s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    public LocalDate toLocalDate() {
        return isComplete() ? LocalDate.of(year, month, day) : null;
    }

    /** {@code --MM-DD}, the lexical form of xsd:gMonthDay, for a date without a year. */
    public String monthDayLexical() {
        return month != null && day != null ? String.format("--%02d-%02d", month, day) : null;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (month != null) {
            sb.append(Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            if (day != null) {
                sb.append(' ').append(day);
            }
        }
        if (year != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(year);
        }
        return sb.toString();
    }

    static PaperDate moreSpecific(PaperDate a, PaperDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return score(b) > score(a) ? b : a;
    }

    private static int score(PaperDate d) {
        return (d.year != null ? 4 : 0) + (d.month != null ? 2 : 0) + (d.day != null ? 1 : 0);
    }
}
