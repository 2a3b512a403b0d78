package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A port of data/gold/score.py that gives the same tp/fp/fn per section for any gold and
 * predicted file. Where score.py would crash (a gold record with neither id nor title, an
 * entity list that is not a list, ...), this throws IllegalArgumentException instead.
 */
public final class GoldScorer {

    private static final String TITLE_PREFIX = "title:";

    private GoldScorer() {
    }

    /** Scores two JSON Lines files (GUIDELINES.md layout). */
    public static Scores score(Path gold, Path pred) throws IOException {
        return score(List.<JsonNode>copyOf(JsonLines.read(gold)), List.<JsonNode>copyOf(JsonLines.read(pred)));
    }

    /** Scores records given in file order; each must be a JSON object. */
    public static Scores score(List<JsonNode> gold, List<JsonNode> pred) {
        Map<String, ObjectNode> goldByKey = load(gold, true);
        Map<String, ObjectNode> predByKey = load(pred, false);

        Map<Section, Counts> totals = new EnumMap<>(Section.class);
        List<DocScores> perDocument = new ArrayList<>();
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, ObjectNode> e : goldByKey.entrySet()) {
            String key = e.getKey();
            ObjectNode g = e.getValue();
            // The "title:" entries only serve pairing; a record displaced from its id key
            // by a later record with the same id is not scored, as in score.py.
            if (key.startsWith(TITLE_PREFIX) || !seen.add(g)) {
                continue;
            }
            Map<Section, Counts> doc = DocumentScorer.score(g, pairedPrediction(key, g, predByKey));
            doc.forEach((s, c) -> totals.merge(s, c, Counts::plus));
            perDocument.add(new DocScores(key, doc));
        }
        Counts overall = Counts.ZERO;
        for (Section s : Section.values()) {
            totals.putIfAbsent(s, Counts.ZERO);
            // "introduced" re-counts models and datasets, so it stays out of the overall sum.
            if (s != Section.INTRODUCED) {
                overall = overall.plus(totals.get(s));
            }
        }
        return new Scores(totals, overall, perDocument.size(), perDocument);
    }

    /**
     * score.py's load(): records keyed by id, or by normalised title when the id is falsy,
     * plus a "title:" key that the first record with that title keeps. A later record with
     * the same key replaces the earlier one but, like a Python dict, keeps its position.
     * Only string keys can ever be looked up, so a prediction's numeric id is dropped;
     * in gold, score.py would crash on such a key (and on None).
     */
    private static Map<String, ObjectNode> load(List<JsonNode> records, boolean gold) {
        String file = gold ? "gold" : "predicted";
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode node : records) {
            n++;
            ObjectNode r = PyValue.requireObject(node, file + " record " + n);
            JsonNode id = PyValue.get(r, "id");
            JsonNode title = PyValue.get(r, "title");
            if (PyValue.truthy(id) && !PyValue.hashable(id)) {
                throw new IllegalArgumentException(file + " record " + n + ": id is a list or object: " + id);
            }
            String key = PyValue.truthy(id) ? (id.isTextual() ? id.textValue() : null) : Names.norm(title);
            if (key != null) {
                byKey.put(key, r);
            } else if (gold) {
                throw new IllegalArgumentException(file + " record " + n + ": needs a string id or a title (score.py fails)");
            }
            if (PyValue.truthy(title)) {
                byKey.putIfAbsent(TITLE_PREFIX + Names.norm(title), r);
            }
        }
        return byKey;
    }

    /** By key, then by normalised title; a gold record with no prediction counts as all misses. */
    private static ObjectNode pairedPrediction(String key, ObjectNode g, Map<String, ObjectNode> predByKey) {
        ObjectNode p = predByKey.get(key);
        if (p != null && PyValue.truthy(p)) {
            return p;
        }
        String title = Names.norm(PyValue.get(g, "title"));
        if (title == null) {
            throw new IllegalArgumentException("gold record " + key + " has no prediction with its id and no title to pair by (score.py fails)");
        }
        p = predByKey.get(TITLE_PREFIX + title);
        return p != null && PyValue.truthy(p) ? p : JsonNodeFactory.instance.objectNode();
    }
}
