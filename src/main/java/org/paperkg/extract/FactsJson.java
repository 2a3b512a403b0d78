package org.paperkg.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.nlp.MentionType;

/** Writes a paper's facts as one record of the gold layout ({@code data/gold/GUIDELINES.md}). */
public final class FactsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsJson() {}

    public static ObjectNode toJson(PaperFacts facts) {
        ObjectNode rec = JSON.createObjectNode();
        if (facts.paper().id() != null) {
            rec.put("id", facts.paper().id());
        }
        rec.put("title", facts.paper().title());
        rec.set("models", entities(facts, MentionType.MODEL));
        rec.set("datasets", entities(facts, MentionType.DATASET));
        rec.set("organizations", entities(facts, MentionType.ORGANIZATION));
        ArrayNode qs = rec.putArray("quantities");
        for (ExtractedQuantity q : facts.quantities()) {
            ObjectNode o = qs.addObject();
            o.put("text", q.text());
            o.put("value", q.value());
            o.put("unit", q.unit());
            o.put("subject", q.subject());
            o.put("property", q.property());
        }
        ArrayNode rs = rec.putArray("relations");
        for (ExtractedRelation r : facts.relations()) {
            ObjectNode o = rs.addObject();
            o.put("s", r.subject());
            o.put("p", r.predicate());
            o.put("o", r.object());
            if (r.score() != null) {
                o.put("score", r.score());
            }
        }
        return rec;
    }

    public static String toLine(PaperFacts facts) {
        return toJson(facts).toString();
    }

    private static ArrayNode entities(PaperFacts facts, MentionType type) {
        ArrayNode arr = JSON.createArrayNode();
        for (ExtractedEntity e : facts.entities(type)) {
            ObjectNode o = arr.addObject();
            o.put("name", e.name());
            if (!e.aliases().isEmpty()) {
                ArrayNode a = o.putArray("aliases");
                e.aliases().forEach(a::add);
            }
            if (type != MentionType.ORGANIZATION) {
                if (type == MentionType.DATASET) {
                    o.put("role", e.benchmark() ? "benchmark" : "corpus");
                }
                o.put("introduced", e.introduced());
            }
        }
        return arr;
    }
}
