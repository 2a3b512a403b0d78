package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiPredicate;

/** score.py's score_doc(): the counts of one gold record against its predicted record. */
final class DocumentScorer {

    /** score.py's fact_key(): compared with tuple equality, never hashed. */
    private record FactKey(EntityRef subject, Object property) {
    }

    /** score.py's rel_key() tuple {@code (s, p, o)}. */
    private record RelKey(EntityRef s, Object p, EntityRef o) {
    }

    private final ObjectNode gold;
    private final ObjectNode pred;
    private final EntityIndex index;

    private DocumentScorer(ObjectNode gold, ObjectNode pred) {
        this.gold = gold;
        this.pred = pred;
        this.index = new EntityIndex(gold);
    }

    static Map<Section, Counts> score(ObjectNode gold, ObjectNode pred) {
        return new DocumentScorer(gold, pred).score();
    }

    private Map<Section, Counts> score() {
        Map<Section, Counts> out = new EnumMap<>(Section.class);
        out.put(Section.MODELS, entities("models"));
        out.put(Section.DATASETS, entities("datasets"));
        out.put(Section.ORGANIZATIONS, entities("organizations"));
        out.put(Section.INTRODUCED, matchEntities(introduced(gold), introduced(pred)));
        out.put(Section.QUANTITIES, matchQuantities(quantities(gold), quantities(pred),
                (g, p) -> PyValue.eq(unitClass(PyValue.get(g, "unit")), unitClass(PyValue.get(p, "unit")))));
        out.put(Section.QUANTITY_FACTS, quantityFacts());
        out.put(Section.RELATIONS, relations());
        return out;
    }

    private Counts entities(String kind) {
        return matchEntities(PyValue.objects(PyValue.get(gold, kind), kind),
                PyValue.objects(PyValue.get(pred, kind), kind));
    }

