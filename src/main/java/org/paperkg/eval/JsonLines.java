package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Lines the way score.py's load() does: Python-stripped lines, blank ones
 * skipped, each parsed with json.loads' rules. Jackson is stricter or looser than
 * json.loads in a few places (it accepts "+INF", stops after the first value, caps
 * number and string lengths), so the tree is built here from Jackson's tokens with those
 * differences closed.
 */
final class JsonLines {

    /** The non-finite literals json.loads accepts; Jackson's option also takes INF, +INF, +Infinity. */
    private static final Set<String> PY_CONSTANTS = Set.of("NaN", "Infinity", "-Infinity");

    /** CPython refuses to convert integers with more digits (sys.int_info.default_max_str_digits). */
    private static final int MAX_INT_DIGITS = 4300;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonLines() {
    }

    /**
     * The records of a file, in order. Lines split as Python's universal newlines do
     * (\n, \r, \r\n), like BufferedReader; invalid UTF-8 fails as it does in Python.
     *
     * @throws IllegalArgumentException naming file and line for a line that is not
     *     valid JSON or not a JSON object
     */
    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 1; (line = in.readLine()) != null; n++) {
                String text = PyText.strip(line);
                if (text.isEmpty()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = parse(text);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not valid JSON: " + reason(e), e);
                }
                if (!(node instanceof ObjectNode record)) {
                    throw new IllegalArgumentException(file + ":" + n + ": not a JSON object");
                }
                records.add(record);
            }
        }
        return records;
    }

    /** One JSON value with json.loads' rules. */
    static JsonNode parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("Expecting value");
            }
            JsonNode value = value(p, first);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("Extra data");
            }
            return value;
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    // A repeated key keeps its first position and takes the last value, as in a dict.
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                    a.add(value(p, item));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT: {
                String digits = p.getText();
                if (digits.length() - (digits.startsWith("-") ? 1 : 0) > MAX_INT_DIGITS) {
                    throw new IllegalArgumentException("Exceeds the limit (4300 digits) for integer string conversion");
                }
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            }
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                // A finite literal or a 1e400-style overflow is ordinary JSON; spelled-out infinities must be Python's.
                if ((Double.isNaN(d) || Double.isInfinite(d)) && !isNumeral(p.getText()) && !PY_CONSTANTS.contains(p.getText())) {
                    throw new IllegalArgumentException("Expecting value: " + p.getText());
                }
                return NODES.numberNode(d);
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalArgumentException("unexpected token " + t);
        }
    }

    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static boolean isNumeral(String text) {
        return !text.isEmpty() && (Character.isDigit(text.charAt(text.length() - 1)));
    }
}
