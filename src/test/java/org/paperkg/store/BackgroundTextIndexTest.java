package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.text.Entity;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The text index writes documents on a thread of its own; a commit must still publish exactly the
 * writes of its transaction, in order, and a write that fails must not be lost.
 */
class BackgroundTextIndexTest {

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private BackgroundTextIndex index;

    @BeforeEach
    void open() {
        index = new BackgroundTextIndex(dir, TextSearch.config());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aCommitPublishesEveryWriteQueuedBeforeIt() throws IOException {
        for (int i = 0; i < 2000; i++) {
            index.addEntity(title("https://example.org/paper/" + i, "Sparse routers number " + i));
        }
        index.prepareCommit();
        index.commit();
        assertEquals(2000, hits("title", "routers"), "no queued write may miss the commit");
    }

    @Test
    void aDeleteAndAnAddOfTheSameDocumentRunInTheOrderTheyWereMade() throws IOException {
        Entity doc = title("https://example.org/paper/a", "Mixture of experts");
        index.addEntity(doc);
        index.prepareCommit();
        index.commit();
        // what replacing a paper graph with the same title does: delete the old triple, add the new
        index.deleteEntity(doc);
        index.addEntity(title("https://example.org/paper/a", "Mixture of experts"));
        index.prepareCommit();
        index.commit();
        assertEquals(1, hits("title", "experts"), "the add came after the delete");
    }

    @Test
    void aWriteThatFailsMakesTheCommitFailAndTheRollbackDropsTheTransaction() throws IOException {
        index.addEntity(title("https://example.org/paper/a", "Routing tokens to experts"));
        Entity broken = new Entity("https://example.org/paper/b", null);
        broken.put(TextSearch.FIELD_TITLE, null);   // Lucene refuses a field without a value
        index.addEntity(broken);
        assertThrows(RuntimeException.class, index::prepareCommit,
                "the failure on the writer thread surfaces where jena-text aborts the transaction");
        index.rollback();
        assertEquals(0, hits("title", "experts"), "nothing of the failed transaction was committed");

        index.addEntity(title("https://example.org/paper/c", "Dense experts"));
        index.prepareCommit();
        index.commit();
        assertEquals(1, hits("title", "experts"), "the index works again after the rollback");
    }

    @Test
    void aFailedBatchLeavesNoTextBehind() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.loadBatch(List.of(TextIndexTest.paper("old", "Sparse gating", "About routers.", "m0", "Router Zero")));
            List<PaperGraph> batch = List.of(
                    TextIndexTest.paper("a", "Dense retrieval at scale", "About retrieval.", "m1", "Retriever One"),
                    new PaperGraph("https://w3id.org/paperkg/graph/paper/b", null));   // makes loadBatch throw
            assertThrows(IllegalArgumentException.class, () -> store.loadBatch(batch));

            assertEquals(Set.of(), TextIndexTest.search(store, "(dcterms:title 'retrieval')"));
            assertEquals(Set.of("https://w3id.org/paperkg/paper/old"), TextIndexTest.search(store, "(dcterms:title 'gating')"));
            assertTrue(store.textIndexIsConsistent());
        }
    }

    private static Entity title(String subject, String text) {
        Entity e = new Entity(subject, "https://w3id.org/paperkg/graph/paper/x");
        e.put(TextSearch.FIELD_TITLE, text);
        return e;
    }

    private int hits( String field, String word) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(field, word)));
        }
    }
}
