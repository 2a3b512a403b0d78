package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;

/**
 * Compares the text index with the data and repairs the difference.
 *
 * <p>jena-text updates its index only for changes that pass through its dataset wrapper. Anything
 * else leaves the index wrong: a bulk load straight into TDB2 ({@code tdb2.tdbloader}, the xloader)
 * adds triples the index never sees, a process killed between the TDB2 commit and the Lucene commit
 * loses index changes, and documents of deleted triples stay searchable when the index has no uid field
 * (older indexes). So the store checks the index every time it is opened: the set of document uids
 * must equal the uids of the indexable triples, one document each. Missing documents are added, stale
 * ones deleted, duplicates reduced to one. The check reads every indexed literal once (a second per
 * few hundred thousand on a laptop), and the repair touches only the difference.
 */
final class TextIndexSync {

    private static final String NO_UID = "<no uid>#";

    private TextIndexSync() {}

    /** What a check found (and, after {@link #repair}, fixed). */
    record Report(long expected, long indexed, long missing, long stale, long duplicates) {
        boolean consistent() {
            return missing == 0 && stale == 0 && duplicates == 0;
        }

        @Override
        public String toString() {
            return consistent()
                    ? "text index: " + expected + " entries, in step with the data"
                    : String.format("text index: %d entries expected, %d indexed: %d missing, %d stale, %d duplicated",
                            expected, indexed, missing, stale, duplicates);
        }
    }

    /** Compares without changing anything; the caller holds a read (or write) transaction. */
    static Report check(DatasetGraph data, TextIndexLucene index) {
        return compare(expected(data, index.getDocDef()), indexed(index)).report();
    }

    /**
     * Brings the index in step with the data. The caller holds a write transaction on the text
     * dataset, whose commit also commits the index.
     */
    static Report repair(DatasetGraph data, TextIndexLucene index) {
        Comparison c = compare(expected(data, index.getDocDef()), indexed(index));
        if (c.report().consistent()) return c.report();
        try {
            if (c.indexed.keySet().stream().anyMatch(uid -> uid.startsWith(NO_UID))) {
                // documents without a uid cannot be deleted one by one: rebuild the whole index
                index.getIndexWriter().deleteAll();
                c.expected.values().forEach(index::addEntity);
                return c.report();
            }
            for (Map.Entry<String, Integer> e : c.indexed.entrySet()) {
                String uid = e.getKey();
                boolean wanted = c.expected.containsKey(uid);
                if (!wanted || e.getValue() > 1) {
                    index.getIndexWriter().deleteDocuments(new Term(index.getDocDef().getUidField(), uid));
                }
            }
            for (Map.Entry<String, Entity> e : c.expected.entrySet()) {
                Integer have = c.indexed.get(e.getKey());
                if (have == null || have > 1) index.addEntity(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the text index", e);
        }
        return c.report();
    }

    private record Comparison(Map<String, Entity> expected, Map<String, Integer> indexed) {
        Report report() {
            long missing = expected.keySet().stream().filter(uid -> !indexed.containsKey(uid)).count();
            long stale = indexed.keySet().stream().filter(uid -> !expected.containsKey(uid)).count();
            long duplicates = indexed.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
            long total = indexed.values().stream().mapToLong(Integer::longValue).sum();
            return new Report(expected.size(), total, missing, stale, duplicates);
        }
    }

    private static Comparison compare(Map<String, Entity> expected, Map<String, Integer> indexed) {
        return new Comparison(expected, indexed);
    }

    /** uid → entity for every indexable quad, computed exactly as jena-text computes it. */
    private static Map<String, Entity> expected(DatasetGraph data, EntityDefinition def) {
        Map<String, Entity> byUid = new HashMap<>();
        for (Node predicate : TextSearch.indexedPredicates()) {
            Iterator<Quad> quads = data.find(Node.ANY, Node.ANY, predicate, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!q.getObject().isLiteral()) continue;
                Entity entity = TextQueryFuncs.entityFromQuad(def, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                if (entity == null) continue;
                String field = def.getField(predicate);
                byUid.put(entity.getChecksum(field, q.getObject().getLiteralLexicalForm()), entity);
            }
        }
        return byUid;
    }

    /** uid → number of live documents with it, including changes not yet committed. */
    private static Map<String, Integer> indexed(TextIndexLucene index) {
        String uidField = index.getDocDef().getUidField();
        Map<String, Integer> counts = new HashMap<>();
        try (IndexReader reader = DirectoryReader.open(index.getIndexWriter())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    String uid = stored.document(doc, java.util.Set.of(uidField)).get(uidField);
                    counts.merge(uid == null ? NO_UID + (leaf.docBase + doc) : uid, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
        return counts;
    }
}
