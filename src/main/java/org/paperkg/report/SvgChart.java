package org.paperkg.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Static SVG charts drawn by hand: horizontal bars (linear or logarithmic) and a time scatter with a
 * logarithmic value axis. Every chart has a visible title, labelled axes with units, and alt text
 * ({@code <title>} and {@code <desc>}, referenced by {@code aria-labelledby}); nothing is scripted or
 * fetched. Labels and titles are escaped like all other text.
 *
 * @param id  a document-unique id (the file name under {@code charts/} too)
 * @param svg the markup, a standalone SVG document body with its own namespace
 */
record SvgChart(String id, String title, String alt, String svg) {

    /** A bar: its label, value, and the page it links to (or null). */
    record Bar(String label, double value, String href) {}

    /** A scatter point: x in days since 1970-01-01, y the value. */
    record Point(double x, double y, String label, String href) {}

    static final double CHAR = 6.8;   // average glyph width at 12px, for sizing labels
    private static final int WIDTH = 860;

    static SvgChart bars(String id, String title, String alt, String axisLabel, List<Bar> bars, boolean log,
                         Function<String, String> hrefs) {
        int labelWidth = (int) Math.min(280, 16 + CHAR * bars.stream().mapToInt(b -> b.label().length()).max().orElse(4));
        int left = labelWidth + 12, right = 70, top = 46, barH = 18, gap = 6;
        int plotW = WIDTH - left - right;
        int height = top + bars.size() * (barH + gap) + 58;
        Scale scale = Scale.of(bars.stream().mapToDouble(Bar::value).filter(v -> !log || v > 0).toArray(), log, plotW);
        OntologyXmlWriter w = start(id, title, alt, WIDTH, height);
        int plotBottom = top + bars.size() * (barH + gap);
        axisTicks(w, scale, left, top - 6, plotBottom, true);
        int y = top;
        for (Bar b : bars) {
            double v = log && b.value() <= 0 ? scale.min : b.value();
            double len = Math.max(1, scale.at(v));
            String href = hrefs.apply(b.href());
            if (href != null) w.open("a", "href", href);
            w.element("text", clip(b.label(), 40), "x", num(left - 8), "y", num(y + barH - 5), "text-anchor", "end", "class", "lbl");
            w.open("rect", "x", num(left), "y", num(y), "width", num(len), "height", num(barH), "class", "bar");
            w.element("title", b.label() + ": " + ReportNumbers.compact(b.value()));
            w.close("rect");
            if (href != null) w.close("a");
            w.element("text", ReportNumbers.compact(b.value()), "x", num(left + len + 5), "y", num(y + barH - 5), "class", "val");
            y += barH + gap;
        }
        w.empty("line", "x1", num(left), "y1", num(top - 6), "x2", num(left), "y2", num(plotBottom), "class", "axis");
        w.element("text", axisLabel, "x", num(left + plotW / 2.0), "y", num(height - 12), "text-anchor", "middle", "class", "axislbl");
        return finish(id, title, alt, w);
    }

    /** Vertical bars in the order given (a time series such as papers per month), on a linear axis from 0. */
    static SvgChart columns(String id, String title, String alt, String xLabel, String yLabel, List<Bar> bars) {
        int left = 64, right = 20, top = 46, bottom = 92, plotH = 190;
        int height = top + plotH + bottom;
        int plotW = WIDTH - left - right;
        double slot = plotW / (double) Math.max(1, bars.size());
        double barW = Math.max(2, Math.min(28, slot * 0.7));
        Scale scale = Scale.of(bars.stream().mapToDouble(Bar::value).toArray(), false, plotH);
        OntologyXmlWriter w = start(id, title, alt, WIDTH, height);
        int bottomY = top + plotH;
        for (double t : scale.ticks()) {
            double y = bottomY - scale.at(t);
            w.empty("line", "x1", num(left), "y1", num(y), "x2", num(left + plotW), "y2", num(y), "class", "grid");
            w.element("text", ReportNumbers.compact(t), "x", num(left - 8), "y", num(y + 4), "text-anchor", "end", "class", "tick");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double cx = left + slot * (i + 0.5);
            double h = Math.max(1, scale.at(b.value()));
            w.open("rect", "x", num(cx - barW / 2), "y", num(bottomY - h), "width", num(barW), "height", num(h), "class", "bar");
            w.element("title", b.label() + ": " + ReportNumbers.compact(b.value()));
            w.close("rect");
            w.element("text", b.label(), "x", num(cx), "y", num(bottomY + 12), "text-anchor", "end",
                    "transform", "rotate(-50 " + num(cx) + " " + num(bottomY + 12) + ")", "class", "tick");
        }
        w.empty("line", "x1", num(left), "y1", num(bottomY), "x2", num(left + plotW), "y2", num(bottomY), "class", "axis");
        w.element("text", xLabel, "x", num(left + plotW / 2.0), "y", num(height - 10), "text-anchor", "middle", "class", "axislbl");
        w.element("text", yLabel, "x", num(-(top + plotH / 2.0)), "y", "16", "transform", "rotate(-90)",
                "text-anchor", "middle", "class", "axislbl");
        return finish(id, title, alt, w);
    }

