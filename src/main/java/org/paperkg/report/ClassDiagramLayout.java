package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.paperkg.report.ClassDiagram.Link;
import org.paperkg.report.ClassDiagram.Node;
import org.paperkg.report.DiagramGeometry.Point;
import org.paperkg.report.DiagramGeometry.Rect;

/**
 * Places the class boxes on a grid. Rows come in bands by subclass depth (classes without an own
 * superclass on top, their subclasses in the band below, and so on), so every subclass arrow points
 * upwards; a band wraps onto several rows when it is wider than about 1000 px. Within each band the
 * boxes are then reordered by hill climbing over pairwise swaps (empty cells included), minimising
 * link length, links that pass through other boxes, and link crossings. Everything is deterministic:
 * same ontology, same picture.
 */
final class ClassDiagramLayout {
    static final double LABEL_FONT = 14;
    static final double LABEL_LINE = 17;
    static final double CURIE_FONT = 11;
    /** Longer labels wrap, so one long label does not widen every column of the grid. */
    private static final double MAX_TEXT_WIDTH = 210;
    private static final double PADDING = 14;
    private static final double MIN_BOX_WIDTH = 90;
    private static final double H_GAP = 80;
    /** Room between rows for stacked arrow labels (six property names fit). */
    private static final double V_GAP = 120;
    private static final double TARGET_WIDTH = 1000;
    private static final int MAX_PASSES = 40;
    private static final int RESTARTS = 8;
    private static final double SUBCLASS_WEIGHT = 5;
    /** Rough cap on cost-function work, so a very large ontology still lays out in about a second. */
    private static final long WORK_BUDGET = 300_000_000L;

    private final Map<Node, Rect> boxes;
    private final int levels;

    private ClassDiagramLayout(Map<Node, Rect> boxes, int levels) {
        this.boxes = boxes;
        this.levels = levels;
    }

    Rect box(Node n) {
        return boxes.get(n);
    }

    Map<Node, Rect> boxes() {
        return boxes;
    }

    int levels() {
        return levels;
    }

    /** What a box shows: its label in lines, and its CURIE (shortened from the left if too long). */
    record BoxText(List<String> lines, String curie) {
        double width() {
            double text = DiagramText.width(curie, CURIE_FONT, false);
            for (String line : lines) {
                text = Math.max(text, DiagramText.width(line, LABEL_FONT, true));
            }
            return Math.max(MIN_BOX_WIDTH, Math.ceil(text + 2 * PADDING));
        }

        double height() {
            return 6 + lines.size() * LABEL_LINE + 21;
        }
    }

    static BoxText text(Node n) {
        return new BoxText(DiagramText.wrap(n.label(), LABEL_FONT, true, MAX_TEXT_WIDTH),
                DiagramText.keepEnd(n.curie(), CURIE_FONT, MAX_TEXT_WIDTH));
    }

    static ClassDiagramLayout of(ClassDiagram diagram) {
        if (diagram.nodes().isEmpty()) {
            return new ClassDiagramLayout(Map.of(), 0);
        }
        Map<Node, BoxText> texts = new HashMap<>();
        diagram.nodes().forEach(n -> texts.put(n, text(n)));
        double cellWidth = texts.values().stream().mapToDouble(BoxText::width).max().orElse(MIN_BOX_WIDTH) + H_GAP;
        double rowHeight = texts.values().stream().mapToDouble(BoxText::height).max().orElse(0) + V_GAP;

        Map<Node, Integer> depth = depths(diagram);
        Set<Node> hasSubclasses = new HashSet<>();
        diagram.subclassLinks().forEach(l -> hasSubclasses.add(l.to()));
        TreeMap<Integer, List<Node>> bands = new TreeMap<>();
        // Superclasses last in their band, so they start in the row nearest their subclasses.
        diagram.nodes().stream()
                .sorted(Comparator.comparing((Node n) -> hasSubclasses.contains(n)).thenComparing(Node::label).thenComparing(Node::curie))
                .forEach(n -> bands.computeIfAbsent(depth.get(n), k -> new ArrayList<>()).add(n));
        int widest = bands.values().stream().mapToInt(List::size).max().orElse(1);
        int columns = Math.max(1, Math.min(widest, (int) Math.floor((TARGET_WIDTH + H_GAP) / cellWidth)));

        Grid grid = new Grid(columns, cellWidth, rowHeight, texts, new ArrayList<>(bands.values()));
        grid.improve(diagram);
        return new ClassDiagramLayout(grid.boxes(), bands.size());
    }

    /** Longest chain of own superclasses above each class; a subclass cycle is cut where it is found. */
    private static Map<Node, Integer> depths(ClassDiagram diagram) {
        Map<Node, List<Node>> supers = new HashMap<>();
        for (Link l : diagram.subclassLinks()) {
            supers.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
        }
        Map<Node, Integer> out = new HashMap<>();
        for (Node n : diagram.nodes()) {
            depth(n, supers, out, new HashSet<>());
        }
        return out;
    }

    private static int depth(Node n, Map<Node, List<Node>> supers, Map<Node, Integer> memo, Set<Node> path) {
        Integer known = memo.get(n);
        if (known != null) {
            return known;
        }
        if (!path.add(n)) {
            return -1;
        }
        int d = 0;
        for (Node s : supers.getOrDefault(n, List.of())) {
            d = Math.max(d, depth(s, supers, memo, path) + 1);
        }
        path.remove(n);
        memo.put(n, d);
        return d;
    }

    /** Bands of cells; a cell holds a node or null. */
    private static final class Grid {
        private final int columns;
        private final double cellWidth;
        private final double rowHeight;
        private final Map<Node, BoxText> texts;
        private final List<Node[]> bands = new ArrayList<>();
        private final List<Integer> firstRow = new ArrayList<>();

