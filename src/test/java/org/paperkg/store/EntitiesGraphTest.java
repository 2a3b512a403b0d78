package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.paperkg.rdf.PKG;

class EntitiesGraphTest {

    private static final String LLAMA2 = "https://w3id.org/paperkg/model/llama2";

    @Test
    void thePreferredLabelIsTheOneMostPapersUse() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(
                    paperNaming("p1", LLAMA2, PKG.Model, "LLaMA-2", "Llama-2"),
                    paperNaming("p2", LLAMA2, PKG.Model, "LLaMA-2")));

            EntityRow llama = entity(store, LLAMA2);
            assertEquals(List.of("LLaMA-2"), llama.prefLabels());
            assertEquals(2, llama.mentionCount());
            assertEquals(XSDDatatype.XSDinteger.getURI(), llama.mentionCountType());
            assertEquals(List.of("llama2"), llama.keys());
            assertEquals(Set.of("Llama-2"), llama.altLabels(), "the other spelling stays as an alternative label");
        }
    }

    @Test
    void tiesGoToTheShortestLabelThenTheAlphabeticallyFirst() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paperNaming("p1", LLAMA2, PKG.Model, "Llama 2 (Meta)", "Llama-2", "LLaMA-2")));
            // all three are in one graph; two are shortest, and 'L' sorts before 'l'
            assertEquals(List.of("LLaMA-2"), entity(store, LLAMA2).prefLabels());
        }
    }

    @Test
    void mentionCountsDistinctPapersAcrossGraphsAndIsRecomputedOnEveryBatch() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paperNaming("p1", LLAMA2, PKG.Model, "LLaMA-2")));
            assertEquals(1, entity(store, LLAMA2).mentionCount());
            store.loadBatch(List.of(paperNaming("p2", LLAMA2, PKG.Model, "Llama-2"),
                    paperNaming("p3", LLAMA2, PKG.Model, "Llama-2")));
            EntityRow llama = entity(store, LLAMA2);
            assertEquals(3, llama.mentionCount());
            assertEquals(List.of("Llama-2"), llama.prefLabels(), "now used in two graphs against one");
        }
    }

    @Test
    void batchUpdatesGiveTheGraphAFullRecomputeGives() {
        String mistral = "https://w3id.org/paperkg/model/transientnet";
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(StoreFixtures.paperGraphs());
            store.loadBatch(List.of(paperNaming("p1", LLAMA2, PKG.Model, "LLaMA-2"),
                    paperNaming("p2", mistral, PKG.Model, "TransientNet")));
            // p2 replaced: it no longer names TransientNet, so the entity leaves the entities graph
            store.loadBatch(List.of(paperNaming("p2", LLAMA2, PKG.Model, "Llama 2"),
                    paperNaming("p3", LLAMA2, PKG.Dataset, "Llama-2")));
            Txn.executeRead(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                Graph updated = dsg.getGraph(EntitiesGraph.NODE);
                Graph full = EntitiesGraph.derive(dsg);
                assertTrue(updated.isIsomorphicWith(full), "incremental and full entities graphs differ");
                assertTrue(!updated.find(org.apache.jena.graph.NodeFactory.createURI(mistral), null, null).hasNext(),
                        "an entity no graph names any more is gone");
                assertTrue(updated.size() > 20, "the fixture's entities are there");
            });
            assertEquals(3, entity(store, LLAMA2).mentionCount());
        }
    }

    @Test
    void anEntityWithoutLabelsStillGetsExactlyOnePreferredLabel() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paperNaming("p1", "https://w3id.org/paperkg/org/acme", PKG.Organization)));
            assertEquals(List.of("acme"), entity(store, "https://w3id.org/paperkg/org/acme").prefLabels());
        }
    }

    @Test
    void theFixtureGetsOnePreferredLabelPerEntity() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            assertEquals(List.of("Mistral 7B"), entity(store, "https://w3id.org/paperkg/model/mistral7b").prefLabels());
            assertEquals(2, entity(store, "https://w3id.org/paperkg/model/mistral7b").mentionCount());
            assertEquals(2, entity(store, "https://w3id.org/paperkg/org/mistralai").mentionCount());
            assertEquals(1, entity(store, "https://w3id.org/paperkg/dataset/mmlu").mentionCount());
            // "Mixtral 8x7B" and "Mixtral" appear in one graph each: the shorter wins
            assertEquals(List.of("Mixtral"), entity(store, "https://w3id.org/paperkg/model/mixtral8x7b").prefLabels());
        }
    }

    /** The store's output, paper graphs plus derived entities graph, is what the SHACL shapes expect. */
    @Test
    void theUnionOfPaperAndEntitiesGraphsConformsToTheShapes() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            Model union = Txn.calculateRead(store.dataset(), () -> {
                Model m = ModelFactory.createDefaultModel();
                store.dataset().listNames().forEachRemaining(g -> m.add(store.dataset().getNamedModel(g)));
                return m;
            });
            Graph shapes = RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString());
            ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
            if (!report.conforms()) {
                report.getEntries().forEach(e -> System.err.println(e.message() + " at " + e.focusNode()));
            }
            assertTrue(report.conforms());
        }
    }

    /** A paper graph whose paper mentions {@code entity} under the given labels. */
    static PaperGraph paperNaming(String paperKey, String entity, Resource type, String... labels) {
        Model m = ModelFactory.createDefaultModel();
        Resource e = m.createResource(entity).addProperty(RDF.type, type)
                .addProperty(PKG.normalizedKey, entity.substring(entity.lastIndexOf('/') + 1));
        for (String label : labels) e.addProperty(SKOS.altLabel, label);
        m.createResource("https://w3id.org/paperkg/paper/" + paperKey)
                .addProperty(RDF.type, PKG.Paper).addProperty(PKG.mentions, e);
        return new PaperGraph("https://w3id.org/paperkg/graph/paper/" + paperKey, m);
    }

    record EntityRow(List<String> prefLabels, Set<String> altLabels, long mentionCount, String mentionCountType, List<String> keys) {}

    /** What the entities graph says about one entity. */
    static EntityRow entity(KnowledgeStore store, String iri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Model g = store.dataset().getNamedModel(KnowledgeStore.ENTITIES_GRAPH);
            Resource e = g.createResource(iri);
            List<String> pref = g.listObjectsOfProperty(e, SKOS.prefLabel).mapWith(n -> n.asLiteral().getString()).toList();
            Set<String> alt = new TreeSet<>(g.listObjectsOfProperty(e, SKOS.altLabel).mapWith(n -> n.asLiteral().getString()).toList());
            List<Literal> counts = g.listObjectsOfProperty(e, PKG.mentionCount).mapWith(n -> n.asLiteral()).toList();
            assertEquals(1, counts.size(), "exactly one mentionCount for " + iri);
            List<String> keys = g.listObjectsOfProperty(e, PKG.normalizedKey).mapWith(n -> n.asLiteral().getString()).toList();
            return new EntityRow(pref, alt, counts.get(0).getLong(), counts.get(0).getDatatypeURI(), keys);
        });
    }
}
