package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;

/**
 * Relations between the paper's entities from cues in the sentence: verbs and prepositions between
 * two mentions (trained on, evaluated on, outperforms, fine-tuned from), appositions, family
 * membership, and the listing page's organisation for what the paper introduces. Each relation family
 * is its own rule class; this class runs them and merges what they find.
 */
final class RelationRules {

    private final OutperformsRule outperforms = new OutperformsRule();
    private final EvaluatedOnRule evaluatedOn = new EvaluatedOnRule();
    private final OwnBenchmarkRule ownBenchmark = new OwnBenchmarkRule();
    private final ExperimentSettingRule experimentSetting = new ExperimentSettingRule();
    private final TrainedOnRule trainedOn = new TrainedOnRule();
    private final BasedOnRule basedOn = new BasedOnRule();
    private final PartOfRule partOf = new PartOfRule();
    private final NameVariantRule nameVariants = new NameVariantRule();
    private final TitleBaseRule titleBase = new TitleBaseRule();
    private final DevelopedByRule developedBy = new DevelopedByRule();
    private final BestOfListRule bestOfList = new BestOfListRule();
    private final OwnTrainingDataRule ownTrainingData = new OwnTrainingDataRule();

    List<ExtractedRelation> find(Paper paper, AnalyzedText text, List<ExtractedEntity> entities,
                                 List<ExtractedQuantity> quantities) {
        RelationContext ctx = new RelationContext(paper, text, entities, quantities);
        List<ExtractedRelation> all = new ArrayList<>();
        all.addAll(trainedOn.find(ctx));
        all.addAll(basedOn.find(ctx));
        all.addAll(evaluatedOn.find(ctx));
        all.addAll(ownBenchmark.find(ctx));
        all.addAll(experimentSetting.find(ctx));
        all.addAll(outperforms.find(ctx));
        all.addAll(bestOfList.find(ctx));
        all.addAll(partOf.find(ctx));
        all.addAll(nameVariants.find(ctx));
        all.addAll(titleBase.find(ctx));
        all.addAll(developedBy.find(ctx));
        // last: they only fill in what no sentence said
        all.addAll(ownTrainingData.find(ctx, all));
        all.addAll(StatedScores.missing(ctx, all));
        all.addAll(ResultScores.find(ctx));
        return merged(all);
    }

    /**
     * One relation per subject, predicate, object and score; a relation without a score is dropped when
     * the same one is found with a score, and the most confident evidence is kept. A model is not
     * evaluated on the data it is trained on unless a score says so ("fine-tuned and tested with our proposed
     * dataset", 79.1%: a result on its test split), and a name without letters (a number the finder took for
     * a name) relates to nothing.
     */
    private static List<ExtractedRelation> merged(List<ExtractedRelation> all) {
        Map<String, ExtractedRelation> byKey = new LinkedHashMap<>();
        Set<String> trained = new HashSet<>();
        for (ExtractedRelation r : all) {
            if (r.predicate().equals("trainedOn")) {
                trained.add(r.subject() + "\u0000" + r.object());
            }
        }
        for (ExtractedRelation r : all) {
            if (r.subject().equals(r.object()) || !hasLetter(r.subject()) || !hasLetter(r.object())) {
                continue;
            }
            if (r.predicate().equals("evaluatedOn") && r.score() == null && trained.contains(r.subject() + "\u0000" + r.object())) {
                continue;
            }
            String key = r.subject() + "\u0000" + r.predicate() + "\u0000" + r.object() + "\u0000" + r.score();
            ExtractedRelation old = byKey.get(key);
            if (old == null || r.confidence() > old.confidence()) {
                byKey.put(key, r);
            }
        }
        List<ExtractedRelation> out = new ArrayList<>();
        for (ExtractedRelation r : byKey.values()) {
            boolean scoredTwin = r.score() == null && byKey.values().stream().anyMatch(o -> o.score() != null
                    && o.subject().equals(r.subject()) && o.predicate().equals(r.predicate())
                    && o.object().equals(r.object()));
            if (!scoredTwin) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean hasLetter(String name) {
        return name.chars().anyMatch(Character::isLetter);
    }
}
