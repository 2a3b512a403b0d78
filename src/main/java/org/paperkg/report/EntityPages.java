package org.paperkg.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page per paper, model, dataset and organisation of the static site: its names and kinds, the
 * values of the properties the ontology gives its class, every fact about it with the sentence and
 * paper it came from, and the papers that mention it (or, for a paper, what it mentions).
 */
final class EntityPages {
    private final ReportGraph graph;
    private final ReportLinks links;
    private final Map<String, ClassTable.Row> rows = new HashMap<>();
    private final Map<String, ReportSchema.ReportClass> rowClass = new HashMap<>();
    private final Map<String, List<ReportGraph.Fact>> factsOf = new HashMap<>();
    private final Map<String, List<ReportGraph.Fact>> factsFrom = new HashMap<>();

    EntityPages(ReportGraph graph, ReportLinks links, List<ClassTable> fullTables) {
        this.graph = graph;
        this.links = links;
        for (ClassTable t : fullTables) {
            for (ClassTable.Row r : t.rows()) {
                // the most specific class wins: tables of subclasses have all the inherited columns too
                ReportSchema.ReportClass before = rowClass.get(r.subject());
                if (before == null || t.cls().columns().size() > before.columns().size()) {
                    rows.put(r.subject(), r);
                    rowClass.put(r.subject(), t.cls());
                }
            }
        }
        for (ReportGraph.Fact f : graph.facts) {
            factsOf.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            if (!f.object().equals(f.subject())) factsOf.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f);
            if (f.paper() != null) factsFrom.computeIfAbsent(f.paper(), k -> new ArrayList<>()).add(f);
        }
    }

    /** Every node that gets a page, with its file (relative to the site root). */
    Map<String, String> files() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String iri : graph.classes.keySet()) {
            String href = links.href(iri);
            if (href != null) out.put(iri, href);
        }
        return out;
    }

    String render(String iri) {
        String label = graph.label(iri);
        return ReportPage.render(label, "../", links, p -> {
            var w = p.w();
            w.open("h1").text(label).close("h1");
            w.open("p");
            for (String c : graph.classes.getOrDefault(iri, Set.of())) w.element("span", c, "class", "kind");
            w.close("p");
            w.element("p", iri, "class", "iri");
            Set<String> alt = graph.altLabels.get(iri);
            if (alt != null && !(alt.size() == 1 && alt.contains(label))) {
                w.element("p", "Also written: " + String.join(", ", alt), "class", "note");
            }
            boolean paper = "paper".equals(graph.pageKind(iri));
            properties(p, iri);
            if (paper) mentionedEntities(p, iri);
            facts(p, paper ? factsFrom.getOrDefault(iri, List.of()) : factsOf.getOrDefault(iri, List.of()),
                    paper ? "Facts extracted from this paper" : "Facts about " + label, !paper);
            if (!paper) mentioningPapers(p, iri);
        });
    }

    private void properties(ReportPage p, String iri) {
        ClassTable.Row row = rows.get(iri);
        ReportSchema.ReportClass cls = rowClass.get(iri);
        if (row == null) return;
        var w = p.w();
        w.open("section", "id", "properties");
        w.element("h2", "Properties of this " + cls.label());
        w.open("table", "class", "properties");
        w.open("tbody");
        for (ReportSchema.Column col : cls.columns()) {
            List<ClassTable.Cell> cells = row.cells().get(col.propertyIri());
            if (cells == null || cells.isEmpty()) continue;
            w.open("tr").element("th", col.label(), "scope", "row", "title", col.comment());
            if (col.propertyIri().endsWith("#abstract")) {
                w.element("td", cells.get(0).text(), "class", "abstract");
            } else {
                w.open("td");
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) w.text(", ");
                    p.link(cells.get(i).iri(), cells.get(i).text());
                }
                w.close("td");
            }
            w.close("tr");
        }
        w.close("tbody").close("table");
        w.close("section");
    }

    private void mentionedEntities(ReportPage p, String paper) {
        var w = p.w();
        w.open("section", "id", "mentions");
        w.element("h2", "Entities the paper names");
        w.open("ul", "class", "cols");
        for (String e : graph.entitiesOf.getOrDefault(paper, Set.of())) {
            w.open("li");
            p.link(e, graph.label(e));
            String kind = graph.mostSpecificClass(e);
            w.text(" (" + (kind == null ? "entity" : kind) + (graph.introductions.contains(paper + " " + e) ? ", introduced" : "") + ")");
            w.close("li");
        }
        w.close("ul");
        w.close("section");
    }

    private void facts(ReportPage p, List<ReportGraph.Fact> facts, String heading, boolean withPaper) {
        var w = p.w();
        w.open("section", "id", "facts");
        w.element("h2", heading + " (" + facts.size() + ")");
        if (facts.isEmpty()) {
            w.element("p", "No stated fact.", "class", "note");
        } else {
            w.open("div", "class", "scroll");
            w.open("table");
            if (withPaper) p.headRow("fact", "sentence", "paper", "confidence");
            else p.headRow("fact", "sentence", "confidence");
            w.open("tbody");
            for (ReportGraph.Fact f : facts) {
                w.open("tr").open("td");
                FactText.write(p, f, graph);
                w.close("td");
                w.open("td").open("blockquote").text(MainPage.nz(f.sentence())).close("blockquote").close("td");
                if (withPaper) {
                    w.open("td");
                    p.link(f.paper(), SvgChart.clip(graph.label(f.paper()), 70));
                    w.close("td");
                }
                w.element("td", f.confidence() == null ? "" : ReportNumbers.plain(f.confidence()), "class", "num");
                w.close("tr");
            }
            w.close("tbody").close("table").close("div");
        }
        w.close("section");
    }

    private void mentioningPapers(ReportPage p, String iri) {
        var w = p.w();
        Set<String> papers = graph.papersOf.getOrDefault(iri, Set.of());
        w.open("section", "id", "papers");
        w.element("h2", "Papers that name it (" + papers.size() + ")");
        w.open("ul");
        for (String paper : papers) {
            w.open("li");
            p.link(paper, graph.label(paper));
            if (graph.introductions.contains(paper + " " + iri)) w.element("span", "introduces it", "class", "kind");
            w.close("li");
        }
        w.close("ul");
        w.close("section");
    }
}
