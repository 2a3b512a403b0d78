package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;
import org.paperkg.rdf.GraphCensus;
import org.paperkg.rdf.PKG;

/**
 * The knowledge graph on disk (TDB2 plus a Lucene text index) or in memory: one named graph per paper
 * plus the derived {@linkplain #ENTITIES_GRAPH entities graph}.
 *
 * <p>Every change is one write transaction that also recomputes the entities graph and updates the text
 * index, so readers never see paper graphs, entity labels and search results out of step, and a failure
 * leaves the store as it was. SPARQL run against {@link #dataset()} sees the union of all named graphs
 * as its default graph, so queries need no {@code GRAPH} clause, and can search text with
 * {@code text:query} (see {@link TextSearch}).
 *
 * <p>Layout of a store folder: the TDB2 database ({@code Data-0001/}, ...) and the text index in
 * {@code text/}. The same folder can be served by a stock Fuseki server with {@code config/fuseki-kg.ttl}.
 */
public final class KnowledgeStore implements PaperStore {

    /** Preferred labels, mention counts and keys of all entities, derived from the paper graphs. */
    public static final String ENTITIES_GRAPH = EntitiesGraph.IRI;

    private final Path folder;
    /** The TDB2 dataset itself: queries and compaction. */
    private final Dataset base;
    private final TextIndexLucene textIndex;
    /** The text dataset wrapping {@link #base}: every change goes through it so that the index follows. */
    private final Dataset dataset;
    private final TextIndexSync.Report openingCheck;

    private KnowledgeStore(Path folder, Dataset base, TextIndexLucene textIndex) {
        this.folder = folder;
        this.base = base;
        this.textIndex = textIndex;
        // Queries (local or through Fuseki) read the union of the named graphs as the default graph;
        // the stored default graph stays empty. The in-memory store is TDB2 too, so both behave alike.
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.dataset = wrap(base, textIndex);
        this.openingCheck = Txn.calculateWrite(dataset, () -> TextIndexSync.repair(base.asDatasetGraph(), textIndex));
    }

