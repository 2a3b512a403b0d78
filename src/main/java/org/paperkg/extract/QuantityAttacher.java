package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.extract.quantity.Unit;
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
        if (wordOfName(p, f)) {
            return List.of();
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

    /**
     * "20 Newsgroups", "the 1000 Genomes Project": a count of nothing the unit list knows, written wholly inside a
     * name that starts with it, is a word of the name and no quantity at all.
     */
    private static boolean wordOfName(QuantityPlace p, SubjectFinder.Found f) {
        return f.mention() != null && p.quantity().unit() == Unit.OTHER
                && f.mention().first() == p.first() && p.last() <= f.mention().last();
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
                : bare.withScore(scorer.name(), benchmark.entity().name(), model.confidence());
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
     * A number the text states twice (title and abstract, "1T parameters" after "one trillion
     * parameters") is one quantity (guidelines: "a fact stated twice is listed once"). A repeat is
     * kept only when it states a new fact: another subject or property. A repeat that states a fact
     * replaces an earlier bare mention of the same amount, which said less. Scores are the exception.
     */
    private static List<ExtractedQuantity> withoutRepeatedFacts(List<ExtractedQuantity> qs) {
        List<ExtractedQuantity> out = new ArrayList<>();
        for (ExtractedQuantity q : qs) {
            List<ExtractedQuantity> same = out.stream().filter(o -> sameAmount(o, q)).toList();
            if (scoreLike(q.unit())) {
                // results on several benchmarks often repeat a value: each is its own quantity, but
                // one fact stated twice still keeps its property once
                boolean repeated = isFact(q) && same.stream().anyMatch(o -> isFact(o)
                        && q.property().equals(o.property()) && q.subject().equals(o.subject()));
                out.add(repeated ? q.withSubject(q.subject(), null, q.confidence() * 0.5) : q);
                continue;
            }
            if (same.isEmpty()) {
                out.add(q);
                continue;
            }
            if (!isFact(q) || same.stream().anyMatch(o -> isFact(o) && q.property().equals(o.property())
                    && q.subject().equals(o.subject()))) {
                continue;
            }
            ExtractedQuantity bare = same.stream().filter(o -> !isFact(o)).findFirst().orElse(null);
            if (bare != null) {
                out.set(out.indexOf(bare), q);
            } else {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean isFact(ExtractedQuantity q) {
        return q.subject() != null && q.property() != null;
    }

    /** Same unit (a score written with or without "%" is one) and a value within 1 %. */
    private static boolean sameAmount(ExtractedQuantity a, ExtractedQuantity b) {
        return scoreLike(a.unit()) == scoreLike(b.unit()) && (scoreLike(a.unit()) || a.unit().equals(b.unit()))
                && Math.abs(a.value() - b.value()) <= 0.01 * Math.abs(b.value());
    }

    /** A benchmark number, written with or without "%" (the scorer's unit class "score"). */
    static boolean scoreLike(String unit) {
        return unit.equals("score") || unit.equals("percent");
    }
}
