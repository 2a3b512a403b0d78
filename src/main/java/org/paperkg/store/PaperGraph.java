package org.paperkg.store;

import org.apache.jena.rdf.model.Model;

/** The triples of one paper's named graph. */
public record PaperGraph(String graphIri, Model model) {}
