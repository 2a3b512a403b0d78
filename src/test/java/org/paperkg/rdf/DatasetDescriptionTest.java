package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

class DatasetDescriptionTest {

    private static final String VOID = DatasetDescription.VOID;
    private static final Iris IRIS = Iris.standard();

    @Test
    void countsAgreeWithSparql() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            Dataset ds = store.dataset();
            Instant when = Instant.parse("2026-01-02T03:04:05Z");
            Model d = DatasetDescription.describe(ds, IRIS, when);
            Resource kg = d.createResource(DatasetDescription.datasetIri(IRIS));

            long triples = count(ds, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
            assertTrue(triples > 100);
            assertEquals(triples, longOf(d, kg, VOID + "triples"));
            assertEquals(2, longOf(d, kg, VOID + "documents"));
            long models = count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <" + PKG.NS + "Model> } }");
            assertEquals(models, partition(d, kg, PKG.Model));
            assertEquals(2, partition(d, kg, PKG.Paper));
            long entities = count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } VALUES ?c { <"
                    + PKG.NS + "Model> <" + PKG.NS + "ModelFamily> <" + PKG.NS + "Dataset> <" + PKG.NS + "Benchmark> <"
                    + PKG.NS + "Organization> } }");
            assertEquals(entities, longOf(d, kg, VOID + "entities"));

            assertTrue(d.contains(kg, RDF.type, d.createResource(VOID + "Dataset")));
            assertTrue(d.contains(kg, RDF.type, DCAT.Dataset));
            assertTrue(d.contains(kg, d.createProperty(VOID + "sparqlEndpoint"), d.createResource(IRIS.base() + "kg/sparql")));
            assertTrue(d.contains(null, RDF.type, DCAT.DataService));
            assertEquals(ExportFormat.values().length + 1, d.listObjectsOfProperty(kg, DCAT.distribution).toList().size());
            assertTrue(d.contains(kg, DCTerms.license, (RDFNode) null));
            assertEquals("2026-01-02T03:04:05Z", d.getProperty(kg, DCTerms.modified).getString());
            Set<String> vocabularies = d.listObjectsOfProperty(kg, d.createProperty(VOID + "vocabulary"))
                    .mapWith(RDFNode::toString).toSet();
            assertTrue(vocabularies.containsAll(Set.of(PKG.NS, "http://www.w3.org/2004/02/skos/core#",
                    "http://purl.org/dc/terms/")), vocabularies.toString());
            Set<String> sources = d.listObjectsOfProperty(kg, DCTerms.source).mapWith(n -> n.asLiteral().getString())
                    .toSet().stream().collect(Collectors.toSet());
            assertTrue(sources.contains("007_5c1d0b2e9f3a4c6d.txt"), sources.toString());
        }
    }

    @Test
    void theStoreCensusFromOneIndexScanEqualsTheSparqlCensus(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("kg"))) {
            store.loadBatch(StoreFixtures.paperGraphs());
            // one triple in two paper graphs: counted once; one only in the excluded graph: not at all (the
            // SPARQL census subtracts the excluded graph's triples, which is right as long as they are
            // about its own IRIs, as the description's are)
            String voidGraph = DatasetDescription.graphIri(IRIS);
            org.apache.jena.graph.Node shared = org.apache.jena.graph.NodeFactory.createURI(IRIS.base() + "model/shared-one");
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                for (String g : new String[] {StoreFixtures.MIXTRAL_PAPER_GRAPH, StoreFixtures.MISTRAL_PAPER_GRAPH}) {
                    dsg.add(org.apache.jena.graph.NodeFactory.createURI(g), shared, RDF.type.asNode(), PKG.Model.asNode());
                }
                dsg.add(org.apache.jena.graph.NodeFactory.createURI(voidGraph),
                        org.apache.jena.graph.NodeFactory.createURI(voidGraph + "#itself"), RDF.type.asNode(),
                        org.apache.jena.graph.NodeFactory.createURI("http://example.org/OnlyInTheDescription"));
            });
            GraphCensus scan = store.census(voidGraph);
            GraphCensus sparql = GraphCensus.bySparql(store.dataset(), voidGraph);
            assertEquals(sparql, scan);
            assertTrue(scan.classEntities().get(PKG.Model.getURI()) > 1, scan.toString());
            assertEquals(2, scan.papers());
            assertTrue(!scan.classEntities().containsKey("http://example.org/OnlyInTheDescription"));
            assertTrue(scan.terms().contains(RDF.type.getURI()) && scan.terms().contains(PKG.Model.getURI()));
        }
    }

    @Test
    void replacingTheGraphDoesNotCountItselfAndIsIdempotent() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            Dataset ds = store.dataset();
            long first = longOf(DatasetDescription.replace(ds, IRIS, Instant.now()), null, VOID + "triples");
            long quads = store.tripleCount();
            Model again = DatasetDescription.replace(ds, IRIS, Instant.now());
            assertEquals(first, longOf(again, null, VOID + "triples"));
            assertEquals(quads, store.tripleCount());
            assertTrue(Txn.calculateRead(ds, () -> ds.containsNamedModel(DatasetDescription.graphIri(IRIS))));
            assertEquals(2, store.paperCount());
        }
    }

    private static long partition(Model d, Resource kg, Resource cls) {
        Property classPartition = d.createProperty(VOID + "classPartition");
        return d.listObjectsOfProperty(kg, classPartition).toList().stream()
                .map(RDFNode::asResource)
                .filter(p -> p.hasProperty(d.createProperty(VOID + "class"), cls))
                .mapToLong(p -> p.getProperty(d.createProperty(VOID + "entities")).getLong())
                .findFirst().orElse(-1);
    }

    private static long longOf(Model d, Resource s, String property) {
        return d.listObjectsOfProperty(s, d.createProperty(property)).next().asLiteral().getLong();
    }

    private static long count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
