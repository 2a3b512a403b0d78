package org.paperkg.cli;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.InputFile;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.PaperReader;
import org.paperkg.nlp.Sentence;
import org.paperkg.nlp.TextAnalyzer;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg bench [INPUT]}: one run that measures the extractor alone, the floor of anything
 * that tokenises (OpenNLP sentences and tokens alone), the floor of this extractor (its analysis with
 * part-of-speech tags, no rules), the whole build, the floor for storing (Jena's
 * own TDB2 loader on the same quads as N-Quads), peak heap, and the median time of every library
 * query on the built graph. It prints figures; it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark extraction, build, storing floor and queries on one input (default: the seed corpus).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files (default: the bundled seed corpus).")
    List<Path> inputs;

    /** The build's own default batch size, so the benchmark measures what users run. */
    private static final int BATCH = Integer.parseInt(BuildCommand.DEFAULT_BATCH);

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the stores (default: a temporary folder).")
    Path work;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "7", description = "Timed runs per query for the median, after one untimed pass over the library (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--queries-on", paramLabel = "DIR",
            description = "Only time the library queries on this existing store (no input is read).")
    Path queriesOn;

    @Override
    public Integer call() throws Exception {
        if (queriesOn != null) {
            if (!java.nio.file.Files.isDirectory(queriesOn)) {
                throw new UserErrors.CliException(queriesOn + ": no such store folder");
            }
            timeQueries(queriesOn);
            return 0;
        }
        List<Path> in = InputOptions.orSample(inputs);
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("paperkg-bench");
        // A store left by an earlier run would make the build skip every unchanged paper and the loaders
        // load into full databases: the figures would be nonsense, so the bench starts from nothing.
        for (String made : SCRATCH) {
            deleteTree(dir.resolve(made));
        }
        System.out.printf("bench: input %s, %d threads, %d cores%n", in, threads, Runtime.getRuntime().availableProcessors());

        // 1. The tokenising floor and the extractor alone, over the same papers.
        Extractor extractor = Extractor.standard();
        TextAnalyzer analyzer = TextAnalyzer.get();
        List<Path> files = Corpus.expand(in);
        warmUp(extractor, files);
        LongAdder tokenTotal = new LongAdder();
        Timing floor = timeParallel(files, p -> tokenTotal.add(analyzer.tokenCount(p.title() + "\n\n" + p.abstractText())));
        long tokens = tokenTotal.sum();
        // The part of extraction no rule can skip: the extractor's own analysis (sentences, tokens, the
        // part-of-speech tags of every sentence), which the stack prescribes. It bounds the build
        // from below on these cores however fast the rules and the store become.
        Timing tagging = timeParallel(files, p -> analyzer.analyzeDocument(p.title(), p.abstractText()).sentences()
                .forEach(Sentence::tags));
        Timing extract = timeParallel(files, extractor::extract);
        System.out.printf("tokenizer floor : %d abstracts in %.1f s = %.0f abstracts/s, %.0f tokens/s (sentences + tokens only)%n",
                floor.papers, floor.seconds, floor.rate(), tokens / floor.seconds);
        System.out.printf("tagging floor   : %d abstracts in %.1f s = %.0f abstracts/s (the extractor's sentences, tokens and"
                + " part-of-speech tags, no rules)%n", tagging.papers, tagging.seconds, tagging.rate());
        System.out.printf("extractor alone : %d abstracts in %.1f s = %.0f abstracts/s, %.0f tokens/s%n",
                extract.papers, extract.seconds, extract.rate(), tokens / extract.seconds);

        // 2. The whole build.
        resetPeaks();
        Path store = dir.resolve("kg");
        long t0 = System.nanoTime();
        BuildCommand.BuildSummary build = BuildCommand.build(in, store, dir.resolve("rejects.jsonl"), new InputOptions(),
                Iris.standard(), BATCH, InputProblems.quiet());
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = peakHeapBytes();
        System.out.printf("whole build     : %d papers in %.1f s = %.0f abstracts/s, %d triples = %.0f triples/s%n",
                build.papers(), buildSeconds, build.papers() / buildSeconds, build.triples(), build.triples() / buildSeconds);
        System.out.printf("peak heap       : %.0f MiB (max heap %.0f MiB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);

        // 3. The storing floor: Jena's own TDB2 loader on the same quads.
        Path nquads = dir.resolve("kg.nq");
        long quads;
        try (KnowledgeStore kg = KnowledgeStore.open(store); OutputStream out = Files.newOutputStream(nquads)) {
            quads = Txn.calculateRead(kg.dataset(), () -> {
                RDFDataMgr.write(out, kg.dataset().asDatasetGraph(), Lang.NQUADS);
                return kg.dataset().asDatasetGraph().stream().count();
            });
        }
        // tdb2.tdbloader's default (phased) loader is the floor the ratios use; the parallel loader, faster
        // when it has the machine to itself, is printed too
        double phased = timeLoader(dir.resolve("kg-loader-phased"), nquads, false);
        double parallel = timeLoader(dir.resolve("kg-loader-parallel"), nquads, true);
        System.out.printf("TDB2 loader     : %d quads in %.1f s = %.0f quads/s (tdb2.tdbloader's default, the phased loader,"
                + " N-Quads); parallel loader %.1f s = %.0f quads/s%n", quads, phased, quads / phased, parallel, quads / parallel);
        System.out.printf("store step      : %.1f s in the build's write transactions (batches of %d papers, entities graph"
                + " and text index included)%n", build.storeSeconds(), BATCH);
        System.out.printf("ratios          : extractor / tokenizer floor = %.2f (time); store step / loader = %.2f (time);"
                + " whole build / loader = %.2f (time); tagging floor / loader = %.2f (time)%n",
                extract.seconds / floor.seconds, build.storeSeconds() / phased, buildSeconds / phased, tagging.seconds / phased);

        // 4. Every library query on the built graph.
        timeQueries(store);
        return 0;
    }

    /** What the bench writes into its folder, and removes first: nothing else there is touched. */
    private static final List<String> SCRATCH = List.of("kg", "kg.nq", "rejects.jsonl", "kg-loader-phased",
            "kg-loader-parallel");

    private static void deleteTree(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Seconds Jena's TDB2 loader takes to load the N-Quads file into a fresh database (compaction not included). */
    private static double timeLoader(Path location, Path nquads, boolean parallel) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            long t0 = System.nanoTime();
            DataLoader loader = parallel ? LoaderFactory.parallelLoader(dsg, (fmt, args) -> { })
                    : LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    /** The median time of every library query on the store, over {@code --query-runs} runs after one warm-up pass. */
    private void timeQueries(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            QueryRunner runner = QueryRunner.local(kg.dataset());
            List<NamedQuery> library = QueryLibrary.bundled().all();
            // One untimed pass over the whole library first, as a server that has been up a while would
            // have done: the JIT compiles the query engine's paths, and TDB2's caches hold the hot nodes,
            // so the medians measure the queries rather than whichever query happened to run first.
            for (NamedQuery q : library) {
                countRows(runner, QueryRunner.prepare(q, java.util.Map.of()));
            }
            for (NamedQuery q : library) {
                Query query = QueryRunner.prepare(q, java.util.Map.of());
                double[] ms = new double[queryRuns];
                int rows = 0;
                for (int i = 0; i < queryRuns; i++) {
                    long s = System.nanoTime();
                    rows = countRows(runner, query);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("query %-28s median %7.1f ms  (%d rows)%n", q.name(), ms[ms.length / 2], rows);
            }
        }
    }

    private static int countRows(QueryRunner runner, Query query) {
        if (query.isSelectType()) {
            return runner.select(query).size();
        }
        if (query.isAskType()) {
            return runner.ask(query) ? 1 : 0;
        }
        return (int) runner.graph(query).size();
    }

    /** Streams the papers of the files through {@code work} on a thread pool, in chunks; returns the time. */
    private Timing timeParallel(List<Path> files, java.util.function.Consumer<Paper> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long papers = 0;
        long t0 = System.nanoTime();
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Path file : files) {
                InputFile f = InputFile.of(file);
                try (Stream<Paper> s = PaperReader.forFormat(InputFormat.detect(f)).read(f, InputProblems.quiet())) {
                    List<Paper> chunk = new ArrayList<>();
                    for (Paper p : (Iterable<Paper>) s::iterator) {
                        chunk.add(p);
                        papers++;
                        if (chunk.size() == 64) {
                            List<Paper> c = chunk;
                            pending.add(pool.submit(() -> c.forEach(work)));
                            chunk = new ArrayList<>();
                            // Bounded: at most a few chunks per thread in flight, so memory stays flat.
                            while (pending.size() > threads * 4) {
                                pending.remove(0).get();
                            }
                        }
                    }
                    List<Paper> c = chunk;
                    pending.add(pool.submit(() -> c.forEach(work)));
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Timing(papers, (System.nanoTime() - t0) / 1e9);
    }

    private void warmUp(Extractor extractor, List<Path> files) throws Exception {
        InputFile f = InputFile.of(files.get(0));
        try (Stream<Paper> s = PaperReader.forFormat(InputFormat.detect(f)).read(f, InputProblems.quiet())) {
            s.limit(200).forEach(extractor::extract);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private record Timing(long papers, double seconds) {
        double rate() {
            return papers / seconds;
        }
    }
}
