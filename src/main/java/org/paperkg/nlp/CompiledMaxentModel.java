package org.paperkg.nlp;

import java.lang.reflect.Field;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS maximum-entropy model laid out for fast evaluation, giving exactly the numbers
 * {@link GISModel#eval(String[], double[])} gives.
 *
 * <p>Why: OpenNLP keeps a model's features in a {@code LinkedHashMap<String, Context>}. Every lookup
 * of a feature string walks from the table to an entry, to the key string and its bytes, to the
 * {@code Context}, to its outcome and weight arrays: half a dozen cache misses in a map of a few
 * hundred thousand features. On the ACL Anthology those lookups were a quarter of the extractor's time
 * (part-of-speech tagging, tokenization and the name finder all evaluate GIS models). Here each feature
 * string is hashed to 64 bits and looked up in one flat open-addressing table whose slot holds the
 * hash next to the feature's place in two flat arrays of outcomes and weights: one miss for the
 * table, one or two for the weights.
 *
 * <p>Exactness: the weights are added in the same order as {@code GISModel} adds them, and
 * normalised the same way (a uniform prior, {@code StrictMath.exp}), so the probabilities are
 * bit-for-bit the same (a test compares them on real text). Features are identified by their 64-bit
 * hash alone; the compiler checks that no two features of the model share one (otherwise it keeps the
 * original model), so a wrong match needs an unseen string to hit one of the model's hashes by chance,
 * about one in 10<sup>13</sup> per lookup.
 *
 * <p>It is an {@link AbstractModel} sharing the original's feature map and weights (OpenNLP's
 * tokenizer accepts nothing else), so outcome names, the best outcome and model files behave as the
 * original's do; only {@code eval} differs in speed.
 */
final class CompiledMaxentModel extends AbstractModel {
    /** Marks an empty slot; a feature whose hash is 0 is stored under {@link #ZERO_SUBSTITUTE}. */
    private static final long EMPTY = 0L;
    private static final long ZERO_SUBSTITUTE = 0x9E3779B97F4A7C15L;

    /** The model compiled, which still evaluates the rare real-valued contexts. */
    private final GISModel original;
    private final int numOutcomes;
    private final double logPrior;
    /** Pairs of longs: the feature's hash, then its first index into the flat arrays (high 40 bits) and count (low 24). */
    private final long[] table;
    private final int mask;
    private final int[] outcomes;
    private final double[] weights;

    private CompiledMaxentModel(GISModel original, long[] table, int[] outcomes, double[] weights) {
        super(contexts(original), null, featureMap(original), outcomeNames(original));
        this.prior = priorOf(original);
        this.modelType = ModelType.Maxent;
        this.original = original;
        this.numOutcomes = original.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / numOutcomes); // what UniformPrior puts in every outcome first
        this.table = table;
        this.mask = table.length / 2 - 1;
        this.outcomes = outcomes;
        this.weights = weights;
    }

    /**
     * The compiled form of a GIS model with a uniform prior (what OpenNLP's trainers and model files
     * give); any other model comes back unchanged.
     */
    static MaxentModel compile(MaxentModel model) {
        if (model == null || model.getClass() != GISModel.class || !(priorOf((GISModel) model) instanceof UniformPrior)) {
            return model;
        }
        Map<String, Context> features = featureMap((GISModel) model);
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1; // load at most one half
        long[] table = new long[capacity * 2];
        int total = 0;
        for (Context c : features.values()) {
            total += c.getOutcomes().length;
        }
        int[] outcomes = new int[total];
        double[] weights = new double[total];
        int next = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            int[] o = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            if (o.length >= 1 << 24) return model;
            long hash = hash(e.getKey());
            int slot = (int) hash & (capacity - 1);
            while (table[2 * slot] != EMPTY) {
                if (table[2 * slot] == hash) return model; // two features share a hash: keep the exact map
                slot = (slot + 1) & (capacity - 1);
            }
            table[2 * slot] = hash;
            table[2 * slot + 1] = ((long) next << 24) | o.length;
            System.arraycopy(o, 0, outcomes, next, o.length);
            System.arraycopy(w, 0, weights, next, w.length);
            next += o.length;
        }
        return new CompiledMaxentModel((GISModel) model, table, outcomes, weights);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> featureMap(GISModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private static Context[] contexts(GISModel model) {
        return (Context[]) model.getDataStructures()[0];
    }

    private static String[] outcomeNames(GISModel model) {
        return (String[]) model.getDataStructures()[2];
    }

    /** The model's prior ({@code AbstractModel.prior} is protected and has no getter). */
    private static Prior priorOf(GISModel model) {
        try {
            Field f = AbstractModel.class.getDeclaredField("prior");
            f.setAccessible(true);
            return (Prior) f.get(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // cannot tell: leave the model as it is
        }
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser so that the low bits (the slot) mix well. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? ZERO_SUBSTITUTE : h;
    }

    /** Where the feature's outcomes and weights are, or -1 for a feature the model never saw. */
    private long find(String feature) {
        long hash = hash(feature);
        int slot = (int) hash & mask;
        while (true) {
            long key = table[2 * slot];
            if (key == hash) return table[2 * slot + 1];
            if (key == EMPTY) return -1;
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        for (int o = 0; o < numOutcomes; o++) {
            probs[o] = logPrior;
        }
        for (String feature : context) {
            long place = find(feature);
            if (place < 0) continue;
            int from = (int) (place >>> 24);
            int to = from + (int) (place & 0xFFFFFF);
            for (int i = from; i < to; i++) {
                probs[outcomes[i]] += weights[i];
            }
        }
        return normalise(probs);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[numOutcomes]);
    }

    /** Real-valued features are rare (none of the models used here has them): the original model evaluates them. */
    @Override
    public double[] eval(String[] context, float[] values) {
        return values == null ? eval(context) : original.eval(context, values);
    }

    /** As {@code GISModel} normalises: exponentials, then divided by their sum. */
    private double[] normalise(double[] probs) {
        double normal = 0.0;
        for (int o = 0; o < numOutcomes; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < numOutcomes; o++) {
            probs[o] /= normal;
        }
        return probs;
    }
}
