package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * Datasets named by a definite noun phrase instead of their name: "We construct M500, ... and fine-tune
 * Qwen2.5-32B-Instruct on this dataset", "these datasets have been used to train ...". The phrase
 * stands for the dataset named last before it, in the same sentence or the one before.
 */
final class DataAnaphors {
    private DataAnaphors() {}

    /** Determiners that point back: "this dataset", "these corpora", "our data". */
    private static final Set<String> POINTING = Set.of("this", "these", "that", "those", "our", "such");

    /** Head nouns of a dataset phrase. "data" is vaguer than the others: only with a pointing word. */
    private static final Set<String> HEADS = Set.of("dataset", "datasets", "corpus", "corpora", "collection",
            "collections", "data", "benchmark", "benchmarks", "suite", "mixture");

    /** The head noun of a pointing dataset phrase at token {@code t} ("this [dataset]"), or -1. */
    static int head(RelationSentence s, int t) {
        String det = s.word(t);
        boolean pointing = POINTING.contains(det);
        if (!pointing && !det.equals("the")) {
            return -1;
        }
        int k = t + 1;
        while (k < t + 4 && s.slotAt(k) == null && s.tagIs(k, "ADJ") && !HEADS.contains(s.word(k))) {
            k++;
        }
        String head = s.word(k);
        if (s.slotAt(k) != null || !HEADS.contains(head) || !pointing && (head.equals("data") || head.startsWith("benchmark"))) {
            return -1;
        }
        String after = s.word(k + 1);
        if (after.equals("from") || after.equals("of") || after.equals("that") || after.equals("which")
                || after.equals("generated") || after.equals("collected")) {
            return -1; // "the data from the web", "the corpus of ...": a new description, not a reference
        }
        return k;
    }

    /** The datasets the phrase at token {@code t} stands for; empty if it is no such phrase. */
    static List<Slot> at(RelationContext ctx, RelationSentence s, int t) {
        int k = head(s, t);
        if (k < 0) {
            return List.of();
        }
        String det = s.word(t);
        String head = s.word(k);
        boolean plural = head.endsWith("s") || head.equals("corpora") || det.equals("these") || det.equals("those");
        List<Slot> found = lastBefore(s, t, plural);
        if (found.isEmpty() && s.index() > 1) {
            RelationSentence prev = ctx.sentences.get(s.index() - 1);
            found = lastBefore(prev, prev.size(), plural);
        }
        return found;
    }

    /** The last dataset mention before token {@code t} (with the ones listed with it when plural). */
    private static List<Slot> lastBefore(RelationSentence s, int t, boolean plural) {
        Slot last = s.lastSlotBefore(t, Slot::isDataset);
        if (last == null) {
            return List.of();
        }
        if (!plural) {
            return List.of(last);
        }
        List<Slot> out = new ArrayList<>();
        for (Slot slot : s.slots()) {
            if (slot.isDataset() && slot.last() <= last.last() && slot.first() >= listStart(s, last)) {
                out.add(slot);
            }
        }
        return out;
    }

    /** The first token of the coordinated list that ends with {@code last}: back over names and glue. */
    private static int listStart(RelationSentence s, Slot last) {
        int start = last.first();
        int k = last.first() - 1;
        while (k >= 0) {
            Slot slot = s.slotAt(k);
            if (slot != null) {
                if (!slot.isDataset()) {
                    break;
                }
                start = slot.first();
                k = slot.first() - 1;
            } else if (RelationWords.GLUE.contains(s.word(k))) {
                k--;
            } else {
                break;
            }
        }
        return start;
    }
}
