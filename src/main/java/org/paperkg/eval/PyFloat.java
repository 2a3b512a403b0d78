package org.paperkg.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Python's {@code float(str)} and {@code repr(float)}. Java's Double.parseDouble and
 * Double.toString differ from both (hex literals, "d"/"f" suffixes, no underscores; and
 * in Java 17 the output is not always the shortest round-trip form), which would change
 * which quantity values compare as close and how the --json output looks.
 */
final class PyFloat {

    // PEP 515 digit groups: an underscore only between two digits.
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyFloat() {
    }

    /** {@code float(s)}, or empty where Python raises ValueError. */
    static OptionalDouble parse(String s) {
        String ascii = toAscii(s);
        if (ascii == null) {
            return OptionalDouble.empty();
        }
        String t = stripAsciiSpace(ascii);
        if (SPECIAL.matcher(t).matches()) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.endsWith("nan")) {
                return OptionalDouble.of(Double.NaN);
            }
            return OptionalDouble.of(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (!DECIMAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        // Java's parser is correctly rounded, as Python's is.
        return OptionalDouble.of(Double.parseDouble(t.replace("_", "")));
    }

    /**
     * CPython first maps non-ASCII whitespace to a space and non-ASCII decimal digits
     * (Unicode category Nd, e.g. Arabic-Indic) to ASCII digits; any other non-ASCII
     * character makes the string invalid (null here).
     */
    private static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                b.append((char) cp);
            } else if (PyText.isSpace(cp)) {
                b.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        return b.toString();
    }

    /** After the mapping CPython strips only C's ASCII whitespace (so "\x1c1" is invalid). */
    private static String stripAsciiSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && " \t\n\u000b\f\r".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\n\u000b\f\r".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    /** {@code repr(x)}: the shortest digits that read back as x, in Python's layout. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        return layout(shortest(x));
    }

    /**
     * The fewest significant digits that round-trip; among candidates of that length the
     * one nearest to x (what CPython's dtoa mode 0 returns). The nearest p-digit decimal
     * can miss the rounding interval at a power of two, where the interval is lopsided,
     * while its neighbour on the wide side hits it; hence the neighbours are tried too.
     */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (roundTrips(nearest, x)) {
                return nearest;
            }
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(nearest.precision() - nearest.scale() - p);
            BigDecimal best = null;
            for (BigDecimal candidate : new BigDecimal[] {nearest.subtract(step), nearest.add(step)}) {
                if (candidate.signum() != 0 && roundTrips(candidate, x) && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(MathContext.DECIMAL64); // unreachable: 17 digits always round-trip
    }

    private static boolean roundTrips(BigDecimal d, double x) {
        return Double.parseDouble(d.toString()) == x;
    }

    /** CPython's float_repr_style 'short': positional when -4 < decpt <= 16, else d.ddde±XX. */
    private static String layout(BigDecimal d) {
        d = d.stripTrailingZeros();
        String sign = d.signum() < 0 ? "-" : "";
        String digits = d.unscaledValue().abs().toString();
        int decpt = digits.length() - d.scale();
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
}
