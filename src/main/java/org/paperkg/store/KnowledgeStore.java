package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.rdf.PKG;

/**
 * The knowledge graph on disk (TDB2) or in memory: one named graph per paper plus the derived
 * {@linkplain #ENTITIES_GRAPH entities graph}.
 *
 * <p>Every change is one write transaction that also recomputes the entities graph, so readers never
 * see paper graphs and entity labels out of step, and a failure leaves the store as it was. SPARQL run
 * against {@link #dataset()} sees the union of all named graphs as its default graph, so queries need
 * no {@code GRAPH} clause.
 */
public final class KnowledgeStore implements AutoCloseable {

    /** Preferred labels, mention counts and keys of all entities, derived from the paper graphs. */
    public static final String ENTITIES_GRAPH = EntitiesGraph.IRI;

    private final Dataset dataset;
    private final boolean onDisk;

    private KnowledgeStore(Dataset dataset, boolean onDisk) {
        this.dataset = dataset;
        this.onDisk = onDisk;
        // Queries (local or through Fuseki) read the union of the named graphs as the default graph;
        // the stored default graph stays empty. The in-memory store is TDB2 too, so both behave alike.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the TDB2 database in {@code dir}, creating the folder and an empty database if needed.
     *
     * @throws StoreLockedException if another process has the database open
     */
    public static KnowledgeStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + dir, e);
        }
        try {
            return new KnowledgeStore(TDB2Factory.connectDataset(dir.toString()), true);
        } catch (DBOpEnvException e) {
            // TDB2 allows one process per database (AlreadyLocked, or a plain DBOpEnvException about
            // the lock file); the other process is usually a running server
            if (!(e instanceof AlreadyLocked) && !String.valueOf(e.getMessage()).contains("lock")) throw e;
            throw new StoreLockedException("the store " + dir + " is in use by another process"
                    + " (a running 'paperkg serve'? query that with --endpoint): " + e.getMessage(), e);
        }
    }

    /** An empty store that lives only as long as the JVM (tests, dry runs). */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(TDB2Factory.createDataset(), false);
    }

    /** The transactional dataset; wrap reads in {@code Txn.executeRead} (query executions do it themselves). */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Stores the graphs in one transaction: each replaces the named graph of the same IRI (so loading a
     * paper again never duplicates triples), then the entities graph is recomputed. If any graph is
     * invalid or anything fails, nothing of the batch is stored.
     */
    public void loadBatch(List<PaperGraph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (PaperGraph paper : graphs) {
                Model model = modelOf(paper);
                replaceGraph(dsg, paperGraphNode(paper.graphIri()), model);
            }
            EntitiesGraph.recompute(dsg);
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

    /** Triples in all named graphs, the entities graph included. */
    public long tripleCount() {
        return countOf("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    /** Number of paper graphs (the derived entities graph is not counted). */
    public long graphCount() {
        return graphIris().size();
    }

    /** IRIs of the paper graphs, sorted; the derived entities graph is not listed. */
    public Set<String> graphIris() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> iris = new TreeSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(EntitiesGraph.NODE)) iris.add(g.isURI() ? g.getURI() : g.toString());
            });
            return iris;
        });
    }

    /** Distinct {@code pkg:Paper} nodes in the store. */
    public long paperCount() {
        return countOf("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a <" + PKG.Paper.getURI() + "> } }");
    }

    /** Releases the database files (and, for TDB2 on disk, the lock that keeps other processes out). */
    @Override
    public void close() {
        if (onDisk) {
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }

    private long countOf(String countQuery) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(countQuery).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static void replaceGraph(DatasetGraph dsg, Node graph, Model model) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        model.getGraph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static Model modelOf(PaperGraph paper) {
        if (paper == null || paper.model() == null) {
            throw new IllegalArgumentException("paper graph " + (paper == null ? "null" : paper.graphIri()) + " has no model");
        }
        return paper.model();
    }

    /** A paper graph name must be an absolute IRI and must not be the derived entities graph. */
    private static Node paperGraphNode(String iri) {
        if (iri == null || !IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw new IllegalArgumentException("not an absolute graph IRI: " + iri);
        }
        if (iri.equals(ENTITIES_GRAPH)) {
            throw new IllegalArgumentException(ENTITIES_GRAPH + " is derived from the paper graphs and cannot be loaded or removed");
        }
        return NodeFactory.createURI(iri);
    }
}
