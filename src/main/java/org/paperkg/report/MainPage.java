package org.paperkg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperkg.eval.Counts;
import org.paperkg.eval.Section;

/** index.html: the sections a researcher reads, then one section per ontology class. */
final class MainPage {
    static final int TOP = 20;
    static final int LIST_ROWS = 25;
    /** Rows of the tables under a chart: the chart shows more, the table adds paper and sentence. */
    static final int TABLE_ROWS = 10;

    private MainPage() {}

    static String render(ReportContent c, ReportCharts charts, ReportGraph graph, ReportLinks links) {
        return ReportPage.render("Knowledge graph report", "", links, p -> {
            var w = p.w();
            w.element("h1", "paperkg knowledge graph report");
            w.element("p", ReportNumbers.integer(c.overview().papers()) + " papers, " + ReportNumbers.integer(c.overview().facts())
                    + " facts with evidence. Charts are static SVG; links lead to a page per entity.", "class", "subtitle");
            overview(p, c, charts);
            models(p, c, charts);
            datasets(p, c, charts);
            benchmarks(p, c);
            organisations(p, c);
            lineage(p, c, charts);
            if (c.extraction() != null) extraction(p, c, charts);
            quality(p, c, graph);
            classes(p, c);
        });
    }

    private static void overview(ReportPage p, ReportContent c, ReportCharts charts) {
        var w = p.w();
        var o = c.overview();
        w.open("section", "id", "overview");
        w.element("h2", "Overview");
        w.open("div", "class", "stats");
        stat(p, o.papers(), "papers");
        stat(p, o.models(), "models");
        stat(p, o.modelFamilies(), "model families");
        stat(p, o.datasets(), "datasets");
        stat(p, o.benchmarks(), "benchmarks");
        stat(p, o.organizations(), "organisations");
        stat(p, o.facts(), "facts");
        stat(p, o.quantities(), "quantities");
        w.close("div");
        w.open("p", "id", "date-range");
        if (o.firstDate() != null) {
            w.text("Publication dates range from " + o.firstDate() + " to " + o.lastDate() + " ("
                    + ReportNumbers.integer(o.datedPapers()) + " papers with a full date; listing pages often give no year).");
        } else {
            w.text("No paper has a full publication date.");
        }
        w.close("p");
        w.element("h3", "Corpus files");
        w.open("table", "id", "corpus-files", "class", "compact");
        p.headRow("file", "papers");
        w.open("tbody");
        for (Map.Entry<String, Long> f : o.corpusFiles().entrySet()) {
            w.open("tr").element("td", f.getKey()).element("td", ReportNumbers.integer(f.getValue()), "class", "num").close("tr");
        }
        w.close("tbody").close("table");
        if (charts.papersPerMonth() != null) p.chart(charts.papersPerMonth());
        w.close("section");
    }

    private static void stat(ReportPage p, long n, String what) {
        p.w().open("div", "class", "stat").element("b", ReportNumbers.integer(n)).element("span", what).close("div");
    }

    private static void models(ReportPage p, ReportContent c, ReportCharts charts) {
        var w = p.w();
        w.open("section", "id", "models");
        w.element("h2", "Largest models");
        w.element("p", "Each model's largest reported parameter count (query largest-models); the table gives the paper and sentence"
                + " that state it for the ten largest.", "class", "note");
        if (charts.largestModels() != null) p.chart(charts.largestModels());
        w.open("div", "class", "scroll");
        w.open("table", "id", "largest-models");
        p.headRow("model", "parameters", "as written", "papers", "paper", "evidence");
        w.open("tbody");
        for (ReportContent.Row r : c.largestModels().stream().limit(TABLE_ROWS).toList()) {
            w.open("tr");
            w.open("td");
            p.link(r.get("model"), nz(r.get("label")));
            w.close("td");
            w.element("td", ReportNumbers.compact(r.number("parameters")), "class", "num");
            w.element("td", nz(r.get("rawText")));
            w.element("td", nz(r.get("papers")), "class", "num");
            w.open("td");
            p.link(r.get("firstPaper"), SvgChart.clip(nz(r.get("paperTitle")), 80));
            w.close("td");
            w.element("td", SvgChart.clip(nz(r.get("evidence")), 160));
            w.close("tr");
        }
        w.close("tbody").close("table").close("div");
        w.element("h3", "Model size over time");
        if (charts.sizeOverTime() != null) p.chart(charts.sizeOverTime());
        else w.element("p", "No dated paper reports a parameter count.", "class", "note");
        w.close("section");
    }

