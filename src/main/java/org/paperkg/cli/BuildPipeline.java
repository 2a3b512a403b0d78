package org.paperkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.TitleKey;
import org.paperkg.rdf.Entailment;
import org.paperkg.rdf.GraphValidator;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.rdf.RejectsFile;
import org.paperkg.store.PaperGraph;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoredPaper;

/**
 * The build as a stream: a reader thread reads the inputs ({@link Corpus#stream}) and decides per paper
 * whether it needs building ({@link BuildPlan}); chunks of papers go to a pool of extraction threads
 * (extract, map to RDF, add the ontology's consequences, validate); the calling thread takes the chunks
 * back in input order and stores them in batches, one transaction each, while the pool already works on
 * the next ones. Memory holds the in-flight chunks and one batch, whatever the size of the corpus.
 */
final class BuildPipeline {
    /** Papers handed to an extraction thread at a time: large enough to amortise the hand-over. */
    private static final int CHUNK = 32;

    private final PaperStore store;
    private final RejectsFile rejects;
    private final Iris iris;
    private final int batchSize;
    private final int threads;
    private final BuildProgress progress;
    private final Function<Paper, PaperFacts> extraction;
    final LongAdder entities = new LongAdder();
    final LongAdder quantities = new LongAdder();
    final LongAdder relations = new LongAdder();
    /** Time spent in the store's write transactions: the store step the benchmark compares with the loader. */
    long storeNanos;

    BuildPipeline(PaperStore store, RejectsFile rejects, Iris iris, int batchSize, int threads, BuildProgress progress) {
        this(store, rejects, iris, batchSize, threads, progress, Extractor.standard()::extract);
    }

    /** As above, with the extraction step given: tests hand in one that fails on a chosen paper. */
    BuildPipeline(PaperStore store, RejectsFile rejects, Iris iris, int batchSize, int threads, BuildProgress progress,
                  Function<Paper, PaperFacts> extraction) {
        this.extraction = extraction;
        this.store = store;
        this.rejects = rejects;
        this.iris = iris;
        this.batchSize = batchSize;
        this.threads = threads;
        this.progress = progress;
    }

