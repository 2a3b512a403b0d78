package org.paperkg.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Mentions from name-shaped candidates ({@link NameCandidates}) that a maximum-entropy classifier,
 * trained by {@code paperkg train}, labels model, dataset, organisation or none.
 */
public final class CandidateClassifier implements MentionFinder {
    public static final String BUNDLED_MODEL = "/org/paperkg/nlp/candidates-en.bin.gz";
    public static final String BUNDLED_DICTIONARY = "/org/paperkg/nlp/" + NameDictionary.FILE_NAME;
    static final String NONE = "none";

    /** A candidate is a name when the classifier gives "none" less than this probability. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final MaxentModel model;
    private final NameDictionary dictionary;
    private final double threshold;

    public CandidateClassifier(MaxentModel model, NameDictionary dictionary, double threshold) {
        this.model = model;
        this.dictionary = dictionary;
        this.threshold = threshold;
    }

    /** The classifier the build trained, or null when this build has none. */
    public static CandidateClassifier bundled() {
        try (InputStream in = CandidateClassifier.class.getResourceAsStream(BUNDLED_MODEL);
             InputStream names = CandidateClassifier.class.getResourceAsStream(BUNDLED_DICTIONARY)) {
            if (in == null) {
                return null;
            }
            return new CandidateClassifier(read(in), names == null ? NameDictionary.empty() : NameDictionary.read(names),
                    DEFAULT_THRESHOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled candidate classifier", e);
        }
    }

    /** The classifier and dictionary that {@code paperkg train --out dir} wrote. */
    public static CandidateClassifier fromDirectory(Path dir, double threshold) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("candidates-en.bin.gz"));
             InputStream names = Files.newInputStream(dir.resolve(NameDictionary.FILE_NAME))) {
            return new CandidateClassifier(read(in), NameDictionary.read(names), threshold);
        }
    }

    static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel();
    }

    static void write(MaxentModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
        }
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<NameCandidates.Candidate> candidates = NameCandidates.find(text);
        CandidateFeatures.DocumentContext doc = CandidateFeatures.DocumentContext.of(text, candidates, dictionary, null);
        List<Mention> scored = new ArrayList<>();
        int none = model.getIndex(NONE);
        for (NameCandidates.Candidate c : candidates) {
            double[] probs = model.eval(CandidateFeatures.of(text, c, doc));
            if (probs[none] >= threshold) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < probs.length; i++) {
                if (i != none && (best < 0 || probs[i] > probs[best])) {
                    best = i;
                }
            }
            scored.add(new Mention(c.start(), c.end(), MentionType.fromTag(model.getOutcome(best)), 1 - probs[none], name()));
        }
        // Sub-spans of one run compete: the most confident wins, then the next that does not overlap it.
        scored.sort(java.util.Comparator.comparingDouble(Mention::confidence).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Mention::length).reversed()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : scored) {
            if (out.stream().noneMatch(m::overlaps)) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The names other papers gave, by type, that this classifier reads as a feature. */
    public NameDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String name() {
        return "maxent-candidates";
    }
}
