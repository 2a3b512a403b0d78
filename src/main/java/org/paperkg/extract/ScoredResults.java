package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes quantities and relations tell the same story about results. The guidelines tie a score to an
 * evaluatedOn relation "that carries the same number", so when a relation rule has read a model's number
 * on a benchmark ("surpassing GPT-4-0125 (85.9%) and GPT-4o (84.7%)") that the quantity attacher left
 * without a property (it had no benchmark-and-scorer pair for it), the number in the relation's sentence
 * becomes that model's score. Only a quantity with no other property, and no other model as subject, is
 * taken; and only one per relation.
 */
final class ScoredResults {

    private ScoredResults() {}

    static List<ExtractedQuantity> agree(List<ExtractedQuantity> quantities, List<ExtractedRelation> relations) {
        List<ExtractedQuantity> out = new ArrayList<>(quantities);
        for (ExtractedRelation r : relations) {
            if (!r.predicate().equals("evaluatedOn") || r.score() == null || alreadyScored(out, r)) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                ExtractedQuantity q = out.get(i);
                if (q.property() == null && (q.subject() == null || q.subject().equals(r.subject()))
                        && QuantityAttacher.scoreLike(q.unit()) && q.value() == r.score() && q.start() >= r.start() && q.end() <= r.end()) {
                    out.set(i, q.withSubject(r.subject(), "score", Math.min(q.confidence(), r.confidence())));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean alreadyScored(List<ExtractedQuantity> quantities, ExtractedRelation r) {
        return quantities.stream().anyMatch(q -> "score".equals(q.property()) && r.subject().equals(q.subject())
                && q.value() == r.score());
    }
}