    private static void datasets(ReportPage p, ReportContent c, ReportCharts charts) {
        var w = p.w();
        w.open("section", "id", "datasets");
        w.element("h2", "Datasets by size");
        w.element("p", "The largest size in tokens reported for each dataset (query datasets-by-size).", "class", "note");
        if (charts.datasetSizes() != null) p.chart(charts.datasetSizes());
        w.open("div", "class", "scroll");
        w.open("table", "id", "dataset-sizes");
        p.headRow("dataset", "size (tokens)", "as written", "papers", "evidence");
        w.open("tbody");
        for (ReportContent.Row r : c.datasetSizes().stream().limit(TOP).toList()) {
            w.open("tr").open("td");
            p.link(r.get("dataset"), nz(r.get("label")));
            w.close("td");
            w.element("td", ReportNumbers.compact(r.number("size")), "class", "num");
            w.element("td", nz(r.get("rawText")));
            w.element("td", nz(r.get("papers")), "class", "num");
            w.element("td", SvgChart.clip(nz(r.get("evidence")), 220));
            w.close("tr");
        }
        w.close("tbody").close("table").close("div");
        if (!c.otherDatasetSizes().isEmpty()) {
            w.element("h3", "Sizes in other units");
            w.open("div", "class", "scroll");
            w.open("table", "id", "dataset-other-sizes");
            p.headRow("dataset", "size", "unit", "as written", "papers");
            w.open("tbody");
            for (ReportContent.Row r : c.otherDatasetSizes().stream().limit(TOP).toList()) {
                w.open("tr").open("td");
                p.link(r.get("dataset"), nz(r.get("label")));
                w.close("td");
                w.element("td", ReportNumbers.compact(r.number("size")), "class", "num");
                w.element("td", ReportNumbers.unitPlural(nz(r.get("unitName")), r.number("size")));
                w.element("td", nz(r.get("rawText")));
                w.element("td", nz(r.get("papers")), "class", "num");
                w.close("tr");
            }
            w.close("tbody").close("table").close("div");
        }
        w.close("section");
    }

    private static void benchmarks(ReportPage p, ReportContent c) {
        var w = p.w();
        w.open("section", "id", "benchmarks");
        w.element("h2", "Benchmark leaderboards");
        w.element("p", "The benchmarks with the most reported scores (query benchmark-leaderboard). Scores are as each paper states them;"
                + " settings (shots, metric) differ between papers.", "class", "note");
        w.open("div", "class", "grid2");
        for (Map.Entry<String, List<ReportContent.Row>> board : c.leaderboards().entrySet()) {
            w.open("div", "class", "leaderboard");
            w.open("h3");
            String iri = board.getValue().isEmpty() ? null : board.getValue().get(0).get("benchmarkIri");
            p.link(iri, board.getKey());
            w.close("h3");
            w.open("table");
            p.headRow("#", "model", "score", "metric", "paper");
            w.open("tbody");
            int rank = 1;
            for (ReportContent.Row r : board.getValue().stream().limit(10).toList()) {
                w.open("tr");
                w.element("td", Integer.toString(rank++), "class", "num");
                w.open("td");
                p.link(r.get("model"), nz(r.get("modelLabel")));
                w.close("td");
                String unit = r.get("unit") == null ? "" : ReportGraph.shortName(r.get("unit")).replace("unit-", "");
                w.element("td", ReportNumbers.plain(r.number("score")) + (unit.equals("percent") ? " %" : ""), "class", "num");
                w.element("td", nz(r.get("metric")));
                w.open("td");
                p.link(r.get("paper"), SvgChart.clip(nz(r.get("title")), 50));
                w.close("td");
                w.close("tr");
            }
            w.close("tbody").close("table");
            w.close("div");
        }
        w.close("div");
        w.close("section");
    }

