package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * score.py's entity_index() and resolve(): every surface form of every gold entity of a
 * record, so that relation and quantity subjects written with any alias land on the same
 * gold entity.
 */
final class EntityIndex {

    /** The entity kinds in score.py's order; the first entity to claim a form keeps it. */
    static final List<String> KINDS = List.of("models", "datasets", "organizations");

    private final Map<String, EntityRef.Resolved> byForm = new HashMap<>();

    EntityIndex(ObjectNode gold) {
        for (String kind : KINDS) {
            List<ObjectNode> entities = PyValue.objects(PyValue.get(gold, kind), kind);
            for (int i = 0; i < entities.size(); i++) {
                ObjectNode e = entities.get(i);
                EntityRef.Resolved r = new EntityRef.Resolved(
                        new EntityRef.Known(kind, i), PyValue.truthy(PyValue.get(e, "optional")));
                for (String form : Names.surfaceForms(e)) {
                    byForm.putIfAbsent(form, r); // dict.setdefault
                }
            }
        }
    }

    /** {@code resolve(name)}: the gold entity, or {@code ("?", norm(name))}, never optional. */
    EntityRef.Resolved resolve(JsonNode name) {
        String n = Names.norm(name);
        EntityRef.Resolved r = n == null ? null : byForm.get(n);
        return r != null ? r : new EntityRef.Resolved(new EntityRef.Unknown(n), false);
    }
}
