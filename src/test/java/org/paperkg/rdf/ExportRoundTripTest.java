package org.paperkg.rdf;

import org.paperkg.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperGraph;

/**
 * Every export format, written from a store and parsed back with RDFDataMgr, gives the store's content
 * again: the named graphs (N-Quads, TriG; dataset isomorphism) or the union of the named graphs (Turtle,
 * N-Triples, RDF/XML, JSON-LD; graph isomorphism), and with --graph the one graph asked for.
 *
 * <p>The store holds the store fixture (fixtures/store/*.trig: two Mistral AI papers) and the export
 * fixture (fixtures/export/edge-cases.trig: quotes, newlines, non-ASCII, XML markup, language tags,
 * year-less dates, a blank node, triples stated in two graphs), plus the entities graph the store derives.
 */
class ExportRoundTripTest {

    static final String EDGE_A = "https://w3id.org/paperkg/graph/paper/edgecases-a";
    static final String ENTITIES = "https://w3id.org/paperkg/graph/entities";

    private static KnowledgeStore store;
    /** The store's content, copied out: all quads, and the union of the named graphs. */
    private static DatasetGraph storedQuads;
    private static Graph storedUnion;

    @BeforeAll
    static void load() {
        store = KnowledgeStore.inMemory();
        store.loadBatch(fixtureGraphs());
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        storedQuads = DatasetGraphFactory.createTxnMem();
        storedUnion = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> {
            dsg.find().forEachRemaining(storedQuads::add);
            dsg.getUnionGraph().find().forEachRemaining(storedUnion::add);
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theFixtureCoversWhatMakesFormatsDiffer() {
        Set<String> graphs = graphNames(storedQuads);
        assertTrue(graphs.size() >= 5 && graphs.contains(ENTITIES) && graphs.contains(EDGE_A), graphs.toString());
        long quads = storedQuads.stream().count();
        assertTrue(storedUnion.size() < quads, "some triples are in several graphs and the union holds them once: "
                + storedUnion.size() + " vs " + quads);
        assertTrue(storedUnion.find().toList().stream().anyMatch(t -> t.getSubject().isBlank()), "a blank node");
        assertTrue(storedUnion.find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                && !t.getObject().getLiteralLanguage().isEmpty()), "a language tag");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theWholeStoreRoundTrips(ExportFormat format) {
        byte[] out = export(format, null);
        assertTrue(out.length > 1000, format + " wrote " + out.length + " bytes");
        if (format.keepsGraphs()) {
            DatasetGraph back = parseDataset(out, format.lang());
            assertEquals(graphNames(storedQuads), graphNames(back), format + ": the named graphs");
            assertEquals(storedQuads.stream().count(), back.stream().count(), format + ": the number of quads");
            assertTrue(IsoMatcher.isomorphic(storedQuads, back), format + ": the dataset comes back isomorphic");
        } else {
            Graph back = parseGraph(out, format);
            assertEquals(storedUnion.size(), back.size(), format + ": the number of triples of the union");
            assertTrue(storedUnion.isIsomorphicWith(back), format + ": the union graph comes back isomorphic");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void oneGraphRoundTrips(ExportFormat format) {
        Graph expected = GraphFactory.createDefaultGraph();
        storedQuads.find(NodeFactory.createURI(EDGE_A), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> expected.add(q.asTriple()));
        assertTrue(expected.size() > 30);

        byte[] out = export(format, EDGE_A);
        if (format.keepsGraphs()) {
            DatasetGraph back = parseDataset(out, format.lang());
            assertEquals(Set.of(EDGE_A), graphNames(back), format + ": only the graph asked for");
            DatasetGraph expectedDataset = DatasetGraphFactory.createTxnMem();
            expectedDataset.addGraph(NodeFactory.createURI(EDGE_A), expected);
            assertTrue(IsoMatcher.isomorphic(expectedDataset, back), format + ": the graph comes back isomorphic");
        } else {
            Graph back = parseGraph(out, format);
            assertTrue(expected.isIsomorphicWith(back), format + ": the graph comes back isomorphic");
        }
    }

    @Test
    void jsonLdReadsAsPlainJsonUnderThePaperkgContext() throws Exception {
        String text = new String(export(ExportFormat.JSONLD, EDGE_A), StandardCharsets.UTF_8);
        JsonObject doc = json(text);
        JsonObject bundled;
        try (InputStream in = ExportRoundTripTest.class.getResourceAsStream("/ontology/context.jsonld")) {
            bundled = Json.createReader(in).readObject();
        }
        assertEquals(bundled.get("@context"), doc.get("@context"), "the context is embedded as published");
        List<JsonObject> nodes = doc.getJsonArray("@graph").getValuesAs(JsonObject.class);
        JsonObject paper = nodes.stream().filter(n -> n.getString("id").equals("https://w3id.org/paperkg/paper/edgecases-a"))
                .findFirst().orElseThrow();
        assertEquals("Paper", paper.getString("type"), "terms of the context, not IRIs: " + paper);
        assertTrue(paper.getString("title").startsWith("PanGu-Σ: \"Quoted\""), paper.toString());
        assertEquals(List.of("https://w3id.org/paperkg/model/pangu-%CE%A3"),
                paper.getJsonArray("introduces").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertEquals("Oct 24", paper.getString("dateText"));
        JsonObject quantity = nodes.stream().filter(n -> n.getString("id").endsWith("/edgecases-a/q/0")).findFirst().orElseThrow();
        assertEquals("1.085E12", quantity.getString("numericValue"), "a typed value reads as a plain string: " + quantity);
        assertEquals("parameterCount", quantity.getString("measures"));
        assertEquals("pkg:unit-parameter", quantity.getString("unit"));
    }

    @Test
    void jsonLdCanReferToTheContextByUrlWithoutTheNetwork() {
        byte[] out = exportJsonLdWithContextUrl(null);
        JsonObject doc = json(new String(out, StandardCharsets.UTF_8));
        assertEquals(Json.createValue(ExportJsonLd.CONTEXT_URL), doc.get("@context"));
        // read back with the offline loader: the URL resolves to the bundled copy
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out)).lang(Lang.JSONLD11).context(ExportJsonLd.parserContext()).parse(back);
        assertTrue(storedUnion.isIsomorphicWith(back), "the union comes back isomorphic");
    }

    @Test
    void theOfflineLoaderRefusesEveryOtherUrl() {
        JsonLdError e = assertThrows(JsonLdError.class,
                () -> ExportJsonLd.offlineLoader().loadDocument(URI.create("https://example.org/context.jsonld"), null));
        assertTrue(e.getMessage().contains("example.org"), e.getMessage());
        JsonValue context = assertDoesNotThrowLoad(URI.create("http://w3id.org/paperkg/context.jsonld"));
        assertTrue(context.asJsonObject().containsKey("@context"));
    }

    @Test
    void anUnknownGraphIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> export(ExportFormat.NQ, "https://w3id.org/paperkg/graph/paper/nope"));
        assertTrue(e.getMessage().contains("no graph"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> export(ExportFormat.TTL, "not an iri"));
    }

    @Test
    void theExportCommandWritesAFileThatRoundTrips(@TempDir Path tmp) {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore onDisk = KnowledgeStore.open(dir)) {
            onDisk.loadBatch(fixtureGraphs());
        }
        Path trig = tmp.resolve("out/all.trig");
        CommandRun.Outcome r = CommandRun.run("export", "--store", dir.toString(), "--format", "trig", "--out", trig.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("quads in " + graphNames(storedQuads).size() + " named graphs"), r.err());
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(trig.toString());
        assertTrue(IsoMatcher.isomorphic(storedQuads, back), "paperkg export --format trig gives the store back");

        CommandRun.Outcome ttl = CommandRun.run("export", "--store", dir.toString(), "--format", "ttl", "--graph", EDGE_A);
        assertEquals(0, ttl.exitCode(), ttl.err());
        Graph one = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(one);
        assertTrue(one.contains(NodeFactory.createURI("https://w3id.org/paperkg/paper/edgecases-a"), Node.ANY, Node.ANY));

        CommandRun.Outcome bad = CommandRun.run("export", "--store", dir.toString(), "--format", "yaml");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("unknown export format 'yaml'"), bad.err());
        CommandRun.Outcome noGraph = CommandRun.run("export", "--store", dir.toString(), "--graph", "https://example.org/g");
        assertEquals(1, noGraph.exitCode());
        assertTrue(noGraph.err().strip().lines().count() == 1 && noGraph.err().contains("no graph"), noGraph.err());
        assertFalse(Files.exists(tmp.resolve("out/all.trig.partial")));

        CommandRun.Outcome help = CommandRun.run("export", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("the union of all named graphs"), help.out());
    }