    private static List<ObjectNode> introduced(ObjectNode record) {
        List<ObjectNode> out = new ArrayList<>();
        for (String kind : List.of("models", "datasets")) {
            for (ObjectNode e : PyValue.objects(PyValue.get(record, kind), kind)) {
                if (PyValue.truthy(PyValue.get(e, "introduced"))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static List<ObjectNode> quantities(ObjectNode record) {
        return PyValue.objects(PyValue.get(record, "quantities"), "quantities");
    }

    /**
     * score_entities(): each predicted entity, in order, takes the first unmatched
     * required gold entity sharing a surface form. A repeat of an already matched entity,
     * or a mention of an optional one, costs nothing; anything else is a false positive.
     */
    static Counts matchEntities(List<ObjectNode> goldList, List<ObjectNode> predList) {
        List<Set<String>> required = new ArrayList<>();
        Set<String> optional = new HashSet<>();
        for (ObjectNode e : goldList) {
            if (PyValue.truthy(PyValue.get(e, "optional"))) {
                optional.addAll(Names.surfaceForms(e));
            } else {
                required.add(Names.surfaceForms(e));
            }
        }
        boolean[] matched = new boolean[required.size()];
        int tp = 0;
        int fp = 0;
        for (ObjectNode p : predList) {
            Set<String> forms = Names.surfaceForms(p);
            int hit = -1;
            for (int i = 0; i < required.size() && hit < 0; i++) {
                if (!matched[i] && Names.intersect(forms, required.get(i))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                tp++;
            } else if (required.stream().noneMatch(g -> Names.intersect(forms, g))
                    && !Names.intersect(forms, optional)) {
                fp++;
            }
        }
        return new Counts(tp, fp, required.size() - tp);
    }

    /** unit_class(): a benchmark number is the same fact with or without a percent sign. */
    private static JsonNode unitClass(JsonNode unit) {
        boolean score = unit.isTextual() && (unit.textValue().equals("score") || unit.textValue().equals("percent"));
        return score ? TextNode.valueOf("score") : unit;
    }

    /**
     * score_quantities(): each predicted quantity takes the first unused gold quantity with
     * the same key and a value within 1 %. An optional gold quantity absorbs a prediction
     * without rewarding it and is never missed. Evaluation order matches Python's
     * short-circuits, since close() can raise on a huge integer.
     */
    static Counts matchQuantities(List<ObjectNode> goldQ, List<ObjectNode> predQ,
            BiPredicate<ObjectNode, ObjectNode> sameKey) {
        boolean[] used = new boolean[goldQ.size()];
        int tp = 0;
        int fp = 0;
        for (ObjectNode p : predQ) {
            boolean found = false;
            for (int i = 0; i < goldQ.size() && !found; i++) {
                ObjectNode g = goldQ.get(i);
                if (!used[i] && sameKey.test(g, p) && close(PyValue.get(p, "value"), PyValue.get(g, "value"))) {
                    used[i] = true;
                    tp += PyValue.truthy(PyValue.get(g, "optional")) ? 0 : 1;
                    found = true;
                }
            }
            if (!found) {
                fp++;
            }
        }
        int fn = 0;
        for (int i = 0; i < goldQ.size(); i++) {
            if (!used[i] && !PyValue.truthy(PyValue.get(goldQ.get(i), "optional"))) {
                fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** close(): relative to the gold value b; a value Python's float() rejects never matches. */
    static boolean close(JsonNode a, JsonNode b) {
        OptionalDouble x = PyValue.toFloat(a);
        if (x.isEmpty()) {
            return false;
        }
        OptionalDouble y = PyValue.toFloat(b);
        if (y.isEmpty()) {
            return false;
        }
        double av = x.getAsDouble();
        double bv = y.getAsDouble();
        if (bv == 0) {
            return av == 0;
        }
        return Math.abs(av - bv) <= 0.01 * Math.abs(bv);
    }

    /**
     * Quantities with a subject and a property, keyed by the resolved subject and the
     * property. Gold facts about optional entities are dropped, and so are predicted facts
     * about those optional entities that some gold quantity names as subject.
     */
    private Counts quantityFacts() {
        List<ObjectNode> goldFacts = new ArrayList<>();
        Set<EntityRef> optionalSubjects = new HashSet<>();
        for (ObjectNode q : quantities(gold)) {
            JsonNode subject = PyValue.get(q, "subject");
            if (PyValue.truthy(subject) && PyValue.truthy(PyValue.get(q, "property"))
                    && !index.resolve(subject).optional()) {
                goldFacts.add(q);
            }
            if (PyValue.truthy(subject) && index.resolve(subject).optional()) {
                optionalSubjects.add(index.resolve(subject).ref());
            }
        }
        List<ObjectNode> predFacts = new ArrayList<>();
        for (ObjectNode q : quantities(pred)) {
            JsonNode subject = PyValue.get(q, "subject");
            if (PyValue.truthy(subject) && PyValue.truthy(PyValue.get(q, "property"))
                    && !optionalSubjects.contains(index.resolve(subject).ref())) {
                predFacts.add(q);
            }
        }
        return matchQuantities(goldFacts, predFacts, (g, p) -> factKey(g).equals(factKey(p)));
    }

    private FactKey factKey(ObjectNode q) {
        return new FactKey(index.resolve(PyValue.get(q, "subject")).ref(), PyValue.key(PyValue.get(q, "property")));
    }

    /**
     * Relations as sets of (subject, predicate, object) keys. A relation touching an
     * optional entity is ignored in gold, and its key is then ignored in the prediction.
     */
    private Counts relations() {
        Set<RelKey> goldRel = new LinkedHashSet<>();
        Set<RelKey> optionalRel = new HashSet<>();
        for (ObjectNode r : PyValue.objects(PyValue.get(gold, "relations"), "relations")) {
            EntityRef.Resolved s = index.resolve(PyValue.get(r, "s"));
            EntityRef.Resolved o = index.resolve(PyValue.get(r, "o"));
            RelKey k = relKey(r, s, o, true);
            (s.optional() || o.optional() ? optionalRel : goldRel).add(k);
        }
        Set<RelKey> predRel = new HashSet<>();
        for (ObjectNode r : PyValue.objects(PyValue.get(pred, "relations"), "relations")) {
            EntityRef.Resolved s = index.resolve(PyValue.get(r, "s"));
            EntityRef.Resolved o = index.resolve(PyValue.get(r, "o"));
            boolean optional = s.optional() || o.optional();
            // Python only hashes the key (and so only fails on a list or dict "p") past `not opt`.
            RelKey k = relKey(r, s, o, !optional);
            if (!optional && !optionalRel.contains(k)) {
                predRel.add(k);
            }
        }
        int tp = 0;
        for (RelKey k : predRel) {
            if (goldRel.contains(k)) {
                tp++;
            }
        }
        return new Counts(tp, predRel.size() - tp, goldRel.size() - tp);
    }

    private static RelKey relKey(ObjectNode r, EntityRef.Resolved s, EntityRef.Resolved o, boolean hashed) {
        JsonNode p = PyValue.get(r, "p");
        if (hashed && !PyValue.hashable(p)) {
            throw new IllegalArgumentException("relation predicate is a list or object (unhashable in score.py): " + r);
        }
        return new RelKey(s.ref(), PyValue.key(p), o.ref());
    }
}
