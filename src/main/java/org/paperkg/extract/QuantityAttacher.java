package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionType;

/**
 * Ties each quantity to the entity it measures and the property it fills: "Mixtral 8x7B ... 47B
 * parameters" is Mixtral's parameterCount; a number that belongs to no named entity keeps neither.
 * What the number measures comes from its unit and cue words ({@link Measure}); whose it is from the
 * syntax around it ({@link SubjectFinder}); results need a benchmark and a scorer ({@link ScoreLinks});
 * lists of numbers pair with lists of names ({@link NameLists}).
 */
final class QuantityAttacher {

    List<ExtractedQuantity> attach(AnalyzedText text, List<ExtractedEntity> entities, List<QuantityMention> quantities) {
        EntityLocations where = new EntityLocations(text, entities);
        SubjectFinder subjects = new SubjectFinder(where);
        ScoreLinks scores = new ScoreLinks(where);
        NameLists lists = new NameLists(where);
        List<ExtractedQuantity> out = new ArrayList<>();
        QuantityPlace previousDifference = null;
        for (QuantityPlace p : QuantityPlace.locate(text, quantities)) {
            QuantityMention q = p.quantity();
            ExtractedQuantity bare = new ExtractedQuantity(q.text(), q.value(), q.unit().id(), null, null, q.start(), q.end(), 0.5);
            if (!p.located()) {
                out.add(bare);
                continue;
            }
            Measure m = Measure.of(p, where);
            if (m == Measure.RESULT) {
                boolean difference = scores.difference(p) || scores.continuesDifference(previousDifference, p);
                out.add(difference ? bare : result(bare, p, scores, lists));
                previousDifference = difference ? p : null;
            } else {
                boolean training = Measure.trainingCue(p, where.sentence(p.sentence()));
                out.addAll(measured(bare, p, m, training, subjects, lists));
            }
        }
        return withoutRepeatedFacts(out);
    }

    private static List<ExtractedQuantity> measured(ExtractedQuantity bare, QuantityPlace p, Measure m, boolean training,
                                                    SubjectFinder subjects, NameLists lists) {
        SubjectFinder.Found f = subjects.find(p, m);
        if (f == null) {
            return List.of(bare);
        }
        double confidence = p.quantity().unitFromContext() ? f.confidence() * 0.9 : f.confidence();
        if (f.partOfName()) {
            return List.of(bare.withSubject(f.entity().name(), null, confidence * 0.8));
        }
        List<ExtractedQuantity> out = new ArrayList<>();
        for (ExtractedEntity e : lists.owners(p, f)) {
            String property = property(m, e.type());
            if (m == Measure.TOKENS && e.type() == MentionType.MODEL && !training) {
                // tokens a model reads or generates ("a 2 trillion token database", "10,000-word outputs")
                // are not its training tokens unless the sentence speaks of training
                property = null;
            }
            if (property == null) {
                // a number shared by a list of names without a property to fill is stated once
                return List.of(bare.withSubject(f.entity().name(), null, confidence * 0.8));
            }
            out.add(bare.withSubject(e.name(), property, confidence));
        }
        return out;
    }

    /** A result is a score only with a benchmark and a model that reached it. */
    private static ExtractedQuantity result(ExtractedQuantity bare, QuantityPlace p, ScoreLinks scores, NameLists lists) {
        Located benchmark = scores.benchmark(p);
        SubjectFinder.Found model = scores.scorer(p);
        if (model == null && benchmark != null) {
            model = scores.fallbackScorer(p);
        }
        if (model == null) {
            return bare;
        }
        ExtractedEntity scorer = lists.owners(p, model).get(0);
        return benchmark == null
                ? bare.withSubject(scorer.name(), null, model.confidence() * 0.6)
                : bare.withSubject(scorer.name(), "score", model.confidence());
    }

    /** The property a measure fills on an entity of this type; null when none fits. */
    static String property(Measure m, MentionType type) {
        boolean model = type == MentionType.MODEL;
        return switch (m) {
            case PARAMETERS -> model ? "parameterCount" : null;
            case ACTIVE_PARAMETERS -> model ? "activeParameterCount" : null;
            case TOKENS -> model ? "trainingTokens" : "datasetSize";
            case CONTEXT -> model ? "contextLength" : null;
            case ACCELERATORS -> model ? "acceleratorCount" : null;
            case DATA_SIZE -> model ? null : "datasetSize";
            default -> null;
        };
    }

    /**
     * A fact the text states twice (title and abstract, "1T parameter" after "1 trillion total
     * parameters") is one fact: later repeats keep their subject but lose the property.
     */
    private static List<ExtractedQuantity> withoutRepeatedFacts(List<ExtractedQuantity> qs) {
        List<ExtractedQuantity> out = new ArrayList<>();
        for (ExtractedQuantity q : qs) {
            boolean repeated = q.property() != null && out.stream().anyMatch(o -> q.property().equals(o.property())
                    && q.subject().equals(o.subject()) && Math.abs(o.value() - q.value()) <= 0.01 * Math.abs(q.value()));
            out.add(repeated ? q.withSubject(q.subject(), null, q.confidence() * 0.5) : q);
        }
        return out;
    }
}
