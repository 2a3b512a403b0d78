package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** Picks one human-readable literal among several (labels and comments come in many languages). */
final class OntologyText {
    /** The page is written in English, so English annotations win, then untagged ones. */
    static final String LANGUAGE = "en";

    private OntologyText() {}

    /** The first property in {@code properties} that has a literal, in the preferred language. */
    static Optional<String> preferred(Resource r, Property... properties) {
        for (Property p : properties) {
            Optional<String> value = literals(r, p).stream()
                    .min(Comparator.comparingInt(OntologyText::languageRank).thenComparing(Literal::getLexicalForm))
                    .map(Literal::getLexicalForm);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** Which of {@code properties} {@link #preferred} takes its value from, or null. */
    static Property source(Resource r, Property... properties) {
        for (Property p : properties) {
            if (!literals(r, p).isEmpty()) {
                return p;
            }
        }
        return null;
    }

    private static List<Literal> literals(Resource r, Property p) {
        List<Literal> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                out.add(o.asLiteral());
            }
        });
        return out;
    }

    private static int languageRank(Literal l) {
        String lang = l.getLanguage();
        if (lang.equalsIgnoreCase(LANGUAGE) || lang.toLowerCase().startsWith(LANGUAGE + "-")) {
            return 0;
        }
        return lang.isEmpty() ? 1 : 2;
    }

    /** Paragraphs of a multi-line annotation: blank lines separate them, single line breaks are wrapping. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String joined = p.strip().replaceAll("\\s+", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }
}
