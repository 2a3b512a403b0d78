package org.paperkg.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as a reader wants them: 7.0E9 as "7B", 1.6E12 as "1.6T", 76.5 as "76.5". */
final class ReportNumbers {
    private static final String[] SCALE = {"", "k", "M", "B", "T", "P", "E"};

    private ReportNumbers() {}

    static String compact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        double a = Math.abs(v);
        if (a < 1000) return plain(v);
        int i = 0;
        while (a >= 1000 && i < SCALE.length - 1) {
            a /= 1000;
            v /= 1000;
            i++;
        }
        return plain(v) + SCALE[i];
    }

    /** Up to three significant decimals, no trailing zeros, no exponent. */
    static String plain(double v) {
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String integer(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "token" → "tokens" for a count other than one; units that are not counts stay as they are. */
    static String unitPlural(String unit, double value) {
        if (unit == null || unit.isEmpty()) return "";
        if (value == 1 || unit.equals("percent") || unit.equals("score") || unit.equals("factor") || unit.endsWith("s")
                || unit.contains(" per ") || unit.contains("other")) {
            return unit;
        }
        return unit + "s";
    }
}
