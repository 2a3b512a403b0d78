package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PKG;

class KnowledgeStoreTest {

    private static final String GRAPH = "https://w3id.org/paperkg/graph/paper/";
    private static final String PAPER = "https://w3id.org/paperkg/paper/";

    @Test
    void loadsEachPaperIntoItsNamedGraph() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            assertEquals(Set.of(StoreFixtures.MIXTRAL_PAPER_GRAPH, StoreFixtures.MISTRAL_PAPER_GRAPH), store.graphIris());
            assertEquals(2, store.graphCount());
            assertEquals(2, store.paperCount());
            long paperTriples = StoreFixtures.paperGraphs().stream().mapToLong(g -> g.model().size()).sum();
            assertTrue(store.tripleCount() > paperTriples, "the entities graph adds triples of its own");
        }
    }

    @Test
    void reloadingAGraphReplacesItInsteadOfDuplicating() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paper("a", "Paper A", "m1", "Model One")));
            long once = store.tripleCount();
            store.loadBatch(List.of(paper("a", "Paper A", "m1", "Model One")));
            assertEquals(once, store.tripleCount());

            // a new version of the graph drops the old facts: m1 is gone, m2 is in
            store.loadBatch(List.of(paper("a", "Paper A", "m2", "Model Two")));
            assertEquals(once, store.tripleCount());
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p <https://w3id.org/paperkg/model/m1> }"));
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { <https://w3id.org/paperkg/model/m2> a ?t }"));
        }
    }

    @Test
    void aFailingBatchLeavesTheStoreAsItWas() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paper("old", "Old", "m0", "Model Zero")));
            long triplesBefore = store.tripleCount();
            Set<String> graphsBefore = store.graphIris();

            List<PaperGraph> batch = List.of(
                    paper("a", "Paper A", "m1", "Model One"),
                    paper("b", "Paper B", "m2", "Model Two"),
                    new PaperGraph(GRAPH + "c", null));   // the third graph makes loadBatch throw
            assertThrows(IllegalArgumentException.class, () -> store.loadBatch(batch));

            assertEquals(graphsBefore, store.graphIris(), "the first two graphs of the batch were rolled back");
            assertEquals(triplesBefore, store.tripleCount());
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { ?e <" + PKG.mentionCount + "> ?c FILTER(?e != <https://w3id.org/paperkg/model/m0>) }"));
        }
    }

    @Test
    void refusesToLoadTheDerivedEntitiesGraph() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            PaperGraph sneaky = new PaperGraph(KnowledgeStore.ENTITIES_GRAPH, ModelFactory.createDefaultModel());
            assertThrows(IllegalArgumentException.class, () -> store.loadBatch(List.of(sneaky)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.loadBatch(List.of(new PaperGraph("not an iri", ModelFactory.createDefaultModel()))));
        }
    }

    @Test
    void removingGraphsRecomputesTheEntities() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            assertEquals(2, mentionCount(store, "https://w3id.org/paperkg/model/mistral7b"));
            store.removeGraphs(List.of(StoreFixtures.MIXTRAL_PAPER_GRAPH, GRAPH + "never-loaded"));

            assertEquals(Set.of(StoreFixtures.MISTRAL_PAPER_GRAPH), store.graphIris());
            assertEquals(1, mentionCount(store, "https://w3id.org/paperkg/model/mistral7b"));
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <https://w3id.org/paperkg/model/mixtral8x7b> ?p ?o } }"),
                    "an entity no paper graph types any more leaves the entities graph");
        }
    }

    @Test
    void queriesWithoutGraphSeeTheUnionOfAllNamedGraphs() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            assertEquals(2, count(store, "PREFIX pkg: <" + PKG.NS + "> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pkg:Paper }"));
            // a join across graphs: the label is in the entities graph, the parameter count in a paper graph
            assertEquals(3, count(store, """
                    PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m pkg:parameterCount ?q ; skos:prefLabel ?label }"""));
        }
    }

    @Test
    void anOnDiskStoreKeepsItsContentsAcrossOpenings(@TempDir Path dir) {
        Path folder = dir.resolve("kg");
        long triples;
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.loadBatch(StoreFixtures.paperGraphs());
            triples = store.tripleCount();
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertEquals(triples, store.tripleCount());
            assertEquals(2, store.paperCount());
            assertEquals(2, count(store, "PREFIX pkg: <" + PKG.NS + "> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pkg:Paper }"),
                    "the union default graph is set again on reopening");
        }
    }

    /** A minimal paper graph: a paper that introduces one model. */
    static PaperGraph paper(String key, String title, String modelKey, String modelLabel) {
        Model m = ModelFactory.createDefaultModel();
        Resource paper = m.createResource(PAPER + key).addProperty(RDF.type, PKG.Paper)
                .addProperty(m.createProperty("http://purl.org/dc/terms/title"), title);
        Resource model = m.createResource("https://w3id.org/paperkg/model/" + modelKey)
                .addProperty(RDF.type, PKG.Model).addProperty(SKOS.altLabel, modelLabel)
                .addProperty(PKG.normalizedKey, modelKey);
        paper.addProperty(PKG.introduces, model).addProperty(PKG.mentions, model);
        return new PaperGraph(GRAPH + key, m);
    }

    static long count(KnowledgeStore store, String countQuery) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(countQuery).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static long mentionCount(KnowledgeStore store, String entity) {
        return count(store, "SELECT (SUM(?c) AS ?n) { GRAPH <" + KnowledgeStore.ENTITIES_GRAPH + "> { <" + entity + "> <"
                + PKG.mentionCount + "> ?c } }");
    }

    /** The counts TDB2's planner reads: of the union graph (what queries see), rewritten by compaction. */
    @Test
    void optimizerStatisticsCountTheUnionGraphAndFollowCompaction(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            // the shared model is typed in both paper graphs and in the entities graph: one triple in the union
            store.loadBatch(List.of(paper("a", "Paper A", "shared", "Shared Model"), paper("b", "Paper B", "shared", "Shared Model")));
            Path stats = store.writeOptimizerStatistics();
            assertEquals(KnowledgeStore.STATISTICS_FILE, stats.getFileName().toString());
            assertTrue(stats.getParent().getFileName().toString().startsWith("Data-"), stats.toString());
            StatsMatcher counts = new StatsMatcher(stats.toString());
            Node x = Var.alloc("x");
            Node y = Var.alloc("y");
            assertEquals(2.0, counts.match(Triple.create(x, RDF.type.asNode(), PKG.Paper.asNode())));
            assertEquals(1.0, counts.match(Triple.create(x, RDF.type.asNode(), PKG.Model.asNode())));
            assertEquals(2.0, counts.match(Triple.create(x, PKG.introduces.asNode(), y)));

            store.loadBatch(List.of(paper("c", "Paper C", "other", "Other Model")));
            store.compact();
            try (var dirs = Files.list(folder)) {
                Path data = dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow();
                assertTrue(Files.exists(data.resolve(KnowledgeStore.STATISTICS_FILE)), "compaction writes the counts anew");
                StatsMatcher after = new StatsMatcher(data.resolve(KnowledgeStore.STATISTICS_FILE).toString());
                assertEquals(3.0, after.match(Triple.create(x, RDF.type.asNode(), PKG.Paper.asNode())));
                // what TDB2 chooses when it opens that folder: the count-based order, not the fixed rules
                assertTrue(DatabaseOps.chooseReorderTransformation(Location.create(data)) instanceof ReorderWeighted);
            }
        }
    }

    @Test
    void tripleCountCountsOnlyNamedGraphs() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertEquals(0, store.tripleCount());
            assertEquals(0, store.graphCount());
            assertFalse(store.graphIris().iterator().hasNext());
        }
    }

    /**
     * What a build killed while TDB2 writes a new database leaves (seen in a crash test): an index whose
     * node file is still empty. With the creation marker still there, the next opening starts afresh.
     */
    @Test
    void aStoreWhoseCreationNeverFinishedIsCreatedAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kg");
        Path marker = folder.resolve(StoreCreation.MARKER);
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertFalse(Files.exists(marker), "a store that opened is no longer being created");
        }
        Files.writeString(marker, "");
        Files.writeString(folder.resolve("notes.txt"), "the user's own file");
        halfWriteAnIndex(folder);

        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertEquals(0, store.paperCount());
            store.loadBatch(List.of(paper("a", "Paper A", "m1", "Model One")));
            assertEquals(1, store.paperCount());
        }
        assertFalse(Files.exists(marker));
        assertEquals("the user's own file", Files.readString(folder.resolve("notes.txt")));
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertEquals(1, store.paperCount(), "the recreated store keeps what was stored in it");
        }
    }

    /** A damaged store with no creation marker may hold data: it is reported, never removed, and not called locked. */
    @Test
    void aDamagedStoreIsNeitherRemovedNorCalledLocked(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.loadBatch(List.of(paper("a", "Paper A", "m1", "Model One")));
        }
        Path damaged = halfWriteAnIndex(folder);

        StoreDamagedException e = assertThrows(StoreDamagedException.class, () -> KnowledgeStore.open(folder));
        assertTrue(e.getMessage().contains("block manager") && e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(Files.exists(damaged), "the damaged store is left for its owner to look at");
        assertFalse(Files.exists(folder.resolve(StoreCreation.MARKER)));
    }

    /** Empties the node file of one TDB2 index, as a kill between writing its two files would. */
    private static Path halfWriteAnIndex(Path folder) throws Exception {
        Path nodes = folder.resolve("Data-0001/POSG.idn");
        assertTrue(Files.exists(nodes), nodes.toString());
        Files.write(nodes, new byte[0]);
        return nodes;
    }
}
