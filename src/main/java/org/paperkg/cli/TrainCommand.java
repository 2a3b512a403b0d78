package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final String FINGERPRINT = "models.fingerprint";

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
        Files.writeString(out.resolve(FINGERPRINT), fingerprint() + "\n");
        System.err.printf("train: name finder on %d sentences, candidate classifier on %d candidates, %.1f s -> %s%n",
                sentences, candidates, (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }

    /**
     * Fresh when the fingerprint stored beside the models matches the training data and the compiled
     * nlp classes (features, candidates and training live there). Class bytes, not timestamps: Maven
     * recompiles everything on any change, and javac output is the same for the same source.
     */
    private boolean isFresh() throws Exception {
        Path stamp = out.resolve(FINGERPRINT);
        return Files.exists(stamp) && Files.exists(out.resolve("ner-en.bin"))
                && Files.exists(out.resolve("candidates-en.bin.gz"))
                && Files.readString(stamp).strip().equals(fingerprint());
    }

    private String fingerprint() throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update(Integer.toString(iterations).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Path g : gold) {
            md.update(Files.readAllBytes(g));
        }
        Path nlp = Path.of(NameFinderTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/paperkg/nlp");
        if (Files.isDirectory(nlp)) {
            try (var files = Files.list(nlp)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") || f.toString().endsWith(".txt")).sorted().toList()) {
                    md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }
}