        Grid(int columns, double cellWidth, double rowHeight, Map<Node, BoxText> texts, List<List<Node>> nodesByBand) {
            this.columns = columns;
            this.cellWidth = cellWidth;
            this.rowHeight = rowHeight;
            this.texts = texts;
            int row = 0;
            for (List<Node> band : nodesByBand) {
                int rows = (band.size() + columns - 1) / columns;
                Node[] cells = new Node[rows * columns];
                for (int i = 0; i < band.size(); i++) {
                    cells[i] = band.get(i);
                }
                bands.add(cells);
                firstRow.add(row);
                row += rows;
            }
        }

        /**
         * Hill climbing from the initial order and from a few shuffles of it (fixed seeds, so the
         * result is reproducible); the best end state wins. One climb easily stalls in a local optimum
         * where a superclass sits two rows away from its subclass.
         */
        void improve(ClassDiagram diagram) {
            List<Link> links = new ArrayList<>();
            diagram.subclassLinks().stream().filter(l -> !l.isLoop()).forEach(links::add);
            diagram.propertyLinks().stream().filter(l -> !l.isLoop()).forEach(links::add);
            Set<Link> subclass = new HashSet<>(diagram.subclassLinks());
            long costOfOneTry = (long) links.size() * (texts.size() + links.size()) + texts.size() + 1;
            long triesPerClimb = WORK_BUDGET / RESTARTS / costOfOneTry;

            List<Node[]> initial = copy(bands);
            List<Node[]> best = copy(bands);
            double bestCost = Double.POSITIVE_INFINITY;
            for (int restart = 0; restart < RESTARTS; restart++) {
                restore(initial);
                if (restart > 0) {
                    Random random = new Random(restart);
                    bands.forEach(cells -> shuffle(cells, random));
                }
                double c = climb(links, subclass, triesPerClimb);
                if (c < bestCost - 1e-9) {
                    bestCost = c;
                    best = copy(bands);
                }
            }
            restore(best);
        }

        /** Keeps any swap of two cells of a band that lowers the cost, until none does; returns the cost. */
        private double climb(List<Link> links, Set<Link> subclass, long triesLeft) {
            double best = cost(links, subclass);
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean improved = false;
                for (Node[] cells : bands) {
                    for (int i = 0; i < cells.length; i++) {
                        for (int j = i + 1; j < cells.length; j++) {
                            if (cells[i] == null && cells[j] == null) {
                                continue;
                            }
                            if (--triesLeft < 0) {
                                return best;
                            }
                            swap(cells, i, j);
                            double c = cost(links, subclass);
                            if (c < best - 1e-9) {
                                best = c;
                                improved = true;
                            } else {
                                swap(cells, i, j);
                            }
                        }
                    }
                }
                if (!improved) {
                    break;
                }
            }
            return best;
        }

        private static List<Node[]> copy(List<Node[]> bands) {
            return bands.stream().map(Node[]::clone).toList();
        }

        private void restore(List<Node[]> saved) {
            for (int b = 0; b < bands.size(); b++) {
                System.arraycopy(saved.get(b), 0, bands.get(b), 0, saved.get(b).length);
            }
        }

        private static void shuffle(Node[] cells, Random random) {
            for (int i = cells.length - 1; i > 0; i--) {
                swap(cells, i, random.nextInt(i + 1));
            }
        }

        private static void swap(Node[] cells, int i, int j) {
            Node t = cells[i];
            cells[i] = cells[j];
            cells[j] = t;
        }

        /**
         * Length in cell widths (subclass links count five times: a subclass should sit right under its
         * superclass), plus 4 for every box a straight link would cut through, plus 1 per crossing.
         */
        private double cost(List<Link> links, Set<Link> subclass) {
            Map<Node, Rect> boxes = boxes();
            double cost = 0;
            for (Link l : links) {
                Point a = boxes.get(l.from()).centre();
                Point b = boxes.get(l.to()).centre();
                cost += (subclass.contains(l) ? SUBCLASS_WEIGHT : 1) * a.distance(b) / cellWidth;
                for (Map.Entry<Node, Rect> other : boxes.entrySet()) {
                    if (!other.getKey().equals(l.from()) && !other.getKey().equals(l.to()) && other.getValue().grow(6).hits(a, b)) {
                        cost += 4;
                    }
                }
            }
            for (int i = 0; i < links.size(); i++) {
                for (int j = i + 1; j < links.size(); j++) {
                    Link p = links.get(i);
                    Link q = links.get(j);
                    if (!sharesNode(p, q) && DiagramGeometry.crosses(boxes.get(p.from()).centre(), boxes.get(p.to()).centre(),
                            boxes.get(q.from()).centre(), boxes.get(q.to()).centre())) {
                        cost += 1;
                    }
                }
            }
            return cost;
        }

        private static boolean sharesNode(Link p, Link q) {
            return p.from().equals(q.from()) || p.from().equals(q.to()) || p.to().equals(q.from()) || p.to().equals(q.to());
        }

        Map<Node, Rect> boxes() {
            Map<Node, Rect> out = new HashMap<>();
            for (int b = 0; b < bands.size(); b++) {
                Node[] cells = bands.get(b);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] != null) {
                        int row = firstRow.get(b) + i / columns;
                        int col = i % columns;
                        BoxText t = texts.get(cells[i]);
                        out.put(cells[i], new Rect(col * cellWidth + (cellWidth - t.width()) / 2, row * rowHeight, t.width(), t.height()));
                    }
                }
            }
            return out;
        }
    }
}
