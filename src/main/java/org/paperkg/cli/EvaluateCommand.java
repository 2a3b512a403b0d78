package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.eval.ExtractorEvaluation;
import org.paperkg.eval.GoldScorer;
import org.paperkg.eval.MentionEvaluator;
import org.paperkg.extract.MentionFinders;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.eval.ScoreTable;
import org.paperkg.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperkg evaluate --gold FILE [--pred FILE]}: precision, recall and F1 per section, computed
 * exactly as the reference scorer {@code score.py} computes them. Without {@code --pred} the extractor
 * runs on the gold file's inputs (title, abstract, page metadata; the answers are never read).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extracted facts against a gold file (per-section precision, recall, F1).")
final class EvaluateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSON Lines (data/gold/GUIDELINES.md layout).")
    Path gold;

    @Option(names = "--cross-validate", paramLabel = "PART", arity = "2..*",
            description = "Instead: k-fold cross-validation over these annotated parts (train on the others, score each).")
    List<Path> parts;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predictions to score (default: run the extractor on the gold inputs).")
    Path pred;

    @Option(names = "--write-pred", paramLabel = "FILE",
            description = "With --cross-validate: also write the held-out predictions (JSON Lines) for error analysis.")
    Path writePred;

    @Option(names = "--json", description = "Print the scores as JSON (like score.py --json).")
    boolean json;

    @Option(names = "--by-doc", description = "Also print per-document counts.")
    boolean byDoc;

    @Option(names = "--mentions", description = "Instead: span-level precision, recall and F1 of each mention finder.")
    boolean mentions;

    @Override
    public Integer call() throws Exception {
        if (parts != null) {
            Path work = java.nio.file.Files.createTempDirectory("paperkg-cv");
            List<JsonNode> predicted = new ArrayList<>();
            try {
                System.out.print(ScoreTable.format(org.paperkg.eval.CrossValidation.run(parts, 150, work, predicted)));
            } finally {
                java.nio.file.Files.deleteIfExists(work); // empty: each fold removes its own models
            }
            if (writePred != null) {
                List<String> lines = new ArrayList<>();
                for (JsonNode p : predicted) {
                    lines.add(JSON.writeValueAsString(p));
                }
                java.nio.file.Files.write(writePred, lines);
            }
            return 0;
        }
        if (gold == null) {
            throw new UserErrors.CliException("give --gold FILE (or --cross-validate PART...)");
        }
        if (mentions) {
            List<JsonNode> records = readJson(gold);
            for (MentionFinder f : MentionFinders.standardFinders()) {
                System.out.print(MentionEvaluator.format(f.name(), MentionEvaluator.evaluate(f, records)));
            }
            MentionFinder merged = MentionFinders.standard();
            System.out.print(MentionEvaluator.format("all (merged)", MentionEvaluator.evaluate(merged, records)));
            return 0;
        }
        Scores scores = pred != null ? GoldScorer.score(gold, pred) : GoldScorer.score(readJson(gold), extract(gold));
        System.out.print(json ? ScoreTable.toJson(scores) : ScoreTable.format(scores));
        if (byDoc) {
            System.out.print(ScoreTable.formatByDoc(scores));
        }
        return 0;
    }

    /** The extractor's records for the gold file's papers, one per line, in order. */
    static List<JsonNode> extract(Path goldFile) throws Exception {
        return ExtractorEvaluation.extract(goldFile);
    }

    private static List<JsonNode> readJson(Path file) throws Exception {
        return ExtractorEvaluation.readJson(file);
    }
}
