package org.paperkg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query from the library, with the header that documents it.
 *
 * <p>The header is the comment block at the top of the {@code .rq} file:
 * <pre>
 * # title: Models by parameter count
 * # question: Which models have the most parameters, and which paper says so?
 * # param: minParams = 0  — only models with at least this many parameters
 * </pre>
 * Parameters keep their declaration order; a default may be empty (the variable then stays unbound
 * unless a value is given).
 *
 * @param name              the file name without {@code .rq}
 * @param parameterDefaults parameter name (without {@code ?}) to default value, in declaration order
 * @param sparql            the whole file, header included (comments are valid SPARQL)
 */
public record NamedQuery(String name, String title, String question, Map<String, String> parameterDefaults, String sparql) {

    private static final Pattern HEADER_FIELD = Pattern.compile("#\\s*(title|question|param)\\s*:\\s*(.*)");
    /** {@code name = default — description}; the description may follow an em dash, en dash or " -- ". */
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*(?:(?:\u2014|\u2013|\\s--\\s).*)?");

    public NamedQuery {
        parameterDefaults = Collections.unmodifiableMap(new LinkedHashMap<>(parameterDefaults));
    }

    /** Reads the header of {@code text}; the query itself is checked when it is bound and run. */
    public static NamedQuery parse(String name, String text) {
        String title = null;
        String question = null;
        Map<String, String> params = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) continue;
            if (!trimmed.startsWith("#")) break;          // the header ends at the first SPARQL line
            Matcher field = HEADER_FIELD.matcher(trimmed);
            if (!field.matches()) continue;                // other comments are the author's notes
            String value = field.group(2).strip();
            switch (field.group(1)) {
                case "title" -> title = value;
                case "question" -> question = value;
                default -> {
                    Matcher param = PARAM.matcher(value);
                    if (param.matches()) {
                        params.put(param.group(1), param.group(2));
                    } else {
                        problems.add("bad param line '" + trimmed + "' (expected '# param: name = default — description')");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new QueryInputException("query " + name + ": " + String.join("; ", problems));
        }
        return new NamedQuery(name, title == null ? name : title, question == null ? "" : question, params, text);
    }
}