    private static void organisations(ReportPage p, ReportContent c) {
        var w = p.w();
        w.open("section", "id", "organisations");
        w.element("h2", "Organisations and what they introduced");
        w.element("p", "Models and datasets an organisation developed (a paper says so) or introduced in a paper its listing names"
                + " (query organization-introductions).", "class", "note");
        w.open("table", "id", "organisations-table");
        p.headRow("organisation", "models", "datasets and benchmarks");
        w.open("tbody");
        for (Map.Entry<String, List<ReportContent.Row>> org : c.introductions().entrySet()) {
            List<ReportContent.Row> models = new ArrayList<>();
            List<ReportContent.Row> data = new ArrayList<>();
            for (ReportContent.Row r : org.getValue()) ("model".equals(r.get("kind")) ? models : data).add(r);
            w.open("tr").open("th", "scope", "row");
            p.link(org.getKey(), nz(org.getValue().get(0).get("orgLabel")));
            w.close("th");
            entityList(p, models);
            entityList(p, data);
            w.close("tr");
        }
        w.close("tbody").close("table");
        w.close("section");
    }

    private static void entityList(ReportPage p, List<ReportContent.Row> rows) {
        var w = p.w();
        w.open("td");
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) w.text(", ");
            p.link(rows.get(i).get("entity"), nz(rows.get(i).get("entityLabel")));
        }
        w.close("td");
    }

    private static void lineage(ReportPage p, ReportContent c, ReportCharts charts) {
        var w = p.w();
        w.open("section", "id", "lineage");
        w.element("h2", "Model lineage");
        w.element("p", c.lineage().size() + " basedOn and partOf facts. Each box is a model or family; an arrow points from a model"
                + " to what it is based on or part of.", "class", "note");
        if (charts.lineage() != null) p.chart(charts.lineage());
        w.close("section");
    }

    private static void extraction(ReportPage p, ReportContent c, ReportCharts charts) {
        var w = p.w();
        w.open("section", "id", "extraction");
        w.element("h2", "Extraction quality");
        w.element("p", "The extractor run on the gold file's abstracts and scored like score.py (" + c.extraction().documents()
                + " documents).", "class", "note");
        if (charts.extraction() != null) p.chart(charts.extraction());
        w.open("table", "id", "extraction-scores");
        p.headRow("section", "precision", "recall", "F1", "tp", "fp", "fn");
        w.open("tbody");
        Map<String, Counts> rows = new java.util.LinkedHashMap<>();
        for (Section s : Section.values()) rows.put(s.id(), c.extraction().section(s));
        rows.put("overall", c.extraction().overall());
        for (Map.Entry<String, Counts> r : rows.entrySet()) {
            Counts k = r.getValue();
            w.open("tr").element("th", r.getKey(), "scope", "row")
                    .element("td", String.format(java.util.Locale.ROOT, "%.3f", k.precision()), "class", "num")
                    .element("td", String.format(java.util.Locale.ROOT, "%.3f", k.recall()), "class", "num")
                    .element("td", String.format(java.util.Locale.ROOT, "%.3f", k.f1()), "class", "num")
                    .element("td", Integer.toString(k.tp()), "class", "num")
                    .element("td", Integer.toString(k.fp()), "class", "num")
                    .element("td", Integer.toString(k.fn()), "class", "num").close("tr");
        }
        w.close("tbody").close("table");
        w.close("section");
    }

    private static void quality(ReportPage p, ReportContent c, ReportGraph graph) {
        var w = p.w();
        var q = c.quality();
        w.open("section", "id", "quality");
        w.element("h2", "Data quality");
        w.element("h3", "SHACL validation");
        w.open("p", "id", "shacl-summary");
        w.text(q.violations().isEmpty() ? "The stored graph conforms to the shapes (ontology/shapes.ttl): no violations."
                : q.violations().size() + " violations of the shapes in the stored graph.");
        if (q.rejected() >= 0) w.text(" The build left out " + q.rejected() + " facts that broke a shape (listed in the store's rejects.jsonl).");
        w.close("p");
        if (!q.violations().isEmpty()) {
            Map<String, Integer> byMessage = new TreeMap<>();
            q.violations().forEach(v -> byMessage.merge((v.path() == null ? "" : v.path() + ": ") + v.message(), 1, Integer::sum));
            w.open("table");
            p.headRow("violation", "count");
            w.open("tbody");
            byMessage.forEach((m, n) -> w.open("tr").element("td", m).element("td", n.toString(), "class", "num").close("tr"));
            w.close("tbody").close("table");
        }
        w.element("h3", "Entities seen in one paper only");
        Map<String, Integer> byKind = new TreeMap<>();
        q.singlePaper().forEach(r -> byKind.merge(nz(r.get("kind")), 1, Integer::sum));
        w.element("p", q.singlePaper().size() + " entities are named by a single paper (" + byKind.toString().replaceAll("[{}]", "")
                + "): new names, or spellings that were not merged (query single-paper-entities).", "id", "single-paper-summary");
        w.open("div", "class", "scroll");
        w.open("table", "id", "single-paper");
        p.headRow("entity", "kind", "introduced", "paper", "other names");
        w.open("tbody");
        for (ReportContent.Row r : q.singlePaper().stream().limit(LIST_ROWS).toList()) {
            w.open("tr").open("td");
            p.link(r.get("entity"), nz(r.get("label")));
            w.close("td").element("td", nz(r.get("kind"))).element("td", "true".equals(r.get("introduced")) ? "yes" : "");
            w.open("td");
            p.link(r.get("paper"), SvgChart.clip(nz(r.get("title")), 70));
            w.close("td").element("td", nz(r.get("otherLabels"))).close("tr");
        }
        w.close("tbody").close("table").close("div");
        if (q.singlePaper().size() > LIST_ROWS) w.element("p", "First " + LIST_ROWS + " of " + q.singlePaper().size() + ".", "class", "note");
        w.element("h3", "Facts with low confidence");
        w.element("p", q.lowConfidence().size() + " facts have an extractor confidence below " + ReportNumbers.plain(q.threshold())
                + "; the least confident first.", "id", "low-confidence-summary");
        w.open("div", "class", "scroll");
        w.open("table", "id", "low-confidence");
        p.headRow("confidence", "fact", "sentence", "paper");
        w.open("tbody");
        for (ReportGraph.Fact f : q.lowConfidence().stream().limit(LIST_ROWS).toList()) {
            w.open("tr").element("td", ReportNumbers.plain(f.confidence()), "class", "num");
            w.open("td");
            FactText.write(p, f, graph);
            w.close("td");
            w.element("td", SvgChart.clip(nz(f.sentence()), 240));
            w.open("td");
            p.link(f.paper(), SvgChart.clip(graph.label(f.paper()), 60));
            w.close("td").close("tr");
        }
        w.close("tbody").close("table").close("div");
        w.close("section");
    }

    private static void classes(ReportPage p, ReportContent c) {
        var w = p.w();
        w.open("section", "id", "classes");
        w.element("h2", "The graph by ontology class");
        w.element("p", "One part per class of the ontology, with its label and comment; each table has a column for every property"
                + " the ontology gives the class (its rdfs:domain), headed by the property's label and the units of its values.", "class", "note");
        for (ClassTable t : c.classTables()) {
            w.open("div", "class", "ontology-class", "id", "class-" + t.cls().localName(), "data-class", t.cls().iri(),
                    "data-count", Integer.toString(t.total()));
            w.open("h3");
            w.text(t.cls().label() + " ");
            w.element("span", ReportNumbers.integer(t.total()) + " in the graph", "class", "kind");
            w.close("h3");
            if (t.cls().comment() != null) w.element("p", t.cls().comment(), "class", "comment");
            if (t.total() > 0) {
                p.classTable(t);
                w.open("p").element("a", (t.total() > t.rows().size() ? "All " + ReportNumbers.integer(t.total()) : "The table")
                        + " on its own page", "href", ClassPages.file(t.cls())).close("p");
            }
            w.close("div");
        }
        w.close("section");
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
