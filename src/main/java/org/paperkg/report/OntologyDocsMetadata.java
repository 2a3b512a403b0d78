package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The metadata table: every statement about the owl:Ontology node. Well-known annotation properties
 * come first, in a fixed order and with plain-English names; any other property follows under its CURIE.
 */
final class OntologyDocsMetadata {
    private static final List<Map.Entry<Property, String>> KNOWN = List.of(
            Map.entry(OWL2.versionIRI, "Version IRI"),
            Map.entry(OWL2.versionInfo, "Version info"),
            Map.entry(DCTerms.title, "Title"),
            Map.entry(DC_11.title, "Title"),
            Map.entry(RDFS.label, "Label"),
            Map.entry(DCTerms.description, "Description"),
            Map.entry(DC_11.description, "Description"),
            Map.entry(RDFS.comment, "Comment"),
            Map.entry(DCTerms.license, "Licence"),
            Map.entry(DCTerms.rights, "Rights"),
            Map.entry(DC_11.rights, "Rights"),
            Map.entry(DCTerms.creator, "Creator"),
            Map.entry(DC_11.creator, "Creator"),
            Map.entry(DCTerms.contributor, "Contributor"),
            Map.entry(DC_11.contributor, "Contributor"),
            Map.entry(DCTerms.publisher, "Publisher"),
            Map.entry(DCTerms.created, "Created"),
            Map.entry(DCTerms.issued, "Issued"),
            Map.entry(DCTerms.modified, "Modified"),
            Map.entry(OntologyVocab.preferredNamespacePrefix, "Preferred prefix"),
            Map.entry(OntologyVocab.preferredNamespaceUri, "Preferred namespace"),
            Map.entry(OWL2.priorVersion, "Prior version"),
            Map.entry(OWL2.backwardCompatibleWith, "Backward compatible with"),
            Map.entry(OWL2.incompatibleWith, "Incompatible with"),
            Map.entry(OWL2.imports, "Imports"),
            Map.entry(RDFS.seeAlso, "See also"));

    private final OntologyCatalog catalog;
    private final OntologyDocsValues values;

    OntologyDocsMetadata(OntologyCatalog catalog, OntologyDocsValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    void write(OntologyXmlWriter w) {
        Resource header = catalog.header();
        if (header == null) {
            w.element("p", "The file declares no owl:Ontology, so there is no metadata to show.").newline();
            return;
        }
        w.open("table", "class", "metadata").newline();
        row(w, "IRI", () -> {
            if (header.isURIResource()) {
                values.external(w, header.getURI(), header.getURI());
            } else {
                w.text("(anonymous ontology)");
            }
        });
        Set<Property> done = new HashSet<>(Set.of(RDF.type));
        for (Map.Entry<Property, String> known : KNOWN) {
            List<RDFNode> objects = objects(header, known.getKey());
            if (!objects.isEmpty()) {
                row(w, known.getValue(), () -> cell(w, objects));
            }
            done.add(known.getKey());
        }
        List<Property> others = header.listProperties().toList().stream()
                .map(Statement::getPredicate)
                .filter(p -> !done.contains(p))
                .distinct()
                .sorted(Comparator.comparing(catalog::curie))
                .toList();
        for (Property p : others) {
            row(w, catalog.curie(p), () -> cell(w, objects(header, p)));
        }
        w.close("table").newline();
    }

    private void row(OntologyXmlWriter w, String heading, Runnable cell) {
        w.open("tr").element("th", heading, "scope", "row").open("td");
        cell.run();
        w.close("td").close("tr").newline();
    }

    /** One value as it stands; several as a list. IRIs in full, since these are addresses people visit. */
    private void cell(OntologyXmlWriter w, List<RDFNode> objects) {
        if (objects.size() == 1) {
            one(w, objects.get(0));
            return;
        }
        w.open("ul", "class", "block");
        for (RDFNode o : objects) {
            w.open("li");
            one(w, o);
            w.close("li");
        }
        w.close("ul");
    }

    private void one(OntologyXmlWriter w, RDFNode o) {
        if (o.isURIResource()) {
            values.external(w, o.asResource().getURI(), o.asResource().getURI());
        } else if (o.isLiteral()) {
            List<String> paragraphs = OntologyText.paragraphs(o.asLiteral().getLexicalForm());
            if (paragraphs.size() == 1) {
                w.text(paragraphs.get(0));
            } else {
                values.prose(w, o.asLiteral().getLexicalForm(), "description");
            }
        } else {
            // A blank node, typically a creator described by name.
            w.text(OntologyText.preferred(o.asResource(), FOAF.name, RDFS.label,
                    catalog.model().createProperty("http://schema.org/name")).orElse("(anonymous node)"));
        }
    }

    private static List<RDFNode> objects(Resource r, Property p) {
        List<RDFNode> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> out.add(s.getObject()));
        out.sort(Comparator.comparing(RDFNode::toString));
        return out;
    }
}
