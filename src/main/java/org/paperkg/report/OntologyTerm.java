package org.paperkg.report;

import org.apache.jena.rdf.model.Resource;

/**
 * One term the ontology declares in its own namespace.
 *
 * @param resource the term in the ontology model, for reading its axioms
 * @param id       the HTML anchor: the local name, unless that clashes with another id
 * @param label    rdfs:label (English preferred), or the local name when there is none
 * @param comment  rdfs:comment (English preferred), or null
 */
record OntologyTerm(Resource resource, String localName, String id, OntologyTermKind kind, String label, String comment) {
    String iri() {
        return resource.getURI();
    }
}