    static SvgChart timeScatter(String id, String title, String alt, String xLabel, String yLabel, List<Point> points,
                                int labelled, Function<String, String> hrefs) {
        int left = 92, right = 150, top = 46, bottom = 62, height = 460;
        int plotW = WIDTH - left - right, plotH = height - top - bottom;
        double[] xs = points.stream().mapToDouble(Point::x).toArray();
        double[] ys = points.stream().mapToDouble(Point::y).filter(v -> v > 0).toArray();
        double x0 = xs.length == 0 ? 0 : java.util.Arrays.stream(xs).min().getAsDouble();
        double x1 = xs.length == 0 ? 1 : java.util.Arrays.stream(xs).max().getAsDouble();
        int firstYear = java.time.LocalDate.ofEpochDay((long) x0).getYear();
        int lastYear = java.time.LocalDate.ofEpochDay((long) x1).getYear() + 1;
        double t0 = java.time.LocalDate.of(firstYear, 1, 1).toEpochDay();
        double t1 = java.time.LocalDate.of(lastYear, 1, 1).toEpochDay();
        Scale yScale = Scale.of(ys, true, plotH);
        OntologyXmlWriter w = start(id, title, alt, WIDTH, height);
        int bottomY = top + plotH;
        // value axis (log): horizontal grid lines
        for (double t : yScale.ticks()) {
            double y = bottomY - yScale.at(t);
            w.empty("line", "x1", num(left), "y1", num(y), "x2", num(left + plotW), "y2", num(y), "class", "grid");
            w.element("text", ReportNumbers.compact(t), "x", num(left - 8), "y", num(y + 4), "text-anchor", "end", "class", "tick");
        }
        // time axis: one tick a year
        int step = Math.max(1, (lastYear - firstYear) / 8);
        for (int year = firstYear; year <= lastYear; year += step) {
            double x = left + (java.time.LocalDate.of(year, 1, 1).toEpochDay() - t0) / (t1 - t0) * plotW;
            w.empty("line", "x1", num(x), "y1", num(top), "x2", num(x), "y2", num(bottomY), "class", "grid");
            w.element("text", Integer.toString(year), "x", num(x), "y", num(bottomY + 18), "text-anchor", "middle", "class", "tick");
        }
        w.empty("line", "x1", num(left), "y1", num(bottomY), "x2", num(left + plotW), "y2", num(bottomY), "class", "axis");
        w.empty("line", "x1", num(left), "y1", num(top), "x2", num(left), "y2", num(bottomY), "class", "axis");
        List<Point> byValue = points.stream().sorted((a, b) -> Double.compare(b.y(), a.y())).toList();
        List<double[]> placed = new java.util.ArrayList<>();   // label boxes already drawn: x0, y0, x1, y1
        for (int i = 0; i < byValue.size(); i++) {
            Point p = byValue.get(i);
            if (p.y() <= 0) continue;
            double x = left + (p.x() - t0) / (t1 - t0) * plotW;
            double y = bottomY - yScale.at(p.y());
            String href = hrefs.apply(p.href());
            if (href != null) w.open("a", "href", href);
            w.open("circle", "cx", num(x), "cy", num(y), "r", "5", "class", "dot");
            w.element("title", p.label() + ": " + ReportNumbers.compact(p.y()) + " ("
                    + java.time.LocalDate.ofEpochDay((long) p.x()) + ")");
            w.close("circle");
            String text = clip(p.label(), 22);
            double[] box = {x + 8, y - 8, x + 8 + text.length() * CHAR * 0.92, y + 6};
            boolean free = placed.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]);
            if (i < labelled && free) {
                w.element("text", text, "x", num(x + 8), "y", num(y + 4), "class", "pointlbl");
                placed.add(box);
            }
            if (href != null) w.close("a");
        }
        w.element("text", xLabel, "x", num(left + plotW / 2.0), "y", num(height - 14), "text-anchor", "middle", "class", "axislbl");
        w.element("text", yLabel, "x", num(-(top + plotH / 2.0)), "y", "18", "transform", "rotate(-90)",
                "text-anchor", "middle", "class", "axislbl");
        return finish(id, title, alt, w);
    }

    static OntologyXmlWriter start(String id, String title, String alt, int width, int height) {
        OntologyXmlWriter w = new OntologyXmlWriter();
        w.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "chart", "role", "img",
                "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height, "aria-labelledby", id + "-title " + id + "-desc",
                "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "font-size", "12");
        w.element("title", title, "id", id + "-title");
        w.element("desc", alt, "id", id + "-desc");
        w.element("style", STYLE);
        w.element("text", title, "x", "12", "y", "24", "class", "ctitle");
        return w;
    }

    static SvgChart finish(String id, String title, String alt, OntologyXmlWriter w) {
        w.close("svg");
        return new SvgChart(id, title, alt, w.finish());
    }

    private static final String STYLE = """
            .ctitle { font-size: 15px; font-weight: 600; fill: #1f2328; }
            .lbl, .val, .tick, .pointlbl { fill: #424a53; }
            .val, .pointlbl { font-size: 11px; }
            .axislbl { font-size: 12px; fill: #1f2328; font-weight: 600; }
            .bar { fill: #4e79a7; } a:hover .bar { fill: #2f5b88; }
            .dot { fill: #e15759; fill-opacity: .8; stroke: #fff; }
            .grid { stroke: #e4e8ec; } .axis { stroke: #57606a; }
            .node rect { fill: #eef3f9; stroke: #4e79a7; } a:hover .node rect { fill: #d6e4f3; }
            .node text { fill: #1f2328; }
            .edge { stroke: #57606a; fill: none; } .edge.partOf { stroke-dasharray: 5 3; stroke: #9c755f; }
            """;

    private static void axisTicks(OntologyXmlWriter w, Scale scale, int left, int top, int bottom, boolean labels) {
        for (double t : scale.ticks()) {
            double x = left + scale.at(t);
            w.empty("line", "x1", num(x), "y1", num(top), "x2", num(x), "y2", num(bottom), "class", "grid");
            if (labels) w.element("text", ReportNumbers.compact(t), "x", num(x), "y", num(bottom + 16), "text-anchor", "middle", "class", "tick");
        }
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A linear scale from 0, or a logarithmic one over whole decades, mapped onto [0, length]. */
    record Scale(double min, double max, boolean log, double length) {
        static Scale of(double[] values, boolean log, double length) {
            double lo = java.util.Arrays.stream(values).min().orElse(1);
            double hi = java.util.Arrays.stream(values).max().orElse(1);
            if (log) {
                double a = Math.pow(10, Math.floor(Math.log10(Math.max(lo, 1e-9))));
                double b = niceMax(Math.max(hi, 1e-9));
                if (b <= a) b = a * 10;
                return new Scale(a, b, true, length);
            }
            return new Scale(0, niceMax(Math.max(hi, 1e-9)), false, length);
        }

        double at(double v) {
            if (log) return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) * length;
            return (v - min) / (max - min) * length;
        }

        List<Double> ticks() {
            List<Double> out = new java.util.ArrayList<>();
            if (log) {
                int decades = (int) Math.floor(Math.log10(max / min) + 1e-9);
                int step = Math.max(1, (decades + 7) / 8);
                for (int k = 0; k <= decades; k += step) out.add(min * Math.pow(10, k));
                // the top of the axis, unless it would sit on the last decade's label
                if (at(max) - at(out.get(out.size() - 1)) > length * 0.12) out.add(max);
            } else {
                double step = max / 5;
                for (int k = 0; k <= 5; k++) out.add(step * k);
            }
            return out;
        }

        private static double niceMax(double v) {
            double p = Math.pow(10, Math.floor(Math.log10(v)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * p >= v) return m * p;
            }
            return 10 * p;
        }
    }
}
