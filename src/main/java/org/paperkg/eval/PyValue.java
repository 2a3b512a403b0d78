package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How Python treats a value that json.loads produced. score.py never checks types, so a
 * faithful port must reproduce truthiness ({@code x or []}), iteration (a string alias
 * list iterates characters), {@code str()}, {@code float()} and {@code ==} on whatever the
 * JSON holds. Where Python would raise and crash, these methods throw
 * IllegalArgumentException.
 */
final class PyValue {

    /** Stand-ins for Python values that have no natural Java equality. */
    private enum Singleton {
        /** None. */
        NONE,
        /**
         * json.loads returns one shared float('nan') object for every NaN literal, and
         * Python's container comparisons (tuples, lists, sets) test identity first, so
         * NaN equals NaN there; only a bare {@code ==} says otherwise (see {@link #eq}).
         */
        NAN
    }

    private PyValue() {
    }

    /** {@code d.get(field)}: an absent field is None, like an explicit null. */
    static JsonNode get(JsonNode dict, String field) {
        JsonNode v = dict.get(field);
        return v == null ? NullNode.getInstance() : v;
    }

    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** Python truthiness; NaN is true, as in Python. */
    static boolean truthy(JsonNode v) {
        if (isNone(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().signum() != 0;
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isContainerNode()) {
            return v.size() > 0;
        }
        return true;
    }

    /**
     * {@code for x in (v or [])}: a list gives its items, a string its characters, a dict
     * its keys; anything else truthy is not iterable.
     */
    static List<JsonNode> iterate(JsonNode v, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (!truthy(v)) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else if (v.isTextual()) {
            v.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(new String(Character.toChars(cp)))));
        } else if (v.isObject()) {
            v.fieldNames().forEachRemaining(name -> out.add(TextNode.valueOf(name)));
        } else {
            throw new IllegalArgumentException(what + " is not a list: " + v);
        }
        return out;
    }

    /** The items of a list that score.py calls {@code .get()} on: they must be objects. */
    static List<ObjectNode> objects(JsonNode v, String what) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode item : iterate(v, what)) {
            out.add(requireObject(item, "an item of " + what));
        }
        return out;
    }

    static ObjectNode requireObject(JsonNode v, String what) {
        if (v instanceof ObjectNode o) {
            return o;
        }
        throw new IllegalArgumentException(what + " is not a JSON object: " + v);
    }

    /** Python's {@code str(v)}. */
    static String str(JsonNode v) {
        return v.isTextual() ? v.textValue() : repr(v);
    }

    /** Python's {@code repr(v)}; lists and dicts show their items' reprs. */
    static String repr(JsonNode v) {
        if (isNone(v)) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return PyFloat.repr(v.doubleValue());
        }
        if (v.isTextual()) {
            return PyText.repr(v.textValue());
        }
        StringBuilder b = new StringBuilder();
        if (v.isArray()) {
            b.append('[');
            for (int i = 0; i < v.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(repr(v.get(i)));
            }
            return b.append(']').toString();
        }
        b.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        for (boolean first = true; it.hasNext(); first = false) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(first ? "" : ", ").append(PyText.repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return b.append('}').toString();
    }

    /**
     * Python's {@code float(v)}, or empty where it raises TypeError or ValueError (the
     * errors close() catches). An integer too large for a double raises OverflowError,
     * which score.py does not catch.
     */
    static OptionalDouble toFloat(JsonNode v) {
        if (isNone(v) || v.isContainerNode()) {
            return OptionalDouble.empty();
        }
        if (v.isBoolean()) {
            return OptionalDouble.of(v.booleanValue() ? 1.0 : 0.0);
        }
        if (v.isIntegralNumber()) {
            double d = v.bigIntegerValue().doubleValue(); // correctly rounded, as Python's int -> float
            if (Double.isInfinite(d)) {
                throw new IllegalArgumentException("int too large to convert to float: " + v);
            }
            return OptionalDouble.of(d);
        }
        if (v.isNumber()) {
            return OptionalDouble.of(v.doubleValue());
        }
        if (v.isTextual()) {
            return PyFloat.parse(v.textValue());
        }
        return OptionalDouble.empty();
    }

    /**
     * A Java object whose equals/hashCode follow Python's equality inside containers:
     * {@code 1 == 1.0 == True}, int and float compared exactly, dicts regardless of key
     * order, NaN equal to itself (see {@link Singleton#NAN}).
     */
    static Object key(JsonNode v) {
        if (isNone(v)) {
            return Singleton.NONE;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return number(new BigDecimal(v.bigIntegerValue()));
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d)) {
                return Singleton.NAN;
            }
            return Double.isInfinite(d) ? (Object) d : number(new BigDecimal(d));
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(item -> items.add(key(item)));
            return items;
        }
        Map<String, Object> entries = new LinkedHashMap<>(); // Map.equals ignores order, as dict == does
        v.fields().forEachRemaining(e -> entries.put(e.getKey(), key(e.getValue())));
        return entries;
    }

    /** One representation per numeric value, so BigDecimal.equals means numeric equality. */
    private static BigDecimal number(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    /** A bare Python {@code a == b}: like {@link #key} equality, except that NaN is never equal. */
    static boolean eq(JsonNode a, JsonNode b) {
        return !isNaN(a) && !isNaN(b) && key(a).equals(key(b));
    }

    private static boolean isNaN(JsonNode v) {
        return v != null && v.isFloatingPointNumber() && Double.isNaN(v.doubleValue());
    }

    /** Lists and dicts cannot go into a Python set or be a dict key. */
    static boolean hashable(JsonNode v) {
        return isNone(v) || !v.isContainerNode();
    }
}
