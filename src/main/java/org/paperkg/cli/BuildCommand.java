package org.paperkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperFacts;
import org.paperkg.rdf.RejectsFile;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import java.util.concurrent.atomic.LongAdder;
import org.paperkg.rdf.Entailment;
import org.paperkg.rdf.GraphValidator;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg build [INPUT…]}: read, extract, map to RDF and load into the TDB2 store, one named
 * graph per paper, in batches that each commit whole or not at all.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the knowledge graph into a TDB2 store (no input: the bundled seed corpus).")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files or folders (default: the bundled seed corpus).")
    List<Path> inputs;

    @Option(names = "--store", defaultValue = "kg", paramLabel = "DIR", description = "TDB2 folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--batch", defaultValue = "500", paramLabel = "N", description = "Papers per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, paramLabel = "IRI", description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where facts that break the SHACL shapes are written (default: STORE/rejects.jsonl).")
    Path rejectsFile;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        Path rejects = rejectsFile != null ? rejectsFile : store.resolve("rejects.jsonl");
        BuildSummary summary = build(InputOptions.orSample(inputs), store, rejects, input, new Iris(base), batchSize,
                new InputProblems(System.err, input.strict));
        System.err.println(summary);
        return 0;
    }

    /** Builds the bundled seed corpus into {@code store}: what {@code serve --build} runs. */
    static BuildSummary buildSample(Path store) throws Exception {
        return build(List.of(InputOptions.sampleCorpus()), store, store.resolve("rejects.jsonl"), new InputOptions(),
                Iris.standard(), 500, new InputProblems(System.err, false));
    }

    static BuildSummary build(List<Path> inputs, Path storeDir, Path rejectsFile, InputOptions input, Iris iris,
                              int batchSize, InputProblems problems) throws Exception {
        long t0 = System.nanoTime();
        List<Paper> papers = input.read(inputs, problems);
        Extractor extractor = Extractor.standard();
        PaperGraphMapper mapper = new PaperGraphMapper(iris, Instant.now());
        Entailment entailment = Entailment.ofOntology();
        Counts counts = new Counts();
        try (KnowledgeStore kg = KnowledgeStore.open(storeDir);
             RejectsFile rejects = new RejectsFile(rejectsFile)) {
            for (int from = 0; from < papers.size(); from += batchSize) {
                List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + batchSize));
                List<GraphValidator.Checked> checked = batch.parallelStream()
                        .map(p -> prepare(extractor.extract(p), mapper, entailment, counts))
                        .toList();
                List<PaperGraph> graphs = new ArrayList<>(checked.size());
                for (GraphValidator.Checked c : checked) {
                    rejects.write(c.rejects());
                    graphs.add(c.graph());
                }
                kg.loadBatch(graphs);
            }
            return new BuildSummary(problems.summary(), papers.size(), counts.entities.sum(), counts.quantities.sum(),
                    counts.relations.sum(), rejects.count(), kg.tripleCount(), storeDir, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** One paper from text to a graph that conforms to the shapes: extract, map, entail, validate. */
    private static GraphValidator.Checked prepare(PaperFacts f, PaperGraphMapper mapper, Entailment entailment, Counts counts) {
        counts.entities.add(f.entities().size());
        counts.quantities.add(f.quantities().size());
        counts.relations.add(f.relations().size());
        PaperGraph graph = mapper.map(f);
        entailment.materialise(graph.model());
        return GraphValidator.checkPaperGraph(graph);
    }

    /** Counters shared by the worker threads. */
    private static final class Counts {
        final LongAdder entities = new LongAdder();
        final LongAdder quantities = new LongAdder();
        final LongAdder relations = new LongAdder();
    }

    /** What a build did, printed at its end. */
    record BuildSummary(String input, int papers, long entities, long quantities, long relations, long rejected,
                        long triples, Path store, double seconds) {
        @Override
        public String toString() {
            return String.format("build: %s%nbuild: %d papers, %d entities, %d quantities, %d relations, "
                            + "%d facts rejected by the shapes; %d triples in %s; %.1f s",
                    input, papers, entities, quantities, relations, rejected, triples, store, seconds);
        }
    }
}
