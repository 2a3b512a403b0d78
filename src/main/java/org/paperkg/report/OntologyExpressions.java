package org.paperkg.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * Says what a node is, in words: own terms by name, other IRIs as CURIEs, and anonymous class
 * expressions (the {@code owl:unionOf} domains of the paperkg properties, restrictions, datatype
 * unions) in a Manchester-like form such as "model or dataset". The same walk feeds the HTML page
 * (through a {@link Sink} that writes links) and plain-text uses such as sorting and alt text.
 */
final class OntologyExpressions {
    /** Receives the pieces of a description in reading order. */
    interface Sink {
        void term(OntologyTerm term);

        void iri(String iri, String curie);

        void literal(Literal literal);

        void text(String text);
    }

    /** Blank nodes can be cyclic in a broken file; past this depth the walk stops. */
    private static final int MAX_DEPTH = 6;

    private final OntologyCatalog catalog;

    OntologyExpressions(OntologyCatalog catalog) {
        this.catalog = catalog;
    }

    void write(RDFNode node, Sink out) {
        write(node, out, 0);
    }

    /** The description as plain text: own terms by label, other IRIs as CURIEs. */
    String plain(RDFNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, new Sink() {
            @Override
            public void term(OntologyTerm term) {
                sb.append(term.label());
            }

            @Override
            public void iri(String iri, String curie) {
                sb.append(curie);
            }

            @Override
            public void literal(Literal literal) {
                sb.append(literal.getLexicalForm());
            }

            @Override
            public void text(String text) {
                sb.append(text);
            }
        });
        return sb.toString();
    }

    private void write(RDFNode node, Sink out, int depth) {
        if (node.isLiteral()) {
            out.literal(node.asLiteral());
            return;
        }
        Resource r = node.asResource();
        if (r.isURIResource()) {
            Optional<OntologyTerm> own = catalog.term(r);
            if (own.isPresent()) {
                out.term(own.get());
            } else {
                out.iri(r.getURI(), catalog.curie(r));
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            out.text("…");
            return;
        }
        writeAnonymous(r, out, depth);
    }

    private void writeAnonymous(Resource r, Sink out, int depth) {
        if (r.hasProperty(OWL2.unionOf)) {
            join(OntologyCatalog.list(r.getPropertyResourceValue(OWL2.unionOf)), " or ", out, depth);
        } else if (r.hasProperty(OWL2.intersectionOf)) {
            join(OntologyCatalog.list(r.getPropertyResourceValue(OWL2.intersectionOf)), " and ", out, depth);
        } else if (r.hasProperty(OWL2.complementOf)) {
            out.text("not ");
            operand(r.getPropertyResourceValue(OWL2.complementOf), out, depth);
        } else if (r.hasProperty(OWL2.oneOf)) {
            out.text("one of {");
            join(OntologyCatalog.list(r.getPropertyResourceValue(OWL2.oneOf)), ", ", out, depth);
            out.text("}");
        } else if (r.hasProperty(OWL2.onProperty)) {
            writeRestriction(r, out, depth);
        } else if (r.hasProperty(OWL2.onDatatype)) {
            operand(r.getPropertyResourceValue(OWL2.onDatatype), out, depth);
            out.text(" with facets [");
            List<RDFNode> facets = OntologyCatalog.list(r.getPropertyResourceValue(OWL2.withRestrictions));
            for (int i = 0; i < facets.size(); i++) {
                if (i > 0) {
                    out.text(", ");
                }
                writeFacet(facets.get(i), out, depth);
            }
            out.text("]");
        } else {
            Optional<String> label = OntologyText.preferred(r, RDFS.label);
            out.text(label.orElse("an anonymous node"));
        }
    }

    /** "P some C", "P only C", "P value v", "P min 1 C", "P exactly 1", "P Self". */
    private void writeRestriction(Resource r, Sink out, int depth) {
        write(r.getPropertyResourceValue(OWL2.onProperty), out, depth + 1);
        Statement s;
        if ((s = r.getProperty(OWL2.someValuesFrom)) != null) {
            keyword(" some ", s.getObject(), out, depth);
        } else if ((s = r.getProperty(OWL2.allValuesFrom)) != null) {
            keyword(" only ", s.getObject(), out, depth);
        } else if ((s = r.getProperty(OWL2.hasValue)) != null) {
            keyword(" value ", s.getObject(), out, depth);
        } else if (r.hasProperty(OWL2.hasSelf)) {
            out.text(" Self");
        } else {
            writeCardinality(r, out, depth);
        }
    }

    private void writeCardinality(Resource r, Sink out, int depth) {
        List<Map.Entry<String, List<Property>>> kinds = List.of(
                Map.entry(" min ", List.of(OWL2.minCardinality, OWL2.minQualifiedCardinality)),
                Map.entry(" max ", List.of(OWL2.maxCardinality, OWL2.maxQualifiedCardinality)),
                Map.entry(" exactly ", List.of(OWL2.cardinality, OWL2.qualifiedCardinality)));
        for (Map.Entry<String, List<Property>> kind : kinds) {
            for (Property p : kind.getValue()) {
                Statement s = r.getProperty(p);
                if (s != null && s.getObject().isLiteral()) {
                    out.text(kind.getKey() + s.getObject().asLiteral().getLexicalForm());
                    Statement on = r.getProperty(OWL2.onClass);
                    if (on == null) {
                        on = r.getProperty(OWL2.onDataRange);
                    }
                    if (on != null) {
                        out.text(" ");
                        operand(on.getObject(), out, depth);
                    }
                    return;
                }
            }
        }
        out.text(" (restriction)");
    }

    private void writeFacet(RDFNode facet, Sink out, int depth) {
        if (!facet.isResource()) {
            write(facet, out, depth + 1);
            return;
        }
        facet.asResource().listProperties().forEach(s -> {
            write(s.getPredicate(), out, depth + 1);
            out.text(" ");
            write(s.getObject(), out, depth + 1);
        });
    }

    private void keyword(String word, RDFNode object, Sink out, int depth) {
        out.text(word);
        operand(object, out, depth);
    }

    private void join(List<RDFNode> members, String separator, Sink out, int depth) {
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.text(separator);
            }
            operand(members.get(i), out, depth);
        }
    }

    /** Nested anonymous expressions get parentheses so "A or (B and C)" reads right. */
    private void operand(RDFNode node, Sink out, int depth) {
        if (node == null) {
            out.text("?");
            return;
        }
        boolean nested = node.isAnon() && !node.asResource().hasProperty(OWL2.oneOf);
        if (nested) {
            out.text("(");
        }
        write(node, out, depth + 1);
        if (nested) {
            out.text(")");
        }
    }
}
