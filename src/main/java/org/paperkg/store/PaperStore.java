package org.paperkg.store;

import java.util.List;
import java.util.Map;

/**
 * Where {@code paperkg build} and {@code paperkg remove} write: the local TDB2 store
 * ({@link KnowledgeStore}) or a Fuseki server reached over HTTP ({@link RemoteStore}). Both keep one
 * named graph per paper and recompute the shared entities graph after every change.
 */
public interface PaperStore extends AutoCloseable {

    /** The papers already stored, by graph IRI: what an incremental build compares against. */
    Map<String, StoredPaper> storedPapers();

    /** Replaces (or adds) each paper's named graph, then recomputes the entities graph. */
    void loadBatch(List<PaperGraph> graphs);

    /**
     * Drops {@code sourceFile} from every paper: papers that came only from it are deleted, papers that
     * also came from other files keep their graph without that source. Then recomputes the entities graph.
     */
    SourceRemoval removeSource(String sourceFile);

    /** Triples in all named graphs, the entities graph included. */
    long tripleCount();

    /** Distinct {@code pkg:Paper} nodes. */
    long paperCount();

    /** Where the data is, for messages: a folder or a URL. */
    String location();

    @Override
    void close();
}
