package org.paperkg.report;

import java.util.List;
import java.util.Map;

/** The Alignments section: for each outside vocabulary, which own terms link to which of its terms, and how. */
final class OntologyDocsAlignments {
    private final OntologyCatalog catalog;
    private final OntologyDocsValues values;

    OntologyDocsAlignments(OntologyCatalog catalog, OntologyDocsValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    void write(OntologyXmlWriter w) {
        Map<String, List<OntologyAlignments.Alignment>> byVocabulary = OntologyAlignments.byVocabulary(catalog);
        if (byVocabulary.isEmpty()) {
            w.element("p", "No term links to another vocabulary.").newline();
            return;
        }
        w.element("p", "Links from this ontology's terms to other vocabularies (rdfs:subClassOf, rdfs:subPropertyOf, "
                + "owl:equivalentClass, owl:equivalentProperty, owl:sameAs and the SKOS mapping properties), by vocabulary. "
                + "Nothing here is imported: each line is one axiom of this file.").newline();
        for (Map.Entry<String, List<OntologyAlignments.Alignment>> vocabulary : byVocabulary.entrySet()) {
            String namespace = vocabulary.getKey();
            String prefix = catalog.names().prefixOf(namespace);
            w.open("h3");
            if (prefix != null) {
                w.element("code", prefix).text(" ");
            }
            values.external(w, namespace, namespace);
            w.close("h3").newline();
            w.open("table", "class", "alignments").newline();
            w.open("tr").element("th", "Term here", "scope", "col").element("th", "Relation", "scope", "col")
                    .element("th", "Term there", "scope", "col").close("tr").newline();
            for (OntologyAlignments.Alignment a : vocabulary.getValue()) {
                w.open("tr").open("td");
                values.termLink(w, a.term());
                w.close("td").open("td");
                values.node(w, a.relation());
                w.close("td").open("td");
                values.node(w, a.target());
                w.close("td").close("tr").newline();
            }
            w.close("table").newline();
        }
    }
}
