package org.paperkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.rdf.RejectsFile;
import org.paperkg.ingest.InputProblems;
import org.paperkg.rdf.DatasetDescription;
import org.paperkg.rdf.Iris;
import org.paperkg.store.Credentials;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperStore;
import org.paperkg.store.RemoteStore;
import org.paperkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg build [INPUT…]}: read, extract, map to RDF and load into the TDB2 store (or, with
 * {@code --to}, a Fuseki dataset over HTTP), one named graph per paper, in batches that each commit whole
 * or not at all.
 *
 * <p>Incremental: a paper whose graph is already stored with the same content hash, the same source
 * files and the same extractor version is skipped (not even extracted again); a paper whose text changed
 * replaces its graph; a paper read from a new file keeps its earlier sources too. So building the same
 * corpus twice changes nothing, and adding one file adds only its papers.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph into a TDB2 store (no input: the bundled seed corpus).",
                "Incremental: unchanged papers are skipped, changed ones replaced.",
                "With --to, load into a Fuseki dataset over HTTP (Graph Store Protocol and SPARQL Update) instead."})
final class BuildCommand implements Callable<Integer> {

    /**
     * Papers per write transaction. Every batch re-derives the entities it touches from all their
     * mentions, and a popular model is touched by nearly every batch, so fewer, larger batches cost
     * less; a batch's paper graphs are small (about 30 triples each), so memory stays flat.
     */
    static final String DEFAULT_BATCH = "2000";


    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files or folders (default: the bundled seed corpus).")
    List<Path> inputs;

    @Option(names = "--store", defaultValue = "kg", paramLabel = "DIR", description = "TDB2 folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--to", paramLabel = "URL",
            description = "Load into this Fuseki dataset instead of a local store, e.g. http://localhost:3030/kg"
                    + " (uses its /query, /update and /data endpoints).")
    String to;

    @Option(names = "--user", paramLabel = "USER", description = "User for --to (the server's update endpoints need one).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File with the password of --user: the password alone, or 'user: password' lines.")
    Path passwordFile;

