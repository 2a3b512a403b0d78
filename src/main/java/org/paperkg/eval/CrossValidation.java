package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.FileOps;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.FactsJson;
import org.paperkg.extract.MentionFinders;
import org.paperkg.ingest.InputFile;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.JsonLinesReader;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.NameFinderTraining;
import org.paperkg.nlp.TextAnalyzer;

/**
 * K-fold cross-validation over annotated parts: for each part, the mention finders are trained on
 * the others and the whole extractor is scored on it. An estimate of how the extractor does on
 * papers it has never seen, from training data alone (the dev set stays for measuring). Each
 * fold's models are written under the work folder and removed once the fold is scored.
 */
public final class CrossValidation {
    private CrossValidation() {}

    public static Scores run(List<Path> parts, int iterations, Path workDir) throws IOException {
        return run(parts, iterations, workDir, new ArrayList<>());
    }

    /**
     * As {@link #run(List, int, Path)}, also adding every held-out prediction to {@code predicted}
     * (in the order of the parts), for error analysis.
     */
    public static Scores run(List<Path> parts, int iterations, Path workDir, List<JsonNode> predicted) throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            List<Path> training = new ArrayList<>(parts);
            Path held = training.remove(k);
            Path models = Files.createDirectories(workDir.resolve("fold-" + k));
            NameFinderTraining.train(training, models.resolve("ner-en.bin"), iterations);
            NameFinderTraining.trainCandidateClassifier(training, models, iterations);
            Extractor extractor = new Extractor(TextAnalyzer.get(), MentionFinders.fromDirectory(models));
            gold.addAll(NameFinderTraining.records(List.of(held)));
            try (Stream<Paper> papers = new JsonLinesReader().read(InputFile.of(held), InputProblems.quiet())) {
                papers.forEach(p -> predicted.add(FactsJson.toJson(extractor.extract(p))));
            } finally {
                // a fold's models (13 MB) serve only that fold: a run leaves its work folder as it found it
                FileOps.clearAll(models.toFile());
                Files.delete(models);
            }
        }
        return GoldScorer.score(gold, predicted);
    }
}