    /** Reads, extracts and stores; returns what the plan decided for each paper read. */
    BuildPlan run(List<Path> inputs, InputFormat forced, InputProblems problems) throws Exception {
        BuildPlan plan = new BuildPlan(store.storedPapers(), iris);
        GuardedExtraction extractor = new GuardedExtraction(extraction, problems);
        PaperGraphMapper mapper = new PaperGraphMapper(iris, Instant.now());
        Entailment entailment = Entailment.ofOntology();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("paperkg-extract"));
        // Bounded: the reader waits when the store falls behind, so memory stays flat.
        BlockingQueue<Future<List<GraphValidator.Checked>>> chunks = new ArrayBlockingQueue<>(threads * 4);
        Thread reader = new Thread(() -> read(inputs, forced, problems, plan, chunks, pool,
                paper -> {
                    PaperFacts facts = extractor.extract(paper);
                    if (facts == null) {
                        plan.failed(paper); // reported; the store keeps what it had of the paper
                        progress.step(1);
                        return null;
                    }
                    return prepare(facts, mapper, entailment);
                }), "paperkg-read");
        reader.setDaemon(true);
        reader.start();
        try {
            List<GraphValidator.Checked> batch = new ArrayList<>(batchSize);
            while (true) {
                Future<List<GraphValidator.Checked>> next = chunks.take();
                if (next == END) break;
                List<GraphValidator.Checked> chunk = result(next);
                for (GraphValidator.Checked c : chunk) {
                    batch.add(c);
                    if (batch.size() == batchSize) {
                        store(batch); // exactly --batch papers per transaction, whatever the chunk size
                    }
                }
                // counted when prepared: the store lags by at most one batch, and small corpora still move
                progress.step(chunk.size());
            }
            if (!batch.isEmpty()) store(batch);
            return plan;
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    /**
     * Stores the batch in one transaction, then writes its rejects: a build killed before the commit
     * redoes these papers, and their rejects are then written once, not twice.
     */
    private void store(List<GraphValidator.Checked> batch) throws java.io.IOException {
        long t0 = System.nanoTime();
        store.loadBatch(batch.stream().map(GraphValidator.Checked::graph).toList());
        storeNanos += System.nanoTime() - t0;
        for (GraphValidator.Checked c : batch) {
            rejects.write(c.rejects());
        }
        batch.clear();
    }

    /** The reader thread: papers to build go to the pool in chunks; the end (or a failure) is queued last. */
    private void read(List<Path> inputs, InputFormat forced, InputProblems problems, BuildPlan plan,
                      BlockingQueue<Future<List<GraphValidator.Checked>>> chunks, ExecutorService pool,
                      Function<Paper, GraphValidator.Checked> work) {
        try {
            List<Paper> chunk = new ArrayList<>(CHUNK);
            Corpus.stream(inputs, forced, problems, progress::total, paper -> {
                Paper todo = plan.decide(paper);
                if (todo == null) {
                    progress.step(1);
                    return;
                }
                chunk.add(todo);
                if (chunk.size() == CHUNK) {
                    submit(List.copyOf(chunk), chunks, pool, work);
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) submit(List.copyOf(chunk), chunks, pool, work);
            put(chunks, END);
        } catch (StoppedException stopped) {
            // the storing thread failed and stopped reading; it reports its own error
        } catch (Throwable t) {
            // bad input under --strict, an unreadable file...: the storing thread rethrows it in order
            try {
                put(chunks, CompletableFuture.failedFuture(t));
            } catch (StoppedException stopped) {
                // nobody is listening any more
            }
        }
    }

    private static void submit(List<Paper> papers, BlockingQueue<Future<List<GraphValidator.Checked>>> chunks,
                               ExecutorService pool, Function<Paper, GraphValidator.Checked> work) {
        put(chunks, pool.submit(() -> papers.stream().map(work).filter(java.util.Objects::nonNull).toList()));
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            // the storing thread gave up (it failed); stop reading
            Thread.currentThread().interrupt();
            throw new StoppedException();
        }
    }

    /** The reader was told to stop: the build failed elsewhere. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("build stopped", null, false, false);
        }
    }

    /** One paper from text to a graph that conforms to the shapes: extract, map, entail, validate. */
    private GraphValidator.Checked prepare(PaperFacts f, PaperGraphMapper mapper, Entailment entailment) {
        entities.add(f.entities().size());
        quantities.add(f.quantities().size());
        relations.add(f.relations().size());
        PaperGraph graph = mapper.map(f);
        entailment.materialise(graph.model());
        return GraphValidator.checkPaperGraph(graph);
    }

    /** The chunk's graphs; a failure in the reader or a worker is rethrown as it was thrown. */
    private static List<GraphValidator.Checked> result(Future<List<GraphValidator.Checked>> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    private static final Future<List<GraphValidator.Checked>> END = CompletableFuture.completedFuture(List.of());

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Which papers to (re)build: new ones, and those whose text, sources or extractor changed. */
    static final class BuildPlan {
        private final Map<String, StoredPaper> stored;
        private final Iris iris;
        int read;
        int added;
        int replaced;
        int unchanged;

        BuildPlan(Map<String, StoredPaper> stored, Iris iris) {
            this.stored = stored;
            this.iris = iris;
        }

        /** A paper to build that the extractor failed on: neither added nor replaced. */
        synchronized void failed(Paper p) {
            if (stored.containsKey(iris.paperGraph(TitleKey.hash(p.title())))) {
                replaced--;
            } else {
                added--;
            }
        }

        /** The paper to build (with the sources of its stored copy added), or null when it is unchanged. */
        synchronized Paper decide(Paper p) {
            read++;
            StoredPaper before = stored.get(iris.paperGraph(TitleKey.hash(p.title())));
            if (before == null) {
                added++;
                return p;
            }
            // a paper read again from another file came from both
            Set<String> sources = new LinkedHashSet<>(p.sources());
            before.sources().stream().sorted().forEach(sources::add);
            boolean same = before.contentHash().equals(PaperGraphMapper.contentHash(p))
                    && before.sources().equals(sources)
                    && Extractor.VERSION.equals(before.extractorVersion());
            if (same) {
                unchanged++;
                return null;
            }
            replaced++;
            return new Paper(p.id(), p.title(), p.abstractText(), p.organization(), p.authorCount(), p.authors(),
                    p.date(), p.upvotes(), p.url(), p.arxivId(), List.copyOf(sources));
        }
    }
}
