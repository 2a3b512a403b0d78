package org.paperkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Models, datasets and organisations found by OpenNLP's maximum-entropy name finder, trained by
 * {@code paperkg train} on the project's annotated abstracts, decoded greedily ({@link GreedySequenceModel})
 * as {@code NameFinderME} would with a beam of one, without its per-token sorting and copying. Each
 * thread gets its own context generator (it keeps the document's adaptive data).
 */
public final class StatisticalMentionFinder implements MentionFinder {
    /** Where the build puts the model trained from {@code data/train}. */
    public static final String BUNDLED_MODEL = "/org/paperkg/nlp/ner-en.bin";

    private static final String MAXENT_ENTRY = "nameFinder.model";
    private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][];

    private final GreedySequenceModel decoder;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final ThreadLocal<NameContextGenerator> contexts;

    public StatisticalMentionFinder(TokenNameFinderModel model) {
        MaxentModel maxent = model.getArtifact(MAXENT_ENTRY);
        if (maxent == null) {
            throw new IllegalArgumentException("the name finder model holds no maximum-entropy model");
        }
        this.decoder = new GreedySequenceModel(CompiledMaxentModel.compile(maxent));
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
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
        NameContextGenerator context = contexts.get();
        context.clearAdaptiveData();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.size() == 0) {
                continue;
            }
            Sequence best = decoder.bestSequence(s.words(), NO_ADDITIONAL_CONTEXT, context, validator, this::outsideAnyName);
            String[] outcomes = best.getOutcomes().toArray(new String[0]);
            // as NameFinderME: later sentences see what this one found (the previous-map feature)
            context.updateAdaptiveData(s.words(), outcomes);
            double[] tokenProbs = best.getProbs();
            for (Span sp : codec.decode(Arrays.asList(outcomes))) {
                int start = s.tokens()[sp.getStart()].getStart();
                int end = s.tokens()[sp.getEnd() - 1].getEnd();
                out.add(new Mention(start, end, MentionType.fromTag(sp.getType()), meanProb(tokenProbs, sp), name()));
            }
        }
        return out;
    }

    /**
     * Outside any name without asking the model: a token after one outside a name (or first in the
     * sentence) that is punctuation or an ordinary lower-case English word ({@link CommonWords}).
     * Names start with a capital, a digit or an unusual word ("word2vec", "fastText"), so the model
     * says "other" there anyway; most tokens of an abstract are such words, and asking the model
     * about each was two fifths of the extractor's time. Inside a name every token is still decided
     * by the model ("Llama 2 chat" may continue with a lower-case word).
     */
    private String outsideAnyName(int i, String[] words, String[] prior) {
        if (i > 0 && !NameFinderME.OTHER.equals(prior[i - 1])) {
            return null;
        }
        String w = words[i];
        return isPunctuation(w) || CommonWords.isCommonLowerCase(w) ? NameFinderME.OTHER : null;
    }

    private static boolean isPunctuation(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) return false;
        }
        return !w.isEmpty();
    }

    /** A span's confidence: its tokens' mean outcome probability, as {@code NameFinderME.probs}. */
    private static double meanProb(double[] tokenProbs, Span span) {
        double sum = 0;
        for (int i = span.getStart(); i < span.getEnd(); i++) sum += tokenProbs[i];
        return sum / span.length();
    }

    @Override
    public String name() {
        return "maxent-ner";
    }
}