    // --- helpers

    private static byte[] export(ExportFormat format, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset().asDatasetGraph(), format, graph, false, out);
        return out.toByteArray();
    }

    private static byte[] exportJsonLdWithContextUrl(String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset().asDatasetGraph(), ExportFormat.JSONLD, graph, true, out);
        return out.toByteArray();
    }

    private static DatasetGraph parseDataset(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(bytes), lang);
        return dsg;
    }

    private static Graph parseGraph(byte[] bytes, ExportFormat format) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFDataMgr.read(g, new ByteArrayInputStream(bytes), format.lang());
        } catch (RiotException e) {
            throw new AssertionError(format + " output does not parse: " + e.getMessage()
                    + "\n" + new String(bytes, StandardCharsets.UTF_8).lines().limit(40).reduce("", (a, b) -> a + "\n" + b), e);
        }
        return g;
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static JsonValue assertDoesNotThrowLoad(URI url) {
        try {
            return ExportJsonLd.offlineLoader().loadDocument(url, null).getJsonContent().orElseThrow();
        } catch (JsonLdError e) {
            throw new AssertionError("the paperkg context URL must load offline", e);
        }
    }

    /** The store fixture and the export fixture, one PaperGraph per named graph. */
    static List<PaperGraph> fixtureGraphs() {
        List<PaperGraph> graphs = new ArrayList<>();
        for (String folder : List.of("/fixtures/store", "/fixtures/export")) {
            for (Path file : trigFiles(folder)) {
                Dataset ds = DatasetFactory.create();
                RDFDataMgr.read(ds, file.toString());
                ds.listNames().forEachRemaining(name -> {
                    Model copy = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
                    graphs.add(new PaperGraph(name, copy));
                });
            }
        }
        return graphs;
    }

    private static List<Path> trigFiles(String folder) {
        URL url = ExportRoundTripTest.class.getResource(folder);
        if (url == null) throw new IllegalStateException(folder + " is not on the test class path");
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".trig")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
