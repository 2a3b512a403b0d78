package org.paperkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.Ontology;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperGraph;
import org.paperkg.store.StoreFixtures;
import org.w3c.dom.Document;

/** The report on the two-paper store fixture: ontology-driven tables, escaping, links of the static site. */
class ReportTest {
    private static final String PKG = "https://w3id.org/paperkg/ontology#";

    @TempDir
    Path dir;

    @Test
    void theColumnsOfAClassAreThePropertiesWhoseDomainNamesItOrASuperclass() {
        ReportSchema schema = ReportSchema.of(Ontology.model());
        List<String> model = columns(schema, "Model");
        assertTrue(model.containsAll(List.of("parameter count", "training tokens", "trained on", "based on", "part of",
                "developed by", "quantity", "mention count")), model.toString());   // developedBy, quantity: domain is a union
        assertFalse(model.contains("abstract"), model.toString());
        List<String> dataset = columns(schema, "Dataset");
        List<String> benchmark = columns(schema, "Benchmark");
        assertTrue(benchmark.containsAll(dataset), "a benchmark is a dataset: " + benchmark);
        assertTrue(columns(schema, "ModelFamily").containsAll(model));
        assertTrue(columns(schema, "Paper").containsAll(List.of("abstract", "publication date", "introduces", "mentions")));
    }

    @Test
    void aPropertyAddedToTheOntologyIsANewColumnWithItsValues() throws Exception {
        Model ontology = ModelFactory.createDefaultModel().add(Ontology.model());
        ontology.read(new StringReader("""
                @prefix pkg: <https://w3id.org/paperkg/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                pkg:licence a owl:DatatypeProperty ; rdfs:label "licence"@en ;
                    rdfs:comment "The licence the weights are released under."@en ; rdfs:domain pkg:Model .
                """), null, "TTL");
        assertTrue(columns(ReportSchema.of(ontology), "Model").contains("licence"));
        assertTrue(columns(ReportSchema.of(ontology), "ModelFamily").contains("licence"));
        assertFalse(columns(ReportSchema.of(ontology), "Dataset").contains("licence"));
        assertFalse(columns(ReportSchema.of(Ontology.model()), "Model").contains("licence"));

        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().getNamedModel(StoreFixtures.MISTRAL_PAPER_GRAPH)
                    .add(ontology.createResource("https://w3id.org/paperkg/model/mistral7b"),
                            ontology.createProperty(PKG + "licence"), "Apache-2.0"));
            Report.write(store.dataset(), ontology, dir, ReportOptions.staticSite(null, null));
        }
        Document page = Html.parse(dir.resolve("class-Model.html"));
        List<String> headers = Html.texts(page, "//table[@class='classtable']/thead/tr/th");
        assertTrue(headers.contains("licence"), headers.toString());
        int column = headers.indexOf("licence");
        List<String> row = Html.texts(page, "//table[@class='classtable']/tbody/tr[th/a='Mistral 7B']/*");
        assertEquals("Apache-2.0", row.get(column), row.toString());
        Document index = Html.parse(dir.resolve("index.html"));
        assertEquals(1, Html.nodes(index, "//div[@id='class-Model']//thead/tr/th[@data-property='" + PKG + "licence']").size());
    }

    @Test
    void textFromTheGraphIsEscapedEverywhere() throws Exception {
        Model evil = ModelFactory.createDefaultModel().read(new StringReader("""
                @prefix pkg: <https://w3id.org/paperkg/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/paperkg/paper/evil1> a pkg:Paper ; dcterms:title "<script>alert('title')</script> Evil" ;
                    pkg:abstract "We introduce <script>alert(1)</script> & <b>bold</b>." ; pkg:sourceFile "evil.txt" ;
                    pkg:introduces <https://w3id.org/paperkg/model/evil> .
                <https://w3id.org/paperkg/model/evil> a pkg:Model ; skos:altLabel "<img src=x onerror=alert(2)>" ;
                    pkg:normalizedKey "evil" .
                """), null, "TTL");
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            store.loadBatch(List.of(new PaperGraph("https://w3id.org/paperkg/graph/paper/evil1", evil)));
            Report.write(store.dataset(), dir, ReportOptions.staticSite(null, null));
        }
        List<Path> pages = htmlFiles();
        boolean sawEscapedScript = false;
        for (Path page : pages) {
            String html = Files.readString(page);
            assertFalse(html.contains("<script"), page + " holds a script element");
            assertFalse(html.contains("<img"), page + " holds an img element");
            assertFalse(html.contains("<b>bold"), page + " holds markup from the graph");
            sawEscapedScript |= html.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            Html.parse(page);   // well-formed: nothing from the graph broke the markup
        }
        assertTrue(sawEscapedScript, "the abstract is shown as text");
        String md = Files.readString(dir.resolve("index.md"));
        assertFalse(md.contains("<img") || md.contains("<script"), md);
    }

    @Test
    void everyLinkOfTheStaticSiteLeadsToAFileOfTheSite() throws Exception {
        Report.Summary summary;
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            summary = Report.write(store.dataset(), dir, ReportOptions.staticSite(null, null));
        }
        // two papers, three models, one organisation, one benchmark (also a dataset): a page each
        assertEquals(7, summary.entityPages());
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles()) {
            Document doc = Html.parse(page);
            for (var a : Html.nodes(doc, "//*[local-name()='a']/@href | //*[local-name()='link']/@href")) {
                String href = a.getNodeValue();
                assertFalse(URI.create(href).isAbsolute(), page + " links to " + href);
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) broken.add(page + " -> " + href);
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(Files.readString(dir.resolve("e/model-mistral7b.html")).contains("Mixtral 8x7B"),
                "Mistral 7B's page shows the fact that Mixtral 8x7B is based on it");
    }

    private List<Path> htmlFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> columns(ReportSchema schema, String cls) {
        return schema.byLocalName(cls).orElseThrow().columns().stream().map(ReportSchema.Column::label).toList();
    }
}
