package org.paperkg.report;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms the page reads that Jena has no constants for. */
final class OntologyVocab {
    static final String VANN = "http://purl.org/vocab/vann/";
    static final Property preferredNamespaceUri = ResourceFactory.createProperty(VANN + "preferredNamespaceUri");
    static final Property preferredNamespacePrefix = ResourceFactory.createProperty(VANN + "preferredNamespacePrefix");

    private OntologyVocab() {}
}
