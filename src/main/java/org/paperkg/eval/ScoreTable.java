package org.paperkg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** score.py's output, character for character, so Java and Python runs can be diffed. */
public final class ScoreTable {

    private ScoreTable() {
    }

    /** The text table score.py prints (with its trailing newline). */
    public static String format(Scores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %5s %5s %5s\n", "section", "P", "R", "F1", "tp", "fp", "fn"));
        for (Section section : Section.values()) {
            row(b, section.id(), s.section(section));
        }
        row(b, "overall", s.overall());
        return b.append("documents: ").append(s.documents()).append('\n').toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %5d %5d %5d\n", name,
                fixed3(c.precision()), fixed3(c.recall()), fixed3(c.f1()), c.tp(), c.fp(), c.fn()));
    }

    /**
     * Python's {@code :.3f} rounds the exact binary value half-to-even (0.0625 gives
     * 0.062); Java's %.3f rounds the shortest decimal half-up (0.063), hence BigDecimal.
     */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** What score.py --json prints: {@code json.dumps(result, indent=1)} plus a newline. */
    public static String toJson(Scores s) {
        StringBuilder b = new StringBuilder("{\n");
        for (Section section : Section.values()) {
            jsonSection(b, section.id(), s.section(section));
        }
        jsonSection(b, "overall", s.overall());
        return b.append(" \"documents\": ").append(s.documents()).append("\n}\n").toString();
    }

    private static void jsonSection(StringBuilder b, String name, Counts c) {
        b.append(" \"").append(name).append("\": {\n")
                .append("  \"precision\": ").append(PyFloat.repr(c.precision())).append(",\n")
                .append("  \"recall\": ").append(PyFloat.repr(c.recall())).append(",\n")
                .append("  \"f1\": ").append(PyFloat.repr(c.f1())).append(",\n")
                .append("  \"tp\": ").append(c.tp()).append(",\n")
                .append("  \"fp\": ").append(c.fp()).append(",\n")
                .append("  \"fn\": ").append(c.fn()).append("\n")
                .append(" },\n");
    }

    /** The lines score.py --by-doc adds after the table: key, then section=(tp, fp, fn). */
    public static String formatByDoc(Scores s) {
        StringBuilder b = new StringBuilder();
        for (DocScores d : s.perDocument()) {
            b.append(d.key());
            for (Map.Entry<Section, Counts> e : d.sections().entrySet()) {
                Counts c = e.getValue();
                b.append(' ').append(e.getKey().id()).append("=(")
                        .append(c.tp()).append(", ").append(c.fp()).append(", ").append(c.fn()).append(')');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
