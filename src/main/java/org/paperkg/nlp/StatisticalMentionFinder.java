package org.paperkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Models, datasets and organisations found by OpenNLP's maximum-entropy name finder, trained by
 * {@code paperkg train} on the project's annotated abstracts. Each thread gets its own finder.
 */
public final class StatisticalMentionFinder implements MentionFinder {
    /** Where the build puts the model trained from {@code data/train}. */
    public static final String BUNDLED_MODEL = "/org/paperkg/nlp/ner-en.bin";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    public StatisticalMentionFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
    }

    /** The model the build trained, or null when this build has none (training skipped). */
    public static StatisticalMentionFinder bundled() {
        try (InputStream in = StatisticalMentionFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
            return in == null ? null : new StatisticalMentionFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled name finder model", e);
        }
    }

    public static StatisticalMentionFinder fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new StatisticalMentionFinder(new TokenNameFinderModel(in));
        }
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.size() == 0) {
                continue;
            }
            Span[] spans = finder.find(s.words());
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span sp = spans[i];
                int start = s.tokens()[sp.getStart()].getStart();
                int end = s.tokens()[sp.getEnd() - 1].getEnd();
                out.add(new Mention(start, end, MentionType.fromTag(sp.getType()), probs[i], name()));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "maxent-ner";
    }
}
