package org.paperkg.report;

import java.util.Locale;
import java.util.stream.Collectors;
import org.paperkg.report.ClassDiagram.Node;
import org.paperkg.report.ClassDiagramRouter.Route;
import org.paperkg.report.DiagramGeometry.Point;
import org.paperkg.report.DiagramGeometry.Rect;

/**
 * Writes the routed diagram as a self-contained SVG: no scripts, no external fonts or images, a
 * title and a text description for screen readers, arrows under boxes and labels on top.
 */
final class ClassDiagramSvg {
    private static final double MARGIN = 16;
    private static final String CSS = """
            text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; fill: #1f2328; }
            .box { fill: #f1f6fd; stroke: #3a6ea5; stroke-width: 1.3; }
            .label { font-size: 14px; font-weight: 600; }
            .curie { font-size: 11px; fill: #57606a; }
            .subclass { fill: none; stroke: #444c56; stroke-width: 1.4; }
            .property { fill: none; stroke: #b35900; stroke-width: 1.2; }
            .names rect { fill: #ffffff; fill-opacity: 0.92; stroke: none; }
            .names text { font-size: 11px; fill: #8a4500; }
            .legend { font-size: 12px; fill: #57606a; }
            """;

    private final OntologyXmlWriter w = new OntologyXmlWriter();

    static ClassDiagram.Svg render(ClassDiagram diagram, ClassDiagramLayout layout, ClassDiagramRouter routes, String summary) {
        return new ClassDiagramSvg().write(diagram, layout, routes, summary);
    }

    private ClassDiagram.Svg write(ClassDiagram diagram, ClassDiagramLayout layout, ClassDiagramRouter routes, String summary) {
        Rect drawn = routes.bounds();
        double legendY = drawn.bottom() + 36;
        Rect all = drawn.union(new Rect(drawn.x(), legendY - 10, 420, 40)).grow(MARGIN);

        w.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1",
                "width", num(all.width()), "height", num(all.height()),
                "viewBox", num(all.x()) + " " + num(all.y()) + " " + num(all.width()) + " " + num(all.height()),
                "role", "img", "aria-label", summary).newline();
        w.element("title", "Class diagram of " + diagram.title()).newline();
        w.element("desc", description(diagram)).newline();
        // Raw: fixed CSS with no '<' or '&'.
        w.open("style").raw(CSS).close("style").newline();
        markers();
        w.empty("rect", "x", num(all.x()), "y", num(all.y()), "width", num(all.width()), "height", num(all.height()), "fill", "#ffffff").newline();

