package org.paperkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.SeedStore;
import org.paperkg.store.KnowledgeStore;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The numbers of the report on the seed graph are the numbers SPARQL counts in the store, queried independently here. */
class ReportSeedTest {
    @TempDir
    static Path out;
    static KnowledgeStore store;
    static Document index;

    @BeforeAll
    static void writeReport() throws Exception {
        store = KnowledgeStore.open(SeedStore.folder());
        Report.write(store.dataset(), out, ReportOptions.staticSite(null, null));
        index = Html.parse(out.resolve("index.html"));
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    @Test
    void theOverviewCountsAreTheStoresCounts() throws Exception {
        Map<String, Long> shown = new HashMap<>();
        List<String> numbers = Html.texts(index, "//div[@class='stat']/b");
        List<String> names = Html.texts(index, "//div[@class='stat']/span");
        for (int i = 0; i < names.size(); i++) shown.put(names.get(i), Long.parseLong(numbers.get(i).replace(",", "")));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }"), shown.get("papers"));
        assertEquals(427, shown.get("papers"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a pkg:Model }"), shown.get("models"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Dataset }"), shown.get("datasets"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a pkg:Benchmark }"), shown.get("benchmarks"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a pkg:Organization }"), shown.get("organisations"));
        // a fact is a statement with its sentence and paper
        assertEquals(count("SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev rdf:subject ?s ; pkg:sentence ?x ; pkg:fromPaper ?p }"),
                shown.get("facts"));
        assertTrue(shown.get("models") > 100 && shown.get("facts") > 1000, shown.toString());
        String markdown = java.nio.file.Files.readString(out.resolve("index.md"));
        assertTrue(markdown.contains("| " + shown.get("papers") + " | " + shown.get("models") + " | " + shown.get("model families")
                + " | " + shown.get("datasets") + " | " + shown.get("benchmarks") + " | " + shown.get("organisations")
                + " | " + shown.get("facts") + " | "), "index.md has the same overview");

        List<String> files = Html.texts(index, "//table[@id='corpus-files']/tbody/tr/td[1]");
        assertEquals(count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?p a pkg:Paper ; pkg:sourceFile ?f }"), files.size());
        String range = Html.texts(index, "//p[@id='date-range']").get(0);
        assertTrue(range.contains(string("SELECT (STR(MIN(?d)) AS ?n) WHERE { ?p pkg:publicationDate ?d FILTER (DATATYPE(?d) = xsd:date) }")), range);
        assertTrue(range.contains(string("SELECT (STR(MAX(?d)) AS ?n) WHERE { ?p pkg:publicationDate ?d FILTER (DATATYPE(?d) = xsd:date) }")), range);
    }

    @Test
    void everyClassSectionCountsTheInstancesOfItsClass() throws Exception {
        List<Node> sections = Html.nodes(index, "//div[@class='ontology-class']");
        assertEquals(12, sections.size(), "one section per class of the ontology");
        for (Node s : sections) {
            String cls = s.getAttributes().getNamedItem("data-class").getNodeValue();
            long shown = Long.parseLong(s.getAttributes().getNamedItem("data-count").getNodeValue());
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + cls + "> }"), shown, cls);
            assertTrue(s.getTextContent().contains(ReportNumbers.integer(shown) + " in the graph"), cls);
        }
    }

    @Test
    void theLargestModelIsTheOneWithTheLargestParameterCount() throws Exception {
        double max = number("SELECT (MAX(?v) AS ?n) WHERE { ?m pkg:parameterCount/pkg:numericValue ?v }");
        List<String> first = Html.texts(index, "//table[@id='largest-models']/tbody/tr[1]/td");
        assertEquals(ReportNumbers.compact(max), first.get(1));
        String label = string("SELECT (SAMPLE(?l) AS ?n) WHERE { ?m pkg:parameterCount/pkg:numericValue " + max + " ; skos:prefLabel ?l }");
        assertEquals(label, first.get(0));
        assertEquals(20, Html.nodes(index, "//*[local-name()='svg'][@id='chart-largest-models']//*[local-name()='rect']").size());
    }

    @Test
    void theQualityNumbersAreTheStoresCounts() throws Exception {
        long single = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pkg:mentionCount 1 }");
        assertTrue(Html.texts(index, "//p[@id='single-paper-summary']").get(0).startsWith(single + " entities"));
        long low = count("SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev pkg:confidence ?c FILTER (?c < 0.5) }");
        assertTrue(Html.texts(index, "//p[@id='low-confidence-summary']").get(0).startsWith(low + " facts"));
        long lineage = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?p ?b WHERE { ?a ?p ?b VALUES ?p { pkg:basedOn pkg:partOf } } }");
        assertTrue(Html.texts(index, "//section[@id='lineage']/p").get(0).startsWith(lineage + " basedOn and partOf facts"));
        assertEquals(lineage, Html.nodes(index, "//*[local-name()='svg'][@id='chart-lineage']//*[local-name()='path'][contains(@class, 'edge ')]").size()
                - 2, "one arrow per fact, plus the two of the legend");
    }

    private static long count(String select) {
        return (long) number(select);
    }

    private static double number(String select) {
        return Double.parseDouble(string(select));
    }

    private static String string(String select) {
        String q = ReportSparql.PREFIXES + select;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                QuerySolution row = qe.execSelect().next();
                return row.get("n").asLiteral().getLexicalForm();
            }
        });
    }
}
