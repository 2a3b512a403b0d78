package org.paperkg.report;

import java.util.List;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** One value in a term's fact row. */
sealed interface OntologyValue {
    /** A term, IRI, literal or class expression. */
    record Node(RDFNode node) implements OntologyValue {}

    /** An owl:propertyChainAxiom, read as "p ∘ q". */
    record Chain(List<RDFNode> steps) implements OntologyValue {}

    /** A target with the property that links to it: "skos:exactMatch unit:FLOPS". */
    record Via(Resource relation, RDFNode target) implements OntologyValue {}
}
