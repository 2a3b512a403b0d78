package org.paperkg.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Writes values into the page: own terms as in-page links ({@code #Paper}), other IRIs as CURIEs
 * linking out (http and https only, so an IRI such as {@code javascript:…} never becomes a live link),
 * literals and class expressions as text.
 */
final class OntologyDocsValues {
    private final OntologyCatalog catalog;
    private final OntologyExpressions expressions;
    /** A CURIE with one of the file's prefixes inside a comment ("pkg:partOf", "qudt:unit"), to link it. */
    private final Pattern curie;

    OntologyDocsValues(OntologyCatalog catalog) {
        this.catalog = catalog;
        this.expressions = new OntologyExpressions(catalog);
        String prefixes = catalog.names().prefixes().keySet().stream()
                .filter(p -> !p.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Local names may contain dots in general, but in prose a trailing dot ends the sentence: leave dots out.
        this.curie = prefixes.isEmpty() ? null
                : Pattern.compile("(?<![\\w:/#.-])(" + prefixes + "):([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)");
    }

    void node(OntologyXmlWriter w, RDFNode node) {
        expressions.write(node, new OntologyExpressions.Sink() {
            @Override
            public void term(OntologyTerm term) {
                termLink(w, term);
            }

            @Override
            public void iri(String iri, String curie) {
                external(w, iri, curie);
            }

            @Override
            public void literal(Literal literal) {
                w.text(literal.getLexicalForm());
            }

            @Override
            public void text(String text) {
                w.text(text);
            }
        });
    }

    void value(OntologyXmlWriter w, OntologyValue value) {
        if (value instanceof OntologyValue.Node n) {
            node(w, n.node());
        } else if (value instanceof OntologyValue.Chain c) {
            List<RDFNode> steps = c.steps();
            for (int i = 0; i < steps.size(); i++) {
                if (i > 0) {
                    w.text(" ∘ ");
                }
                node(w, steps.get(i));
            }
        } else if (value instanceof OntologyValue.Via v) {
            node(w, v.relation());
            w.text(" ");
            node(w, v.target());
        }
    }

    /** A term by its CURIE, linked to its section; the label shows on hover. */
    void termLink(OntologyXmlWriter w, OntologyTerm term) {
        w.open("a", "href", "#" + term.id(), "title", term.label())
                .element("code", catalog.curie(term.resource()))
                .close("a");
    }

    /** An outside IRI: a link only for web IRIs. */
    void external(OntologyXmlWriter w, String iri, String shown) {
        String title = shown.equals(iri) ? null : iri;
        if (isWebLink(iri)) {
            w.open("a", "class", "ext", "href", iri, "title", title).element("code", shown).close("a");
        } else {
            w.element("code", shown, "title", title);
        }
    }

    static boolean isWebLink(String iri) {
        String lower = iri.toLowerCase();
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Annotation text split into paragraphs, with mentions of our own CURIEs linked. */
    void prose(OntologyXmlWriter w, String text, String cssClass) {
        for (String paragraph : OntologyText.paragraphs(text)) {
            w.open("p", "class", cssClass);
            linkCuries(w, paragraph);
            w.close("p").newline();
        }
    }

    /**
     * Links the CURIEs a comment mentions: own terms to their sections, other vocabularies' terms
     * to their IRIs. A CURIE in the own namespace that names no declared term stays plain text.
     */
    private void linkCuries(OntologyXmlWriter w, String text) {
        if (curie == null) {
            w.text(text);
            return;
        }
        Matcher m = curie.matcher(text);
        int done = 0;
        while (m.find()) {
            String iri = catalog.names().prefixes().get(m.group(1)) + m.group(2);
            var own = catalog.term(ResourceFactory.createResource(iri));
            if (own.isEmpty() && catalog.isOwn(iri)) {
                continue;
            }
            w.text(text.substring(done, m.start()));
            if (own.isPresent()) {
                termLink(w, own.get());
            } else {
                external(w, iri, m.group());
            }
            done = m.end();
        }
        w.text(text.substring(done));
    }
}