        w.open("g", "id", "subclass-links").newline();
        for (Route r : routes.subclassRoutes()) {
            path(r, "subclass", "url(#hollow)");
        }
        w.close("g").newline();
        w.open("g", "id", "property-links").newline();
        for (Route r : routes.propertyRoutes()) {
            path(r, "property", "url(#arrow)");
        }
        w.close("g").newline();
        w.open("g", "id", "classes").newline();
        for (Node n : diagram.nodes()) {
            box(n, layout.box(n));
        }
        w.close("g").newline();
        w.open("g", "id", "property-names").newline();
        for (Route r : routes.propertyRoutes()) {
            names(r);
        }
        w.close("g").newline();
        legend(drawn.x(), legendY);
        w.close("svg").newline();
        return new ClassDiagram.Svg(w.finish(), all.width(), all.height(), summary);
    }

    private void markers() {
        w.open("defs").newline();
        // Hollow triangle (UML generalisation) and a filled arrowhead; both tip exactly at the path's end.
        w.open("marker", "id", "hollow", "viewBox", "0 0 12 12", "refX", "11", "refY", "6",
                "markerWidth", "12", "markerHeight", "12", "markerUnits", "userSpaceOnUse", "orient", "auto")
                .empty("path", "d", "M1,1 L11,6 L1,11 Z", "fill", "#ffffff", "stroke", "#444c56", "stroke-width", "1.3")
                .close("marker").newline();
        w.open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                "markerWidth", "9", "markerHeight", "9", "markerUnits", "userSpaceOnUse", "orient", "auto")
                .empty("path", "d", "M0,0 L10,5 L0,10 Z", "fill", "#b35900")
                .close("marker").newline();
        w.close("defs").newline();
    }

    private void path(Route r, String cssClass, String marker) {
        String d = r.c2() == null
                ? "M" + pt(r.start()) + " Q" + pt(r.c1()) + " " + pt(r.end())
                : "M" + pt(r.start()) + " C" + pt(r.c1()) + " " + pt(r.c2()) + " " + pt(r.end());
        w.empty("path", "class", cssClass, "d", d, "marker-end", marker).newline();
    }

    /** A class: its label and CURIE, linking to its section of the page when the SVG is opened alone. */
    private void box(Node n, Rect b) {
        w.open("a", "href", "index.html#" + n.term().id()).newline();
        w.element("title", n.label() + " (" + n.curie() + ")");
        w.empty("rect", "class", "box", "x", num(b.x()), "y", num(b.y()), "width", num(b.width()), "height", num(b.height()), "rx", "6").newline();
        double cx = b.x() + b.width() / 2;
        ClassDiagramLayout.BoxText text = ClassDiagramLayout.text(n);
        double baseline = b.y() + 6 + ClassDiagramLayout.LABEL_LINE - 4;
        // One <text> per label, wrapped lines as <tspan>s, so the element's text is the label itself.
        w.open("text", "class", "label", "x", num(cx), "y", num(baseline), "text-anchor", "middle");
        if (text.lines().size() == 1) {
            w.text(n.label());
        } else {
            for (int i = 0; i < text.lines().size(); i++) {
                w.element("tspan", text.lines().get(i), "x", num(cx), "dy", i == 0 ? "0" : num(ClassDiagramLayout.LABEL_LINE));
            }
        }
        w.close("text").newline();
        double curieBaseline = baseline + (text.lines().size() - 1) * ClassDiagramLayout.LABEL_LINE + 16;
        w.element("text", text.curie(), "class", "curie", "x", num(cx), "y", num(curieBaseline), "text-anchor", "middle").newline();
        w.close("a").newline();
    }

    private void names(Route r) {
        Rect l = r.label();
        if (l == null) {
            return;
        }
        w.open("g", "class", "names").newline();
        w.empty("rect", "x", num(l.x()), "y", num(l.y()), "width", num(l.width()), "height", num(l.height()), "rx", "3").newline();
        double cx = l.x() + l.width() / 2;
        for (int i = 0; i < r.link().names().size(); i++) {
            double baseline = l.y() + 2 + (i + 1) * ClassDiagramRouter.NAME_LINE - 3;
            w.element("text", r.link().names().get(i), "x", num(cx), "y", num(baseline), "text-anchor", "middle").newline();
        }
        w.close("g").newline();
    }

    private void legend(double x, double y) {
        w.open("g", "class", "legend-items").newline();
        w.empty("path", "class", "subclass", "d", "M" + num(x) + "," + num(y) + " h40", "marker-end", "url(#hollow)");
        w.element("text", "subclass of (points to the superclass)", "class", "legend", "x", num(x + 50), "y", num(y + 4)).newline();
        w.empty("path", "class", "property", "d", "M" + num(x) + "," + num(y + 22) + " h40", "marker-end", "url(#arrow)");
        w.element("text", "object property, from domain to range", "class", "legend", "x", num(x + 50), "y", num(y + 26)).newline();
        w.close("g").newline();
    }

    /** The diagram in words, for screen readers when the SVG is opened on its own. */
    private static String description(ClassDiagram d) {
        String classes = d.nodes().stream().map(n -> n.label() + " (" + n.curie() + ")").collect(Collectors.joining(", "));
        String subclass = d.subclassLinks().stream().map(l -> l.from().label() + " is a subclass of " + l.to().label())
                .collect(Collectors.joining("; "));
        String properties = d.propertyLinks().stream()
                .map(l -> String.join(", ", l.names()) + ": from " + l.from().label() + " to " + l.to().label())
                .collect(Collectors.joining("; "));
        return (classes.isEmpty() ? "No classes." : "Classes: " + classes + ".") + (subclass.isEmpty() ? "" : " Subclass links: " + subclass + ".")
                + (properties.isEmpty() ? "" : " Object properties: " + properties + ".");
    }

    private static String pt(Point p) {
        return num(p.x()) + "," + num(p.y());
    }

    /** One decimal at most, always with a dot whatever the default locale. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.equals("-0") ? "0" : s;
    }
}
