package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** score.py's norm() and surface_forms(): how entity names are compared. */
final class Names {

    private Names() {
    }

    /**
     * {@code norm(name)}: null (Python's None) for a missing or null name, otherwise the
     * normalised {@code str(name)} -- so a number or a list used as a name still yields
     * the letters and digits Python would see.
     */
    static String norm(JsonNode name) {
        return PyValue.isNone(name) ? null : PyText.norm(PyValue.str(name));
    }

    /** The normalised name and aliases; a name that normalises to nothing matches nothing. */
    static Set<String> surfaceForms(JsonNode entity) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(norm(PyValue.get(entity, "name")));
        for (JsonNode alias : PyValue.iterate(PyValue.get(entity, "aliases"), "aliases")) {
            forms.add(norm(alias));
        }
        forms.remove(null);
        forms.remove("");
        return forms;
    }

    static boolean intersect(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