    @Option(names = "--batch", defaultValue = DEFAULT_BATCH, paramLabel = "N", description = "Papers per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, paramLabel = "IRI", description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where facts that break the SHACL shapes are written (default: STORE/rejects.jsonl, or ./rejects.jsonl with --to).")
    Path rejectsFile;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "No progress bar (it is only drawn on a terminal anyway).")
    boolean noProgress;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (batchSize <= 0) throw new UserErrors.CliException("--batch must be positive");
        if (threads <= 0) throw new UserErrors.CliException("--threads must be positive");
        InputProblems problems = new InputProblems(System.err, input.strict);
        BuildSummary summary;
        try (BuildProgress progress = BuildProgress.forTerminal("build", !noProgress)) {
            summary = to != null ? buildRemote(problems, progress) : buildLocal(problems, progress);
        }
        System.err.println(summary);
        return 0;
    }

    private BuildSummary buildRemote(InputProblems problems, BuildProgress progress) throws Exception {
        if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new UserErrors.CliException("--store and --to exclude each other");
        }
        Path rejects = rejectsFile != null ? rejectsFile : Path.of("rejects.jsonl");
        try (PaperStore remote = connect(to, user, passwordFile)) {
            return build(InputOptions.orSample(inputs), remote, rejects, input, new Iris(base), batchSize, problems,
                    threads, progress);
        } catch (RemoteStore.RemoteStoreException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
    }

    private BuildSummary buildLocal(InputProblems problems, BuildProgress progress) throws Exception {
        if (user != null || passwordFile != null) {
            throw new UserErrors.CliException("--user and --password-file go with --to");
        }
        Path rejects = rejectsFile != null ? rejectsFile : store.resolve("rejects.jsonl");
        return build(InputOptions.orSample(inputs), store, rejects, input, new Iris(base), batchSize, problems,
                threads, progress);
    }

    /** A remote dataset, with credentials read from the password file (shared with {@code remove}). */
    static RemoteStore connect(String url, String user, Path passwordFile) throws java.io.IOException {
        if ((user == null) != (passwordFile == null)) {
            throw new UserErrors.CliException("--user and --password-file go together");
        }
        try {
            if (user == null) return RemoteStore.connect(url, null, null);
            Credentials credentials = Credentials.read(user, passwordFile);
            return RemoteStore.connect(url, credentials.user(), credentials.password());
        } catch (RemoteStore.RemoteStoreException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
    }

    /** Builds the bundled seed corpus into {@code store}: what {@code serve --build} runs. */
    static BuildSummary buildSample(Path store) throws Exception {
        return build(List.of(InputOptions.sampleCorpus()), store, store.resolve("rejects.jsonl"), new InputOptions(),
                Iris.standard(), Integer.parseInt(DEFAULT_BATCH), new InputProblems(System.err, false));
    }

    static BuildSummary build(List<Path> inputs, Path storeDir, Path rejectsFile, InputOptions input, Iris iris,
                              int batchSize, InputProblems problems) throws Exception {
        return build(inputs, storeDir, rejectsFile, input, iris, batchSize, problems,
                Runtime.getRuntime().availableProcessors(), BuildProgress.NONE);
    }

    static BuildSummary build(List<Path> inputs, Path storeDir, Path rejectsFile, InputOptions input, Iris iris,
                              int batchSize, InputProblems problems, int threads, BuildProgress progress) throws Exception {
        KnowledgeStore kg;
        try {
            kg = KnowledgeStore.open(storeDir);
        } catch (StoreLockedException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
        try (kg) {
            if (!kg.textIndexWasConsistent()) System.err.println("build: " + kg.textIndexAtOpening() + "; repaired");
            BuildSummary summary = build(inputs, kg, rejectsFile, input, iris, batchSize, problems, threads, progress);
            // the VoID/DCAT description, in its own graph and write transaction (local stores only; a build
            // into a server with --to leaves it out)
            DatasetDescription.replace(kg.dataset(), iris, Instant.now(), kg.census(DatasetDescription.graphIri(iris)));
            // counts for TDB2's query planner (stats.opt), used from the next opening of the store
            kg.writeOptimizerStatistics();
            // The summary counts what the store holds at the end, the description included.
            return summary.withTriples(kg.tripleCount());
        }
    }

    /** Reads the inputs and loads the new and changed papers into {@code store}, streaming. */
    static BuildSummary build(List<Path> inputs, PaperStore store, Path rejectsFile, InputOptions input, Iris iris,
                              int batchSize, InputProblems problems) throws Exception {
        return build(inputs, store, rejectsFile, input, iris, batchSize, problems, Runtime.getRuntime().availableProcessors(),
                BuildProgress.NONE);
    }

    static BuildSummary build(List<Path> inputs, PaperStore store, Path rejectsFile, InputOptions input, Iris iris,
                              int batchSize, InputProblems problems, int threads, BuildProgress progress) throws Exception {
        long t0 = System.nanoTime();
        try (RejectsFile rejects = new RejectsFile(rejectsFile)) {
            BuildPipeline pipeline = new BuildPipeline(store, rejects, iris, batchSize, threads, progress);
            BuildPipeline.BuildPlan plan = pipeline.run(inputs, input.forcedFormat(), problems);
            if (plan.added + plan.replaced == 0 && store instanceof RemoteStore remote) {
                // nothing to load; an earlier build cut short may have left the entities graph behind
                remote.recomputeEntities();
            }
            return new BuildSummary(problems.summary(), plan.read, pipeline.entities.sum(), pipeline.quantities.sum(),
                    // a local build counts once more at its very end, after the dataset description is written
                    pipeline.relations.sum(), rejects.count(), store instanceof RemoteStore ? store.tripleCount() : -1,
                    store.location(),
                    (System.nanoTime() - t0) / 1e9, pipeline.storeNanos / 1e9, plan.added, plan.replaced, plan.unchanged);
        }
    }

    /**
     * What a build did, printed at its end. {@code papers} is the number read; entities, quantities,
     * relations and rejects count what was extracted from the new and changed papers.
     */
    record BuildSummary(String input, int papers, long entities, long quantities, long relations, long rejected,
                        long triples, String store, double seconds, double storeSeconds, int added, int replaced,
                        int unchanged) {
        BuildSummary withTriples(long count) {
            return new BuildSummary(input, papers, entities, quantities, relations, rejected, count, store, seconds,
                    storeSeconds, added, replaced, unchanged);
        }

        @Override
        public String toString() {
            return String.format("build: %s%nbuild: %d papers (%d new, %d changed, %d unchanged); extracted %d entities,"
                            + " %d quantities, %d relations, %d facts rejected by the shapes; %d triples in %s; %.1f s",
                    input, papers, added, replaced, unchanged, entities, quantities, relations, rejected, triples, store, seconds);
        }
    }
}
