package org.paperkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperKg;
import org.paperkg.rdf.Ontology;
import org.paperkg.rdf.PKG;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * {@code paperkg docs}, run in-process: the site generated from the bundled ontology is checked
 * against the ontology itself (read with Jena), and a hostile fixture checks the escaping. The page is
 * XHTML-compatible, so the JDK's XML parser reads it: a page that parses is also well-formed.
 */
class OntologyDocsTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    static Path tmp;
    private static Document page;
    private static Document diagram;

    record Outcome(int exitCode, String err) {}

    @BeforeAll
    static void generateFromTheBundledOntology() throws Exception {
        Path site = tmp.resolve("site");
        Outcome r = run("docs", "--out", site.toString());
        assertEquals(0, r.exitCode(), r.err());
        page = parse(site.resolve("index.html"));
        diagram = parse(site.resolve("diagram.svg"));
    }

    @Test
    void pageIsAnHtml5DocumentWithLanguageTitleAndCharset() throws Exception {
        String html = Files.readString(tmp.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        Element root = page.getDocumentElement();
        assertEquals("html", root.getLocalName());
        assertEquals("en", root.getAttribute("lang"));
        assertEquals("utf-8", elements(page, "meta").get(0).getAttribute("charset"));
        assertTrue(text(elements(page, "title").get(0)).startsWith("paperkg ontology"));
        assertTrue(elements(page, "script").isEmpty(), "no JavaScript");
    }

    @Test
    void metadataTableShowsTheOntologysVersionInfo() {
        String version = select("""
                SELECT ?v WHERE { ?o a owl:Ontology ; owl:versionInfo ?v }""").get(0).get("v");
        Element metadata = byId(page, "metadata");
        assertNotNull(metadata, "a metadata section");
        List<String> cells = elements(metadata, "td").stream().map(OntologyDocsTest::text).toList();
        assertTrue(cells.contains(version), "version " + version + " in " + cells);
        assertTrue(cells.contains("https://w3id.org/paperkg/ontology"), "the ontology IRI in " + cells);
    }

    @Test
    void everyClassPropertyAndIndividualHasASectionNamedByItsLocalNameShowingItsLabel() {
        List<Map<String, String>> terms = select("""
                SELECT ?term ?label WHERE {
                  VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                  ?term a ?type ; rdfs:label ?label .
                  FILTER(STRSTARTS(STR(?term), "%s"))
                }""".formatted(PKG.NS));
        assertTrue(terms.size() >= 12 + 40 + 17, "classes, properties and the 17 units: " + terms.size());
        for (Map<String, String> t : terms) {
            String localName = t.get("term").substring(PKG.NS.length());
            Element section = byId(page, localName);
            assertNotNull(section, "no element with id " + localName);
            assertEquals("section", section.getLocalName(), localName);
            assertTrue(text(section).contains(t.get("label")), localName + " should show its label " + t.get("label"));
        }
    }

    @Test
    void everyInPageLinkResolvesAndIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Element e : elements(page, "*")) {
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
            }
        }
        int internal = 0;
        for (Element a : elements(page, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith("#")) {
                internal++;
                assertTrue(ids.contains(href.substring(1)), "dangling link " + href);
            }
        }
        assertTrue(internal > 100, "links between terms: " + internal);
    }

    @Test
    void propertySectionsShowDomainRangeInverseAndChain() {
        String evaluatedOn = text(byId(page, "evaluatedOn"));
        assertTrue(evaluatedOn.contains("pkg:hasEvaluationResult ∘ pkg:benchmark"), evaluatedOn);
        assertTrue(text(byId(page, "hasEvaluationResult")).contains("pkg:evaluatedModel"));
        assertTrue(text(byId(page, "mentions")).contains("pkg:Model or pkg:Dataset or pkg:Organization"), "union range");
        assertTrue(text(byId(page, "unit-flop_per_s")).contains("skos:exactMatch unit:FLOPS"), "unit alignment");
        assertTrue(text(byId(page, "Paper")).contains("fabio:ResearchPaper"), "outside superclass as CURIE");
        assertTrue(text(byId(page, "Dataset")).contains("pkg:trainedOn"), "used by: in range of trainedOn");
    }

    @Test
    void pageEmbedsTheDiagramWithAltText() {
        List<Element> images = elements(page, "img");
        assertEquals(1, images.size());
        assertEquals("diagram.svg", images.get(0).getAttribute("src"));
        assertFalse(images.get(0).getAttribute("alt").isBlank());
    }

    @Test
    void diagramIsAnAccessibleSvgWithABoxForEveryClass() {
        Element svg = diagram.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals(SVG_NS, svg.getNamespaceURI());
        assertTrue(Double.parseDouble(svg.getAttribute("width")) > 0);
        assertTrue(Double.parseDouble(svg.getAttribute("height")) > 0);
        assertEquals("img", svg.getAttribute("role"));
        assertFalse(svg.getAttribute("aria-label").isBlank());
        assertFalse(text(diagram.getElementsByTagNameNS(SVG_NS, "title").item(0)).isBlank());
        assertEquals(0, diagram.getElementsByTagNameNS(SVG_NS, "script").getLength());

        Set<String> texts = new HashSet<>(svgTexts(diagram));
        List<Map<String, String>> classes = select("""
                SELECT ?label WHERE { ?c a owl:Class ; rdfs:label ?label . FILTER(STRSTARTS(STR(?c), "%s")) }""".formatted(PKG.NS));
        assertEquals(12, classes.size());
        for (Map<String, String> c : classes) {
            assertTrue(texts.contains(c.get("label")), "no <text> for class " + c.get("label"));
        }
        assertTrue(texts.contains("trainedOn"), "object properties label their arrows");
    }

    @Test
    void classBoxesDoNotOverlap() {
        NodeList rects = diagram.getElementsByTagNameNS(SVG_NS, "rect");
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("box".equals(r.getAttribute("class"))) {
                boxes.add(new double[] {num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")});
            }
        }
        assertEquals(12, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertTrue(apart, "boxes " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void markupInTheOntologyIsEscapedNeverLive(@TempDir Path dir) throws Exception {
        Path ttl = dir.resolve("evil.ttl");
        Files.writeString(ttl, """
                @prefix owl:     <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix ex:      <https://example.org/evil#> .

                <https://example.org/evil> a owl:Ontology ;
                    owl:versionInfo "1.0 <b>beta</b> & more" ;
                    dcterms:title "Evil <i>ontology</i> & co" ;
                    rdfs:seeAlso <javascript:alert(3)> .

                ex:Thing a owl:Class ;
                    rdfs:label "thing <script>alert('label')</script>" ;
                    rdfs:comment "Beware: <script>alert(1)</script> & \\"quotes\\"." .

                ex:Other a owl:Class ; rdfs:label "other" ; rdfs:subClassOf ex:Thing .

                ex:rel a owl:ObjectProperty ;
                    rdfs:label "rel <img src=x onerror=alert(2)>" ;
                    rdfs:domain ex:Thing ; rdfs:range ex:Other .
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("site");
        Outcome r = run("docs", "--ontology", ttl.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());

        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        String svgText = Files.readString(out.resolve("diagram.svg"), StandardCharsets.UTF_8);
        for (String raw : List.of(html, svgText)) {
            assertFalse(raw.toLowerCase().contains("<script"), "a live script tag");
            assertFalse(raw.contains("<img src=x"), "a live img tag");
        }
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the comment, escaped");

        Document evil = parse(out.resolve("index.html"));
        assertTrue(elements(evil, "script").isEmpty());
        assertEquals(1, elements(evil, "img").size(), "only the diagram");
        assertTrue(elements(evil, "b").isEmpty() && elements(evil, "i").isEmpty());
        String thing = text(byId(evil, "Thing"));
        assertTrue(thing.contains("Beware: <script>alert(1)</script> & \"quotes\"."), thing);
        assertTrue(thing.contains("thing <script>alert('label')</script>"), thing);
        assertEquals("Evil <i>ontology</i> & co 1.0 <b>beta</b> & more", text(elements(evil, "title").get(0)));
        for (Element a : elements(evil, "a")) {
            assertFalse(a.getAttribute("href").toLowerCase().startsWith("javascript:"), "a javascript: link");
        }
        assertTrue(svgTexts(parse(out.resolve("diagram.svg"))).contains("thing <script>alert('label')</script>"));
    }

    @Test
    void userMistakesGiveOneLineAndExitCode1(@TempDir Path dir) throws Exception {
        Outcome missing = run("docs", "--ontology", dir.resolve("nope.ttl").toString(), "--out", dir.resolve("a").toString());
        assertOneLineError(missing, "no such file");

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix ex: <https://example.org/> .\nex:a ex:b \n", StandardCharsets.UTF_8);
        assertOneLineError(run("docs", "--ontology", broken.toString(), "--out", dir.resolve("b").toString()), "cannot read");

        Path empty = dir.resolve("empty.ttl");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        assertOneLineError(run("docs", "--ontology", empty.toString(), "--out", dir.resolve("c").toString()), "declares no classes");

        Path file = dir.resolve("a-file");
        Files.writeString(file, "x", StandardCharsets.UTF_8);
        assertOneLineError(run("docs", "--out", file.toString()), "is a file, not a folder");
    }

    @Test
    void writerDropsCharactersXmlForbids() {
        assertEquals("a&lt;b&amp;c", OntologyXmlWriter.escape("a\u0001<b\u0000&c"));
        assertEquals("\uD83D\uDE00", OntologyXmlWriter.escape("\uD83D\uDE00"), "surrogate pairs are kept");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static void assertOneLineError(Outcome r, String expected) {
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /**
     * Runs the command line as {@code paperkg} would. Adds {@code docs} when the top-level command
     * does not register it (yet), so this test does not depend on that one-line change.
     */
    private static synchronized Outcome run(String... args) {
        CommandLine cl = PaperKg.commandLine();
        if (!cl.getSubcommands().containsKey("docs")) {
            try {
                cl.addSubcommand(Class.forName("org.paperkg.cli.DocsCommand"));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            // Settings reach only the subcommands present when they are set: set them again.
            cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        }
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, err.toString());
    }

    private static List<Map<String, String>> select(String where) {
        Model m = Ontology.model();
        String query = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                """ + where;
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            });
        }
        return rows;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(file.toFile());
    }

    private static List<Element> elements(Document d, String localName) {
        return list(d.getElementsByTagNameNS("*", localName));
    }

    private static List<Element> elements(Element e, String localName) {
        return list(e.getElementsByTagNameNS("*", localName));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element byId(Document d, String id) {
        return elements(d, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElse(null);
    }

    private static List<String> svgTexts(Document svg) {
        return list(svg.getElementsByTagNameNS(SVG_NS, "text")).stream().map(OntologyDocsTest::text).toList();
    }

    /** Text content with runs of white space folded, as a browser shows it. */
    private static String text(org.w3c.dom.Node n) {
        return n.getTextContent().replaceAll("\\s+", " ").strip();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
