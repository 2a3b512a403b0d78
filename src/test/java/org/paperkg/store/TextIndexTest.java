package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PKG;

/**
 * The text index (jena-text, Lucene) follows the data through loads, graph replacement, removal,
 * bulk loads that bypass it, and compaction.
 */
class TextIndexTest {

    private static final String GRAPH = "https://w3id.org/paperkg/graph/paper/";
    private static final String PAPER = "https://w3id.org/paperkg/paper/";

    @Test
    void titlesAbstractsAndEntityLabelsAreSearchableFromSparql() {
        try (KnowledgeStore store = StoreFixtures.loadedStore()) {
            assertEquals(Set.of(PAPER + "2401.04088"), search(store, "(dcterms:title 'mixtral')"));
            assertTrue(search(store, "(skos:prefLabel 'mistral')").contains("https://w3id.org/paperkg/model/mistral7b"),
                    "the preferred label lives in the entities graph");
            assertFalse(search(store, "'experts'").isEmpty(), "abstracts are the default field");
            assertTrue(store.textIndexIsConsistent());
        }
    }

    @Test
    void replacingAPaperGraphDropsTheOldTextFromTheIndex() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(paper("a", "Sparse gating for transformers", "An abstract about routers.", "m1", "Router One")));
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'gating')"));
            assertEquals(Set.of("https://w3id.org/paperkg/model/m1"), search(store, "(skos:altLabel 'router')"));

            store.loadBatch(List.of(paper("a", "Dense retrieval at scale", "An abstract about retrieval.", "m2", "Retriever Two")));
            assertEquals(Set.of(), search(store, "(dcterms:title 'gating')"), "the replaced title is gone from the index");
            assertEquals(Set.of(), search(store, "'routers'"));
            assertEquals(Set.of(), search(store, "(skos:prefLabel 'router')"), "the dropped entity's labels are gone");
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'retrieval')"));
            assertEquals(Set.of("https://w3id.org/paperkg/model/m2"), search(store, "(skos:prefLabel 'retriever')"));
            assertTrue(store.textIndexIsConsistent());
        }
    }

    @Test
    void removingGraphsAndSourcesDropsTheirText() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(
                    paper("a", "Alpha paper", "Text one.", "m1", "Model One", "a.txt"),
                    paper("b", "Beta paper", "Text two.", "m2", "Model Two", "b.txt", "c.txt")));
            store.removeGraphs(List.of(GRAPH + "a"));
            assertEquals(Set.of(), search(store, "(dcterms:title 'alpha')"));
            SourceRemoval r = store.removeSource("b.txt");
            assertEquals(new SourceRemoval("b.txt", 0, 1), r, "b also came from c.txt: kept");
            assertEquals(Set.of(PAPER + "b"), search(store, "(dcterms:title 'beta')"));
            r = store.removeSource("c.txt");
            assertEquals(new SourceRemoval("c.txt", 1, 0), r);
            assertEquals(Set.of(), search(store, "(dcterms:title 'beta')"));
            assertEquals(Set.of(), search(store, "(skos:prefLabel 'model')"));
            assertEquals(0, store.tripleCount(), "no papers, no entities");
            assertTrue(store.textIndexIsConsistent());
        }
    }

    /** A bulk load straight into TDB2 (as tdb2.tdbloader does) bypasses jena-text; the next opening indexes it. */
    @Test
    void aBulkLoadThatBypassedTheIndexIsIndexedAtTheNextOpening(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.loadBatch(List.of(paper("a", "Alpha paper", "Text one.", "m1", "Model One")));
        }
        Path trig = dir.resolve("bulk.trig");
        Files.writeString(trig, """
                <https://w3id.org/paperkg/graph/paper/bulk> {
                  <https://w3id.org/paperkg/paper/bulk> <http://purl.org/dc/terms/title> "Bulk loaded quasar survey" .
                }
                """);
        Dataset tdb = TDB2Factory.connectDataset(folder.toString());
        DataLoader loader = LoaderFactory.parallelLoader(tdb.asDatasetGraph(), org.apache.jena.tdb2.loader.base.LoaderOps.outputToLog());
        loader.startBulk();
        loader.load(trig.toString());
        loader.finishBulk();
        TDBInternal.expel(tdb.asDatasetGraph());

        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertFalse(store.textIndexWasConsistent(), store.textIndexAtOpening());
            assertEquals(Set.of(PAPER + "bulk"), search(store, "(dcterms:title 'quasar')"));
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'alpha')"));
            assertTrue(store.textIndexIsConsistent());
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertTrue(store.textIndexWasConsistent(), "the repair was committed: " + store.textIndexAtOpening());
        }
    }

    /** Triples deleted behind jena-text's back (another tool, a crash between commits) leave stale entries: repaired. */
    @Test
    void entriesOfTriplesDeletedBehindTheIndexAreRemovedAtTheNextOpening(@TempDir Path dir) {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.loadBatch(List.of(paper("a", "Alpha paper", "Text one.", "m1", "Model One"),
                    paper("b", "Beta paper", "Text two.", "m2", "Model Two")));
        }
        Dataset tdb = TDB2Factory.connectDataset(folder.toString());
        Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().deleteAny(NodeFactory.createURI(GRAPH + "a"), Node.ANY, Node.ANY, Node.ANY));
        TDBInternal.expel(tdb.asDatasetGraph());

        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertFalse(store.textIndexWasConsistent());
            assertEquals(Set.of(), search(store, "(dcterms:title 'alpha')"));
            assertEquals(Set.of(PAPER + "b"), search(store, "(dcterms:title 'beta')"));
            assertTrue(store.textIndexIsConsistent());
        }
    }

    @Test
    void compactionShrinksTheStoreAndTheIndexKeepsFollowingUpdates(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            for (int version = 0; version < 30; version++) {
                store.loadBatch(List.of(paper("a", "Alpha version " + version, "Abstract " + version, "m" + version, "Model " + version),
                        paper("b", "Beta paper", "Text two.", "m", "Model")));
            }
            long triples = store.tripleCount();
            long before = store.databaseBytes();
            String check = store.compact();
            assertTrue(check.contains("in step"), check);
            assertTrue(store.databaseBytes() < before, "compaction reclaims the space of 29 replaced versions: "
                    + before + " -> " + store.databaseBytes());
            assertEquals(triples, store.tripleCount());
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'version')"));

            // after compaction the text index must still follow changes (its commit hook is reattached)
            store.loadBatch(List.of(paper("a", "Gamma paper", "Abstract new", "g", "Gamma Model")));
            assertEquals(Set.of(), search(store, "(dcterms:title 'version')"));
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'gamma')"));
            assertTrue(store.textIndexIsConsistent());
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            assertTrue(store.textIndexWasConsistent(), store.textIndexAtOpening());
            assertEquals(Set.of(PAPER + "a"), search(store, "(dcterms:title 'gamma')"));
            try (var dirs = Files.list(folder)) {
                assertEquals(1, dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                        "the old database copy was deleted");
            }
        }
    }

    @Test
    void aSecondOpeningOfAnOpenStoreIsRefused(@TempDir Path dir) {
        Path folder = dir.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.loadBatch(List.of(paper("a", "Alpha", "Text.", "m", "M")));
            org.junit.jupiter.api.Assertions.assertThrows(StoreLockedException.class, () -> KnowledgeStore.open(folder));
            assertEquals(1, store.paperCount(), "the refused opening left the open store working");
        }
    }

    /** Subjects found by {@code ?s text:query ARGS}. */
    static Set<String> search(KnowledgeStore store, String args) {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                SELECT DISTINCT ?s WHERE { ?s text:query %s }""".formatted(args);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> found = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
            }
            return found;
        });
    }

    /** A paper graph with a title, an abstract, sources, and one model it introduces. */
    static PaperGraph paper(String key, String title, String abstractText, String modelKey, String modelLabel, String... sources) {
        Model m = ModelFactory.createDefaultModel();
        Resource paper = m.createResource(PAPER + key).addProperty(RDF.type, PKG.Paper)
                .addProperty(DCTerms.title, title).addProperty(PKG.abstractText, abstractText);
        Resource graph = m.createResource(GRAPH + key).addProperty(RDF.type, PKG.PaperGraph);
        for (String s : sources) {
            paper.addProperty(PKG.sourceFile, s);
            graph.addProperty(PKG.sourceFile, s);
        }
        Resource model = m.createResource("https://w3id.org/paperkg/model/" + modelKey)
                .addProperty(RDF.type, PKG.Model).addProperty(SKOS.altLabel, modelLabel)
                .addProperty(PKG.normalizedKey, modelKey);
        paper.addProperty(PKG.introduces, model).addProperty(PKG.mentions, model);
        return new PaperGraph(GRAPH + key, m);
    }
}