    /**
     * Opens the TDB2 database in {@code dir}, creating the folder and an empty database if needed, and
     * brings its text index in step with the data (see {@link #textIndexAtOpening()}).
     *
     * @throws StoreLockedException if another process (or another open store in this JVM) has it open
     */
    public static KnowledgeStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + dir, e);
        }
        Path key = canonical(dir);
        if (!OPEN_IN_THIS_JVM.add(key)) {
            // TDB2 would hand out the same database again; the text index cannot be opened twice
            throw new StoreLockedException("the store " + dir + " is already open in this process", null);
        }
        try {
            boolean creating = StoreCreation.begin(dir);
            KnowledgeStore store = openUnlocked(dir);
            if (creating) StoreCreation.finished(dir);
            return store;
        } catch (RuntimeException e) {
            OPEN_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    /** Store folders open in this JVM. */
    private static final Set<Path> OPEN_IN_THIS_JVM = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Path canonical(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static final Pattern LOCK_FAILURE = Pattern.compile("(?i)\\block\\b|tdb\\.lock");

    private static KnowledgeStore openUnlocked(Path dir) {
        Dataset base;
        try {
            base = TDB2Factory.connectDataset(dir.toString());
        } catch (DBOpEnvException e) {
            // TDB2 allows one process per database (AlreadyLocked, or a plain DBOpEnvException "Failed to
            // get a lock: file='.../tdb.lock'"); the other process is usually a running server. Other
            // failures (a damaged "block manager", say) are no lock, whatever words they share with one.
            if (e instanceof AlreadyLocked || LOCK_FAILURE.matcher(String.valueOf(e.getMessage())).find()) throw locked(dir, e);
            throw new StoreDamagedException("the store " + dir + " cannot be opened, its database is damaged (" + e.getMessage()
                    + "); restore the folder from a backup, or remove it and build again", e);
        }
        TextIndexLucene index;
        try {
            index = TextSearch.openOnDisk(dir);
        } catch (RuntimeException e) {
            TDBInternal.expel(base.asDatasetGraph());
            if (hasCause(e, LockObtainFailedException.class)) throw locked(dir, e);
            throw e;
        }
        try {
            return new KnowledgeStore(dir, base, index);
        } catch (RuntimeException e) {
            index.close();
            TDBInternal.expel(base.asDatasetGraph());
            throw e;
        }
    }

    /** An empty store that lives only as long as the JVM (tests, dry runs). */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(null, TDB2Factory.createDataset(), TextSearch.inMemory());
    }

    private static Dataset wrap(Dataset base, TextIndexLucene index) {
        return TextDatasetFactory.create(base, index, false);
    }

    private static StoreLockedException locked(Path dir, Exception e) {
        return new StoreLockedException("the store " + dir + " is in use by another process"
                + " (a running 'paperkg serve' or Fuseki server? query that with --endpoint): " + e.getMessage(), e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return true;
        }
        return false;
    }

    /**
     * The transactional dataset, with the text index; wrap reads in {@code Txn.executeRead} (query
     * executions do it themselves). All changes must go through this dataset, never through TDB2
     * directly, or the text index misses them (until the next opening repairs it).
     */
    public Dataset dataset() {
        return dataset;
    }

    /** The store folder, or null for an in-memory store. */
    public Path folder() {
        return folder;
    }

    @Override
    public String location() {
        return folder == null ? "(memory)" : folder.toString();
    }

    /**
     * Stores the graphs in one transaction: each replaces the named graph of the same IRI (so loading a
     * paper again never duplicates triples), then the entities graph is updated for the entities those
     * graphs name. If any graph is
     * invalid or anything fails, nothing of the batch is stored.
     */
    @Override
    public void loadBatch(List<PaperGraph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            // the entities of the graphs replaced and of their replacements: only they can change
            Set<Node> touched = new HashSet<>();
            for (PaperGraph paper : graphs) {
                Model model = modelOf(paper);
                Node graph = paperGraphNode(paper.graphIri());
                touched.addAll(EntitiesGraph.typedIn(dsg.getGraph(graph)));
                touched.addAll(EntitiesGraph.typedIn(model.getGraph()));
                replaceGraph(dsg, base.asDatasetGraph(), graph, model);
            }
            EntitiesGraph.update(dsg, touched);
        });
    }

    /** Removes the named graphs (unknown IRIs are ignored) and recomputes the entities graph, in one transaction. */
    public void removeGraphs(Collection<String> graphIris) {
        Objects.requireNonNull(graphIris, "graphIris");
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String iri : graphIris) {
                dsg.deleteAny(paperGraphNode(iri), Node.ANY, Node.ANY, Node.ANY);
            }
            EntitiesGraph.recompute(dsg);
        });
    }

    @Override
    public Map<String, StoredPaper> storedPapers() {
        return Txn.calculateRead(dataset, () -> {
            StoreQueries.PaperStates states = new StoreQueries.PaperStates();
            EntitiesGraph.local(base.asDatasetGraph()).select(StoreQueries.PAPER_STATES, states::add);
            return states.result();
        });
    }

    @Override
    public SourceRemoval removeSource(String sourceFile) {
        Objects.requireNonNull(sourceFile, "sourceFile");
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node sourceFileProp = PKG.sourceFile.asNode();
            // the graphs naming the source, and every source each of them names
            Set<Node> graphs = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, sourceFileProp, Node.ANY).forEachRemaining(q -> {
                if (isSource(q, sourceFile) && !q.getGraph().equals(EntitiesGraph.NODE)) graphs.add(q.getGraph());
            });
            int removed = 0;
            int rewritten = 0;
            for (Node g : graphs) {
                List<Quad> sourceQuads = new ArrayList<>();
                dsg.find(g, Node.ANY, sourceFileProp, Node.ANY).forEachRemaining(sourceQuads::add);
                boolean otherSources = sourceQuads.stream().anyMatch(q -> !isSource(q, sourceFile));
                if (otherSources) {
                    sourceQuads.stream().filter(q -> isSource(q, sourceFile)).forEach(dsg::delete);
                    rewritten++;
                } else {
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    removed++;
                }
            }
            if (!graphs.isEmpty()) EntitiesGraph.recompute(dsg);
            return new SourceRemoval(sourceFile, removed, rewritten);
        });
    }

    private static boolean isSource(Quad q, String sourceFile) {
        return q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(sourceFile);
    }

    /** What the check of the text index found when the store was opened, before it repaired it. */
    public String textIndexAtOpening() {
        return openingCheck.toString();
    }

    /** Whether the text index was in step with the data when the store was opened. */
    public boolean textIndexWasConsistent() {
        return openingCheck.consistent();
    }

    /** Compares the text index with the data now; changes nothing. */
    public boolean textIndexIsConsistent() {
        return Txn.calculateRead(dataset, () -> TextIndexSync.check(base.asDatasetGraph(), textIndex)).consistent();
    }

    /** Checks the text index against the data and repairs it; returns what was found. */
    public String repairTextIndex() {
        return Txn.calculateWrite(dataset, () -> TextIndexSync.repair(base.asDatasetGraph(), textIndex)).toString();
    }

    /**
     * Compacts the TDB2 database (TDB2 only ever appends, so replaced graphs leave dead space behind):
     * writes a fresh copy of the live data, switches to it and deletes the old one, then checks the text
     * index against the data. The text index's transaction hook moves to the new copy with the rest of
     * the transaction set-up ({@code TextIndexTest} checks that later changes still reach the index).
     * Nobody else may use the store meanwhile (a server holding it keeps it locked anyway).
     *
     * @return the text index check after compaction
     */
    public String compact() {
        if (folder == null) throw new IllegalStateException("an in-memory store cannot be compacted");
        DatabaseMgr.compact(base.asDatasetGraph(), true);
        writeOptimizerStatistics();
        return repairTextIndex();
    }

    /** The file TDB2 reads, when it opens a database folder, to order the patterns of a query by their counts. */
    public static final String STATISTICS_FILE = "stats.opt";

    /**
     * Counts the triples of the union graph (what queries see) per predicate and per {@code rdf:type}
     * class, and writes the counts as {@value #STATISTICS_FILE} into the current database folder
     * ({@code Data-NNNN/}), as Jena's {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph} does. Without
     * it TDB2 orders the triple patterns of a query by their shape alone (a fixed rule set); with it,
     * the rarest pattern goes first: on the ACL Anthology graph several library queries run two to four
     * times faster (README, "Query library"). The file is a few kilobytes; TDB2 reads it when the store
     * is opened, so it takes effect from the next opening. {@code build} and {@code compact} rewrite it;
     * stale counts only make the order less good, never the answers different.
     *
     * @return the file written, or null for an in-memory store
     */
    public Path writeOptimizerStatistics() {
        if (folder == null) return null;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base.asDatasetGraph());
        StatsResults stats = Txn.calculateRead(base, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            // each distinct triple once, however many paper graphs state it (the union graph)
            SolverLibTDB.unionGraph(quads).forEachRemaining(q -> collector.record(q.get(0), q.get(1), q.get(2), q.get(3)));
            return collector.results();
        });
        Path file = Path.of(tdb.getLocation().getPath(STATISTICS_FILE));
        Stats.write(file.toString(), stats);
        return file;
    }

    /**
     * The counts of the VoID description from one scan of TDB2's quad index, in node ids: distinct
     * triples of the union graph outside {@code excludedGraph}, entities per class, the predicates and
     * classes in use. {@link GraphCensus#bySparql} gives the same figures (a test compares them) with
     * five queries, two of which read every triple; on the ACL Anthology graph they took longer than
     * this whole scan. An in-memory store is counted by SPARQL.
     */
    public GraphCensus census(String excludedGraph) {
        if (folder == null) return GraphCensus.bySparql(dataset, excludedGraph);
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base.asDatasetGraph());
        return Txn.calculateRead(base, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            NodeTable nodes = quads.getNodeTable();
            NodeId excluded = nodes.getNodeIdForNode(NodeFactory.createURI(excludedGraph));
            NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
            Set<NodeId> entityClasses = new HashSet<>();
            for (String c : GraphCensus.ENTITY_CLASSES) entityClasses.add(nodes.getNodeIdForNode(NodeFactory.createURI(c)));
            Map<NodeId, long[]> classCounts = new HashMap<>();
            Set<NodeId> predicates = new HashSet<>();
            long triples = 0;
            long entities = 0;
            NodeId lastS = null, lastP = null, lastO = null, lastEntity = null;
            boolean lastCounted = false;
            // The scan uses an index ending in G, so the copies of one triple in several graphs are adjacent
            // and subjects come grouped: a triple counts once if any of its graphs is not the excluded one.
            Iterator<Tuple<NodeId>> all = quads.find((NodeId) null, null, null, null);
            while (all.hasNext()) {
                Tuple<NodeId> q = all.next();
                NodeId s = q.get(1), p = q.get(2), o = q.get(3);
                boolean sameTriple = s.equals(lastS) && p.equals(lastP) && o.equals(lastO);
                if (!sameTriple) {
                    lastS = s;
                    lastP = p;
                    lastO = o;
                    lastCounted = false;
                }
                if (lastCounted || q.get(0).equals(excluded)) continue;
                lastCounted = true;
                triples++;
                predicates.add(p);
                if (p.equals(type)) {
                    classCounts.computeIfAbsent(o, k -> new long[1])[0]++;
                    if (entityClasses.contains(o) && !s.equals(lastEntity)) {
                        entities++;
                        lastEntity = s;
                    }
                }
            }
            SortedMap<String, Long> classEntities = new TreeMap<>();
            SortedSet<String> terms = new TreeSet<>();
            classCounts.forEach((id, n) -> {
                Node c = nodes.getNodeForNodeId(id);
                if (c.isURI()) {
                    classEntities.put(c.getURI(), n[0]);
                    terms.add(c.getURI());
                }
            });
            predicates.forEach(id -> terms.add(nodes.getNodeForNodeId(id).getURI()));
            return new GraphCensus(triples, entities, classEntities, terms);
        });
    }

    /** Bytes used by the TDB2 database folders (the text index not included). */
    public long databaseBytes() {
        if (folder == null) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.startsWith(folder.resolve(TextSearch.INDEX_FOLDER)))
                    .filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Triples in all named graphs, the entities graph included. */
    @Override
    public long tripleCount() {
        return countOf(StoreQueries.TRIPLE_COUNT.toString());
    }

    /** Number of paper graphs (the derived entities graph is not counted). */
    public long graphCount() {
        return graphIris().size();
    }

    /** IRIs of the paper graphs, sorted; the derived entities graph is not listed. */
    public Set<String> graphIris() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> iris = new TreeSet<>();
            base.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(EntitiesGraph.NODE)) iris.add(g.isURI() ? g.getURI() : g.toString());
            });
            return iris;
        });
    }

    /** Distinct {@code pkg:Paper} nodes in the store. */
    @Override
    public long paperCount() {
        return countOf(StoreQueries.PAPER_COUNT.toString());
    }

    /**
     * Releases the database files and the text index (and, on disk, the locks that keep other
     * processes out). Waits for running transactions to finish first.
     */
    @Override
    public void close() {
        if (folder != null) {
            // an exclusive moment: no write transaction is half way when the index closes
            Txn.executeWrite(dataset, () -> {});
            try {
                textIndex.close();
                TDBInternal.expel(base.asDatasetGraph());
            } finally {
                OPEN_IN_THIS_JVM.remove(canonical(folder));
            }
        } else {
            textIndex.close();
            base.close();
        }
    }

    private long countOf(String countQuery) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(base).query(countQuery).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /**
     * Replaces a named graph. Only triples of the {@linkplain TextSearch#indexedPredicates() indexed
     * predicates} go through the text dataset; the rest go to TDB2 directly, in the same transaction.
     * The text dataset looks at every quad added to decide whether to index it, which was a tenth of
     * the store step; a paper has four or five indexed triples out of thirty.
     */
    private static void replaceGraph(DatasetGraph text, DatasetGraph tdb, Node graph, Model model) {
        text.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        model.getGraph().find().forEachRemaining(t -> {
            DatasetGraph target = INDEXED.contains(t.getPredicate()) ? text : tdb;
            target.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    private static final Set<Node> INDEXED = Set.of(TextSearch.indexedPredicates());

    private static Model modelOf(PaperGraph paper) {
        if (paper == null || paper.model() == null) {
            throw new IllegalArgumentException("paper graph " + (paper == null ? "null" : paper.graphIri()) + " has no model");
        }
        return paper.model();
    }

    /** A paper graph name must be an absolute IRI and must not be the derived entities graph. */
    static Node paperGraphNode(String iri) {
        if (iri == null || !IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw new IllegalArgumentException("not an absolute graph IRI: " + iri);
        }
        if (iri.equals(ENTITIES_GRAPH)) {
            throw new IllegalArgumentException(ENTITIES_GRAPH + " is derived from the paper graphs and cannot be loaded or removed");
        }
        return NodeFactory.createURI(iri);
    }
}
