package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * evaluatedOn from a score the quantity attacher tied to a model and a benchmark: "PMC achieved 42.68% on
 * TravelPlanner, significantly higher than GPT-4 (2.92%)" gives GPT-4 a score on TravelPlanner, though no
 * verb between the two names says so. The guidelines tie every score to an evaluatedOn relation that carries
 * the same number, so a score no relation rule has stated yet is stated here, in its own sentence.
 */
final class StatedScores {

    private StatedScores() {}

    static List<ExtractedRelation> missing(RelationContext ctx, List<ExtractedRelation> found) {
        List<ExtractedRelation> out = new ArrayList<>();
        for (ExtractedQuantity q : ctx.quantities) {
            if (!"score".equals(q.property()) || q.benchmark() == null || stated(found, q)) {
                continue;
            }
            ExtractedEntity model = ctx.entityNamed(q.subject());
            ExtractedEntity benchmark = ctx.entityNamed(q.benchmark());
            RelationSentence s = ctx.sentenceOf(q);
            if (model != null && benchmark != null && s != null) {
                out.add(ctx.relation(model, "evaluatedOn", benchmark, q.value(), s, q.confidence() * 0.9, "evaluatedOn-stated-score"));
            }
        }
        return out;
    }

    private static boolean stated(List<ExtractedRelation> found, ExtractedQuantity q) {
        return found.stream().anyMatch(r -> r.predicate().equals("evaluatedOn") && r.subject().equals(q.subject())
                && r.score() != null && r.score() == q.value());
    }
}
