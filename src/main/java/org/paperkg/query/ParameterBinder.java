package org.paperkg.query;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;

/**
 * Turns a library query and the user's parameter values into a parsed {@link Query}.
 *
 * <p>Values become RDF terms and are inserted by {@link ParameterizedSparqlString}, which writes them in
 * SPARQL term syntax (quotes escaped, IRIs checked): a value can never end the literal it sits in and
 * add syntax of its own, which string concatenation would allow. The kind of term follows the
 * declaration: a number where the default is a number, an IRI where the value is written {@code <...>},
 * else a plain string.
 */
final class ParameterBinder {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+)");
    private static final Pattern DOUBLE = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");
    /** Characters SPARQL forbids inside {@code <...>}; IRI checking alone lets some through. */
    private static final Pattern NOT_IN_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\]");

    private ParameterBinder() {}

    static Query bind(NamedQuery query, Map<String, String> values) {
        for (String given : values.keySet()) {
            if (!query.parameterDefaults().containsKey(given)) {
                throw new QueryInputException("query " + query.name() + " has no parameter '" + given + "'"
                        + (query.parameterDefaults().isEmpty() ? "; it takes none"
                                : "; its parameters: " + String.join(", ", query.parameterDefaults().keySet())));
            }
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query.sparql());
        query.parameterDefaults().forEach((name, defaultValue) -> {
            String value = values.getOrDefault(name, defaultValue);
            if (!value.isEmpty()) {    // no value and no default: the variable stays free
                pss.setParam(name, term(query.name(), name, value, defaultValue));
            }
        });
        try {
            return pss.asQuery();
        } catch (QueryParseException e) {
            throw new QueryInputException("query " + query.name() + " is not valid SPARQL: " + oneLine(e.getMessage()));
        }
    }

    /** The RDF term for one parameter value. */
    static Node term(String queryName, String param, String value, String defaultValue) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return iri(queryName, param, value.substring(1, value.length() - 1));
        }
        if (numericType(defaultValue) != null) {
            RDFDatatype type = numericType(value);
            if (type == null) {
                throw new QueryInputException("parameter " + param + " of query " + queryName
                        + " expects a number, not '" + value + "'");
            }
            return NodeFactory.createLiteralDT(value.startsWith("+") ? value.substring(1) : value, type);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String queryName, String param, String iri) {
        if (NOT_IN_IRI.matcher(iri).find() || !IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw new QueryInputException("parameter " + param + " of query " + queryName
                    + " is not an absolute IRI: <" + iri + ">");
        }
        return NodeFactory.createURI(iri);
    }

    /** xsd:integer, xsd:decimal or xsd:double as SPARQL would read the number; null if it is not one. */
    static RDFDatatype numericType(String text) {
        String s = text.strip();
        if (INTEGER.matcher(s).matches()) return XSDDatatype.XSDinteger;
        if (DECIMAL.matcher(s).matches()) return XSDDatatype.XSDdecimal;
        if (DOUBLE.matcher(s).matches()) return XSDDatatype.XSDdouble;
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
