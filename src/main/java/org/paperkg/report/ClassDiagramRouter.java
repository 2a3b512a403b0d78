package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.paperkg.report.ClassDiagram.Link;
import org.paperkg.report.ClassDiagram.Node;
import org.paperkg.report.DiagramGeometry.Point;
import org.paperkg.report.DiagramGeometry.Rect;

/**
 * Draws each arrow as a straight line or a quadratic curve between box borders, choosing among a few
 * bends the one that avoids other boxes, earlier arrows and earlier labels; a property of a class to
 * itself becomes a loop on whichever side of the box is free. The label of a property arrow (its
 * names, one per line) goes on the curve where it overlaps the least.
 */
final class ClassDiagramRouter {
    static final double NAME_FONT = 11;
    static final double NAME_LINE = 13;
    private static final double[] BENDS = {0, 30, -30, 60, -60, 100, -100, 150, -150};
    private static final double[] LABEL_POSITIONS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};
    private static final int SAMPLES = 24;

    /** One arrow: a quadratic curve ({@code c2} null) or a cubic loop, with its sampled shape and label box. */
    record Route(Link link, Point start, Point c1, Point c2, Point end, List<Point> shape, Rect label) {}

    private final ClassDiagramLayout layout;
    private final List<Route> subclassRoutes = new ArrayList<>();
    private final List<Route> propertyRoutes = new ArrayList<>();
    private final List<Rect> labels = new ArrayList<>();

    private ClassDiagramRouter(ClassDiagramLayout layout) {
        this.layout = layout;
    }

    static ClassDiagramRouter route(ClassDiagram diagram, ClassDiagramLayout layout) {
        ClassDiagramRouter r = new ClassDiagramRouter(layout);
        for (Link l : diagram.subclassLinks()) {
            r.subclassRoutes.add(r.best(l, diagram));
        }
        // Arrows with the most names first: their big labels need the free space most. Loops last:
        // a loop has four sides to choose from, an arrow between two boxes far fewer good shapes.
        List<Link> properties = diagram.propertyLinks().stream()
                .sorted(Comparator.comparing(Link::isLoop)
                        .thenComparing(l -> -l.names().size())
                        .thenComparing(l -> l.from().curie() + " " + l.to().curie()))
                .toList();
        for (Link l : properties) {
            Route route = r.best(l, diagram);
            r.propertyRoutes.add(route);
            if (route.label() != null) {
                r.labels.add(route.label());
            }
        }
        return r;
    }

    List<Route> subclassRoutes() {
        return subclassRoutes;
    }

    List<Route> propertyRoutes() {
        return propertyRoutes;
    }

    /** Everything drawn so far: boxes, curves and labels. */
    Rect bounds() {
        Rect b = null;
        for (Rect box : layout.boxes().values()) {
            b = b == null ? box : b.union(box);
        }
        for (Route r : allRoutes()) {
            for (Point p : r.shape()) {
                Rect dot = new Rect(p.x(), p.y(), 0, 0);
                b = b == null ? dot : b.union(dot);
            }
            if (r.label() != null) {
                b = b == null ? r.label() : b.union(r.label());
            }
        }
        return b == null ? new Rect(0, 0, 0, 0) : b;
    }

    private List<Route> allRoutes() {
        List<Route> all = new ArrayList<>(subclassRoutes);
        all.addAll(propertyRoutes);
        return all;
    }

    private Route best(Link l, ClassDiagram diagram) {
        List<Route> candidates = l.isLoop() ? loops(l) : curves(l, sharesPair(l, diagram));
        Route best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            Route c = candidates.get(i);
            double cost = shapeCost(c) + (c.label() == null ? 0 : labelCost(c.label(), c.link())) + i * 0.5;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** Another arrow joins the same two classes: then neither may be straight, or they would coincide. */
    private static boolean sharesPair(Link l, ClassDiagram diagram) {
        return Stream.concat(diagram.subclassLinks().stream(), diagram.propertyLinks().stream())
                .anyMatch(o -> o != l && !o.isLoop()
                        && ((o.from().equals(l.from()) && o.to().equals(l.to())) || (o.from().equals(l.to()) && o.to().equals(l.from()))));
    }

    /** Straight and bent variants; a bend is the sideways distance of the curve's middle from the straight line. */
    private List<Route> curves(Link l, boolean mustBend) {
        Rect a = layout.box(l.from());
        Rect b = layout.box(l.to());
        Point ca = a.centre();
        Point cb = b.centre();
        double len = Math.max(1, ca.distance(cb));
        double nx = -(cb.y() - ca.y()) / len;
        double ny = (cb.x() - ca.x()) / len;
        List<Route> out = new ArrayList<>();
        for (double bend : BENDS) {
            if (mustBend && bend == 0) {
                continue;
            }
            Point control = new Point((ca.x() + cb.x()) / 2 + nx * 2 * bend, (ca.y() + cb.y()) / 2 + ny * 2 * bend);
            Point start = a.border(control);
            Point end = b.border(control);
            List<Point> shape = DiagramGeometry.sample(start, control, null, end, SAMPLES);
            if (l.names().isEmpty()) {
                out.add(new Route(l, start, control, null, end, shape, null));
            } else {
                for (double t : LABEL_POSITIONS) {
                    Point at = DiagramGeometry.quadratic(start, control, end, t);
                    out.add(new Route(l, start, control, null, end, shape, labelBox(l, at)));
                }
            }
        }
        return out;
    }

    /** A loop on each side of the box, its label just beyond the loop's outer edge. */
    private List<Route> loops(Link l) {
        Rect a = layout.box(l.from());
        Point c = a.centre();
        Rect size = labelBox(l, new Point(0, 0));
        double lw = size == null ? 0 : size.width();
        double lh = size == null ? 0 : size.height();
        double reach = 50;
        double apex = reach * 0.75;
        List<Route> out = new ArrayList<>();
        // top, right, bottom, left
        out.add(loop(l, new Point(c.x() - 14, a.y()), new Point(c.x() - 44, a.y() - reach),
                new Point(c.x() + 44, a.y() - reach), new Point(c.x() + 14, a.y()), new Point(c.x(), a.y() - apex - 4 - lh / 2)));
        out.add(loop(l, new Point(a.right(), c.y() - 10), new Point(a.right() + reach, c.y() - 36),
                new Point(a.right() + reach, c.y() + 36), new Point(a.right(), c.y() + 10), new Point(a.right() + apex + 4 + lw / 2, c.y())));
        out.add(loop(l, new Point(c.x() + 14, a.bottom()), new Point(c.x() + 44, a.bottom() + reach),
                new Point(c.x() - 44, a.bottom() + reach), new Point(c.x() - 14, a.bottom()), new Point(c.x(), a.bottom() + apex + 4 + lh / 2)));
        out.add(loop(l, new Point(a.x(), c.y() + 10), new Point(a.x() - reach, c.y() + 36),
                new Point(a.x() - reach, c.y() - 36), new Point(a.x(), c.y() - 10), new Point(a.x() - apex - 4 - lw / 2, c.y())));
        return out;
    }

    private Route loop(Link l, Point start, Point c1, Point c2, Point end, Point labelCentre) {
        return new Route(l, start, c1, c2, end, DiagramGeometry.sample(start, c1, c2, end, SAMPLES), labelBox(l, labelCentre));
    }

    static Rect labelBox(Link l, Point centre) {
        if (l.names().isEmpty()) {
            return null;
        }
        double w = l.names().stream().mapToDouble(n -> DiagramText.width(n, NAME_FONT, false)).max().orElse(0) + 8;
        double h = l.names().size() * NAME_LINE + 4;
        return Rect.centred(centre, w, h);
    }

    /** Cutting through a box is worst, then crossing labels, then crossing other arrows; bends cost a little. */
    private double shapeCost(Route r) {
        double cost = 0;
        for (Map.Entry<Node, Rect> box : layout.boxes().entrySet()) {
            if (!box.getKey().equals(r.link().from()) && !box.getKey().equals(r.link().to()) && box.getValue().grow(4).hits(r.shape())) {
                cost += 1000;
            }
        }
        for (Rect label : labels) {
            if (label.hits(r.shape())) {
                cost += 100;
            }
        }
        for (Route other : allRoutes()) {
            cost += 15 * crossings(r.shape(), other.shape());
        }
        return cost;
    }

    /** Overlap with any box or earlier label, and earlier arrows running under the label. */
    private double labelCost(Rect label, Link own) {
        double cost = 0;
        for (Rect box : layout.boxes().values()) {
            cost += box.grow(3).overlapArea(label) / 4;
        }
        for (Rect other : labels) {
            cost += other.grow(2).overlapArea(label);
        }
        for (Route other : allRoutes()) {
            if (other.link() != own && label.hits(other.shape())) {
                cost += 60;
            }
        }
        return cost;
    }

    private static int crossings(List<Point> p, List<Point> q) {
        int n = 0;
        // Ends are left out: arrows meeting at the same box border are not crossing.
        for (int i = 2; i < p.size() - 1; i++) {
            for (int j = 2; j < q.size() - 1; j++) {
                if (DiagramGeometry.crosses(p.get(i - 1), p.get(i), q.get(j - 1), q.get(j))) {
                    n++;
                }
            }
        }
        return n;
    }
}
