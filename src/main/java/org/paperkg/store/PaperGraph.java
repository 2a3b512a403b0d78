package org.paperkg.store;

import org.apache.jena.rdf.model.Model;

/**
 * The triples of one paper's named graph, {@code https://w3id.org/paperkg/graph/paper/<key>}, as the
 * builder wrote them. Not validated here: {@link KnowledgeStore#loadBatch} checks each graph inside its
 * write transaction, so a bad graph aborts the whole batch instead of half of it.
 */
public record PaperGraph(String graphIri, Model model) {}
