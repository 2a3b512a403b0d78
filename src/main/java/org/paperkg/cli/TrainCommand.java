package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.nlp.NameFinderTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg train}: trains the statistical name finder on annotated abstracts. The Maven build
 * runs it on {@code data/train/train.jsonl}, so the model in the jar is always the one the data makes.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the name finder (models, datasets, organisations) on gold-layout JSON Lines.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Annotated abstracts in the gold layout.")
    List<Path> gold;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder for the models (ner-en.bin, candidates-en.bin.gz).")
    Path out;

    @Option(names = "--iterations", defaultValue = "150", description = "Maximum-entropy training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--if-stale", description = "Skip training when the model is newer than the data and the code.")
    boolean ifStale;

    @Override
    public Integer call() throws Exception {
        if (ifStale && isFresh()) {
            System.err.println("train: " + out + " is up to date");
            return 0;
        }
        long t0 = System.nanoTime();
        int sentences = NameFinderTraining.train(gold, out.resolve("ner-en.bin"), iterations);
        int candidates = NameFinderTraining.trainCandidateClassifier(gold, out, iterations);
        System.err.printf("train: name finder on %d sentences, candidate classifier on %d candidates, %.1f s -> %s%n",
                sentences, candidates, (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }

    private boolean isFresh() throws Exception {
        Path marker = out.resolve("candidates-en.bin.gz");
        if (!Files.exists(marker) || !Files.exists(out.resolve("ner-en.bin"))) {
            return false;
        }
        FileTime model = Files.getLastModifiedTime(marker);
        for (Path g : gold) {
            if (Files.getLastModifiedTime(g).compareTo(model) > 0) {
                return false;
            }
        }
        // Retrain when any class of the nlp package changed: features and candidates live there.
        Path nlp = Path.of(NameFinderTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/paperkg/nlp");
        if (Files.isDirectory(nlp)) {
            try (var files = Files.list(nlp)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.toString().endsWith(".class") && Files.getLastModifiedTime(f).compareTo(model) > 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
