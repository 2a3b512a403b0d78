package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The basedOn / partOf edges drawn as a graph: each connected group of models is laid out in layers,
 * what a model derives from (or belongs to) above it, and the groups are packed in rows, largest first.
 */
final class LineageDiagram {

    /** An edge from the derived model to the model (or family) it is based on or part of. */
    record Edge(String from, String relation, String to) {}

    private static final int WIDTH = 1100, NODE_H = 24, LAYER_H = 62, GAP = 14, GROUP_GAP = 30, MAX_CHARS = 26;

    private record Box(String iri, String label, double x, double y, double w) {}

    private LineageDiagram() {}

    static SvgChart draw(String id, String title, String alt, List<Edge> edges, Function<String, String> labels,
                         Function<String, String> hrefs) {
        Map<String, Set<String>> up = new LinkedHashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Edge e : edges) {
            up.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e.to());
            up.computeIfAbsent(e.to(), k -> new LinkedHashSet<>());
            neighbours.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new HashSet<>()).add(e.from());
        }
        List<List<String>> groups = groups(up.keySet(), neighbours);
        Map<String, Box> boxes = new HashMap<>();
        double rowX = 0, rowY = 50, rowH = 0;
        for (List<String> group : groups) {
            Map<String, Integer> depth = new HashMap<>();
            for (String n : group) depthOf(n, up, depth, new HashSet<>());
            int layers = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            // layer 0 (roots: based on nothing) at the top
            List<List<String>> byLayer = new ArrayList<>();
            for (int i = 0; i < layers; i++) byLayer.add(new ArrayList<>());
            for (String n : group) byLayer.get(depth.get(n)).add(n);
            double groupW = 0;
            for (List<String> layer : byLayer) {
                layer.sort(Comparator.comparing(n -> labels.apply(n).toLowerCase()));
                groupW = Math.max(groupW, layer.stream().mapToDouble(n -> width(labels.apply(n)) + GAP).sum() - GAP);
            }
            groupW = Math.min(groupW, WIDTH - 20);
            if (rowX > 0 && rowX + groupW > WIDTH - 20) {
                rowX = 0;
                rowY += rowH + GROUP_GAP;
                rowH = 0;
            }
            for (int i = 0; i < layers; i++) {
                double layerW = byLayer.get(i).stream().mapToDouble(n -> width(labels.apply(n)) + GAP).sum() - GAP;
                double x = 10 + rowX + Math.max(0, (groupW - layerW) / 2);
                for (String n : byLayer.get(i)) {
                    double w = width(labels.apply(n));
                    if (x + w > 10 + rowX + groupW + 1 && x > 10 + rowX) break;   // a very wide layer is cut, not overlapped
                    boxes.put(n, new Box(n, labels.apply(n), x, rowY + i * LAYER_H, w));
                    x += w + GAP;
                }
            }
            rowX += groupW + GROUP_GAP;
            rowH = Math.max(rowH, (layers - 1) * LAYER_H + NODE_H);
        }
        int height = (int) (rowY + rowH + 50);
        OntologyXmlWriter w = SvgChart.start(id, title, alt, WIDTH, height);
        w.open("defs");
        w.open("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5", "markerWidth", "7",
                "markerHeight", "7", "orient", "auto-start-reverse");
        w.empty("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", "#57606a");
        w.close("marker");
        w.close("defs");
        legend(w, id, height);
        for (Edge e : edges) {
            Box a = boxes.get(e.from()), b = boxes.get(e.to());
            if (a == null || b == null) continue;
            String relation = e.relation();
            w.open("path", "d", "M " + SvgChart.num(a.x() + a.w() / 2) + " " + SvgChart.num(a.y())
                            + " L " + SvgChart.num(b.x() + b.w() / 2) + " " + SvgChart.num(b.y() + NODE_H),
                    "class", "edge " + relation, "marker-end", "url(#" + id + "-arrow)");
            w.element("title", a.label() + " " + (relation.equals("partOf") ? "part of" : "based on") + " " + b.label());
            w.close("path");
        }
        for (Box b : boxes.values().stream().sorted(Comparator.comparing(Box::iri)).toList()) {
            String href = hrefs.apply(b.iri());
            if (href != null) w.open("a", "href", href);
            w.open("g", "class", "node");
            w.open("rect", "x", SvgChart.num(b.x()), "y", SvgChart.num(b.y()), "width", SvgChart.num(b.w()),
                    "height", Integer.toString(NODE_H), "rx", "4");
            w.element("title", b.label());
            w.close("rect");
            w.element("text", SvgChart.clip(b.label(), MAX_CHARS), "x", SvgChart.num(b.x() + b.w() / 2),
                    "y", SvgChart.num(b.y() + 16), "text-anchor", "middle");
            w.close("g");
            if (href != null) w.close("a");
        }
        return SvgChart.finish(id, title, alt, w);
    }

    private static void legend(OntologyXmlWriter w, String id, int height) {
        double y = height - 18;
        w.empty("path", "d", "M 12 " + SvgChart.num(y) + " L 52 " + SvgChart.num(y), "class", "edge basedOn", "marker-end", "url(#" + id + "-arrow)");
        w.element("text", "based on (arrow points to the base model)", "x", "60", "y", SvgChart.num(y + 4), "class", "lbl");
        w.empty("path", "d", "M 340 " + SvgChart.num(y) + " L 380 " + SvgChart.num(y), "class", "edge partOf", "marker-end", "url(#" + id + "-arrow)");
        w.element("text", "part of (arrow points to the family)", "x", "388", "y", SvgChart.num(y + 4), "class", "lbl");
    }

    private static double width(String label) {
        return 16 + SvgChart.CHAR * Math.min(label.length(), MAX_CHARS);
    }

    /** Longest path upwards; a cycle counts its nodes once. */
    private static int depthOf(String n, Map<String, Set<String>> up, Map<String, Integer> depth, Set<String> onPath) {
        Integer known = depth.get(n);
        if (known != null) return known;
        if (!onPath.add(n)) return 0;
        int d = 0;
        for (String parent : up.getOrDefault(n, Set.of())) d = Math.max(d, depthOf(parent, up, depth, onPath) + 1);
        onPath.remove(n);
        depth.put(n, d);
        return d;
    }

    private static List<List<String>> groups(Set<String> nodes, Map<String, Set<String>> neighbours) {
        Set<String> seen = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String start : nodes) {
            if (!seen.add(start)) continue;
            List<String> group = new ArrayList<>();
            List<String> todo = new ArrayList<>(List.of(start));
            while (!todo.isEmpty()) {
                String n = todo.remove(todo.size() - 1);
                group.add(n);
                for (String m : neighbours.getOrDefault(n, Set.of())) if (seen.add(m)) todo.add(m);
            }
            out.add(group);
        }
        out.sort(Comparator.comparing((List<String> g) -> -g.size()));
        return out;
    }
}
