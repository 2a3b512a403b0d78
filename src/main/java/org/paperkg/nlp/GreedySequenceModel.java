package org.paperkg.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy left-to-right decoding of a maximum-entropy sequence model: at each position the most probable
 * outcome the validator allows. OpenNLP's {@code BeamSearch} with a beam of one gives the same outcomes,
 * but it sorts every score array and copies the outcome list into a new {@code Sequence} at every
 * step, which made decoding (not the model) a fifth of the extractor's time. Same interface, so
 * {@code POSTaggerME} uses it unchanged and {@code StatisticalMentionFinder} calls it. One instance is thread-safe when its
 * model is (OpenNLP's GIS and QN models are: {@code eval} keeps no state).
 */
final class GreedySequenceModel implements SequenceClassificationModel {
    private final MaxentModel model;

    GreedySequenceModel(MaxentModel model) {
        this.model = model;
    }

    /**
     * An outcome known without asking the model at a position, given the outcomes so far; null when
     * the model must decide. Skipping the model skips building the position's features too.
     */
    @FunctionalInterface
    interface Shortcut<T> {
        String outcome(int index, T[] sequence, String[] prior);
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        return bestSequence(sequence, additionalContext, cg, validator, (i, seq, prior) -> null);
    }

    /** Greedy decoding where {@code shortcut} settles the positions it knows. */
    <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                              SequenceValidator<T> validator, Shortcut<T> shortcut) {
        String[] outcomes = new String[sequence.length];
        double[] scores = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        for (int i = 0; i < sequence.length; i++) {
            // validators read the prior outcomes' length as "how many so far", so they get exactly i of them
            String[] prior = Arrays.copyOf(outcomes, i);
            String known = shortcut.outcome(i, sequence, prior);
            if (known != null) {
                outcomes[i] = known;
                best.add(known, 1.0);
                continue;
            }
            model.eval(cg.getContext(i, sequence, prior, additionalContext), scores);
            int chosen = -1;
            for (int p = 0; p < scores.length; p++) {
                if ((chosen < 0 || scores[p] > scores[chosen])
                        && validator.validSequence(i, sequence, prior, model.getOutcome(p))) {
                    chosen = p;
                }
            }
            if (chosen < 0) {
                chosen = argmax(scores); // nothing valid: what the beam search falls back to as well
            }
            outcomes[i] = model.getOutcome(chosen);
            best.add(outcomes[i], scores[chosen]);
        }
        return best;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int p = 1; p < scores.length; p++) {
            if (scores[p] > scores[best]) best = p;
        }
        return best;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, cg, validator)};
    }

    @Override
    public String[] getOutcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) out[i] = model.getOutcome(i);
        return out;
    }
}
