package org.paperkg.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.paperkg.eval.Scores;
import org.paperkg.rdf.GraphValidator;

/**
 * Everything the main page says, read from the store through SPARQL (the named queries of
 * {@code queries/} where one fits), before any of it is written as HTML or Markdown.
 */
record ReportContent(
        Overview overview,
        List<Row> largestModels,
        List<SvgChart.Point> sizeOverTime,
        List<Row> datasetSizes,
        List<Row> otherDatasetSizes,
        Map<String, List<Row>> leaderboards,
        Map<String, List<Row>> introductions,
        List<LineageDiagram.Edge> lineage,
        Scores extraction,
        Quality quality,
        List<ClassTable> classTables,
        List<Row> papersPerMonth) {

    /** One result row, by variable name, as strings (IRIs as IRIs). */
    record Row(Map<String, String> values) {
        String get(String var) {
            return values.get(var);
        }

        double number(String var) {
            String v = values.get(var);
            try {
                return v == null ? Double.NaN : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static Row of(QuerySolution s) {
            Map<String, String> m = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, ReportSparql.str(s, v)));
            return new Row(m);
        }
    }

    record Overview(long papers, long models, long modelFamilies, long datasets, long benchmarks, long organizations,
                    long facts, long quantities, String firstDate, String lastDate, long datedPapers,
                    Map<String, Long> corpusFiles) {}

    /**
     * @param violations  SHACL violations of the stored graph (it is validated again, as a whole)
     * @param rejected    facts the build left out because they broke a shape (lines of STORE/rejects.jsonl), or -1
     * @param singlePaper entities only one paper names
     * @param lowConfidence facts whose evidence has a confidence below the threshold, least confident first
     */
    record Quality(List<GraphValidator.Violation> violations, long rejected, List<Row> singlePaper,
                   List<ReportGraph.Fact> lowConfidence, double threshold) {}

    static final int LEADERBOARDS = 6;
    static final int MAIN_TABLE_ROWS = 8;

    static ReportContent read(Dataset dataset, ReportSparql sparql, ReportGraph graph, List<ClassTable> fullTables,
                              ReportOptions options) {
        Overview overview = overview(sparql);
        List<Row> largest = rows(sparql.named("largest-models", Map.of()));
        List<SvgChart.Point> overTime = sizeOverTime(sparql, graph);
        List<Row> datasets = rows(sparql.named("datasets-by-size", Map.of("unit", "token")));
        List<Row> otherSizes = rows(sparql.named("datasets-by-size", Map.of())).stream()
                .filter(r -> !"token".equals(r.get("unitName"))).toList();
        Map<String, List<Row>> leaderboards = new LinkedHashMap<>();
        for (QuerySolution b : sparql.select("""
                SELECT ?b (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?r pkg:benchmark ?b ; pkg:score ?q . ?b skos:prefLabel ?l
                } GROUP BY ?b ORDER BY DESC(?n) LCASE(STR(?label)) LIMIT %d""".formatted(LEADERBOARDS))) {
            String label = ReportSparql.str(b, "label");
            List<Row> board = rows(sparql.named("benchmark-leaderboard", Map.of("benchmark", label))).stream()
                    .filter(r -> b.getResource("b").getURI().equals(r.get("benchmarkIri"))).toList();
            leaderboards.put(label, board);
        }
        Map<String, List<Row>> introductions = new LinkedHashMap<>();
        for (Row r : rows(sparql.named("organization-introductions", Map.of()))) {
            introductions.computeIfAbsent(r.get("org"), k -> new ArrayList<>()).add(r);
        }
        List<LineageDiagram.Edge> lineage = new ArrayList<>();
        for (QuerySolution e : sparql.select("""
                SELECT DISTINCT ?from ?relation ?to WHERE {
                  ?from ?relation ?to . VALUES ?relation { pkg:basedOn pkg:partOf }
                } ORDER BY ?relation ?from ?to""")) {
            String rel = ReportSparql.str(e, "relation");
            lineage.add(new LineageDiagram.Edge(ReportSparql.str(e, "from"), rel.substring(rel.indexOf('#') + 1), ReportSparql.str(e, "to")));
        }
        Quality quality = quality(dataset, sparql, graph, options);
        List<ClassTable> tables = fullTables.stream().map(t -> t.head(MAIN_TABLE_ROWS)).toList();
        List<Row> perMonth = rows(sparql.named("papers-per-month", Map.of()));
        return new ReportContent(overview, largest, overTime, datasets, otherSizes, leaderboards, introductions, lineage,
                options.extraction(), quality, tables, perMonth);
    }

    private static Overview overview(ReportSparql sparql) {
        Map<String, Long> counts = new HashMap<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  VALUES ?c { pkg:Paper pkg:Model pkg:ModelFamily pkg:Dataset pkg:Benchmark pkg:Organization pkg:Evidence pkg:Quantity }
                  ?s a ?c } GROUP BY ?c""")) {
            String c = ReportSparql.str(r, "c");
            counts.put(c.substring(c.indexOf('#') + 1), ReportSparql.longOf(r, "n"));
        }
        List<QuerySolution> range = sparql.select("""
                SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p a pkg:Paper ; pkg:publicationDate ?d FILTER (DATATYPE(?d) = xsd:date) }""");
        Map<String, Long> files = new TreeMap<>();
        for (QuerySolution r : sparql.select("SELECT ?f (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper ; pkg:sourceFile ?f } GROUP BY ?f")) {
            files.put(ReportSparql.str(r, "f"), ReportSparql.longOf(r, "n"));
        }
        QuerySolution d = range.isEmpty() ? null : range.get(0);
        return new Overview(counts.getOrDefault("Paper", 0L), counts.getOrDefault("Model", 0L),
                counts.getOrDefault("ModelFamily", 0L), counts.getOrDefault("Dataset", 0L),
                counts.getOrDefault("Benchmark", 0L), counts.getOrDefault("Organization", 0L),
                counts.getOrDefault("Evidence", 0L), counts.getOrDefault("Quantity", 0L),
                d == null ? null : ReportSparql.str(d, "first"), d == null ? null : ReportSparql.str(d, "last"),
                d == null ? 0 : ReportSparql.longOf(d, "n"), files);
    }

    /**
     * Each model's largest parameter count, at the date of the earliest paper that reports a count for it:
     * the listing's full date, else the month of its arXiv identifier (2401.04088: January 2024).
     */
    private static List<SvgChart.Point> sizeOverTime(ReportSparql sparql, ReportGraph graph) {
        Map<String, LocalDate> paperDates = new HashMap<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?p ?d ?arxiv WHERE { ?p a pkg:Paper
                  OPTIONAL { ?p pkg:publicationDate ?d FILTER (DATATYPE(?d) = xsd:date) }
                  OPTIONAL { ?p pkg:arxivId ?arxiv } }""")) {
            LocalDate date = dateOf(ReportSparql.str(r, "d"), ReportSparql.str(r, "arxiv"));
            if (date != null) paperDates.merge(ReportSparql.str(r, "p"), date, (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, Double> size = new HashMap<>();
        Map<String, LocalDate> when = new HashMap<>();
        for (QuerySolution r : sparql.named("model-parameters", Map.of())) {
            LocalDate date = paperDates.get(ReportSparql.str(r, "paper"));
            Double p = ReportSparql.num(r, "parameters");
            if (date == null || p == null || p <= 0) continue;
            String model = ReportSparql.str(r, "model");
            size.merge(model, p, Math::max);
            when.merge(model, date, (a, b) -> a.isBefore(b) ? a : b);
        }
        return size.keySet().stream().sorted()
                .map(m -> new SvgChart.Point(when.get(m).toEpochDay(), size.get(m), graph.label(m), m)).toList();
    }

    static LocalDate dateOf(String xsdDate, String arxivId) {
        try {
            if (xsdDate != null) return LocalDate.parse(xsdDate.substring(0, 10));
        } catch (RuntimeException e) {
            // fall through to the arXiv id
        }
        if (arxivId != null && arxivId.matches("\\d{4}\\.\\d{4,5}.*")) {
            int yy = Integer.parseInt(arxivId.substring(0, 2));
            int mm = Integer.parseInt(arxivId.substring(2, 4));
            if (mm >= 1 && mm <= 12) return LocalDate.of(2000 + yy, mm, 1);
        }
        return null;
    }

    private static Quality quality(Dataset dataset, ReportSparql sparql, ReportGraph graph, ReportOptions options) {
        List<GraphValidator.Violation> violations = Txn.calculateRead(dataset,
                () -> GraphValidator.validate(dataset.getUnionModel().getGraph()));
        long rejected = -1;
        if (options.store() != null) {
            Path rejects = options.store().resolve("rejects.jsonl");
            try {
                if (Files.isRegularFile(rejects)) {
                    try (var lines = Files.lines(rejects)) {
                        rejected = lines.filter(l -> !l.isBlank()).count();
                    }
                } else {
                    rejected = 0;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                rejected = -1;
            }
        }
        List<Row> single = rows(sparql.named("single-paper-entities", Map.of()));
        List<ReportGraph.Fact> low = graph.facts.stream()
                .filter(f -> f.confidence() != null && f.confidence() < options.lowConfidence())
                .sorted(Comparator.comparing(ReportGraph.Fact::confidence).thenComparing(ReportGraph.Fact::evidence))
                .toList();
        return new Quality(violations, rejected, single, low, options.lowConfidence());
    }

    private static List<Row> rows(List<QuerySolution> solutions) {
        return solutions.stream().map(Row::of).toList();
    }
}
