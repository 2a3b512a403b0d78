package org.paperkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDFS consequences of the ontology's own class and property hierarchy (rules rdfs7 and rdfs9),
 * materialised into each paper graph: a benchmark is also a dataset, {@code introduces} is also
 * {@code mentions}, a parameter count is also a {@code pkg:quantity}. Materialising per paper keeps
 * them right through graph replacement and removal, and lets every query, on any SPARQL server,
 * see them without writing the hierarchy into the query.
 *
 * <p>Only the hierarchy among paperkg's own terms is materialised. The alignments to outside
 * vocabularies (a paper is a {@code schema:ScholarlyArticle} and a {@code fabio:ResearchPaper}, a
 * quantity a {@code qudt:QuantityValue}, {@code pkg:abstract} a {@code dcterms:abstract}, everything
 * a {@code prov:Entity}...) stay axioms of the ontology for reasoners and for exports to apply:
 * written into every graph they were a quarter of the store's triples, which no library query reads.
 */
public final class Entailment {
    private final Map<Resource, Set<Resource>> superClasses;
    private final Map<Property, Set<Property>> superProperties;

    private Entailment(Map<Resource, Set<Resource>> superClasses, Map<Property, Set<Property>> superProperties) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
    }

    /** The hierarchy among the bundled ontology's own terms, closed transitively. */
    public static Entailment ofOntology() {
        return of(Ontology.model(), PKG.NS);
    }

    /** The hierarchy among the terms of {@code ontology} whose IRIs start with {@code namespace}. */
    public static Entailment of(Model ontology, String namespace) {
        Map<Resource, Set<Resource>> classes = new HashMap<>();
        ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEachRemaining(s -> {
            if (within(s, namespace)) {
                classes.computeIfAbsent(s.getSubject(), k -> new HashSet<>()).add(s.getObject().asResource());
            }
        });
        Map<Property, Set<Property>> props = new HashMap<>();
        ontology.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).forEachRemaining(s -> {
            if (within(s, namespace)) {
                props.computeIfAbsent(ontology.createProperty(s.getSubject().getURI()), k -> new HashSet<>())
                        .add(ontology.createProperty(s.getObject().asResource().getURI()));
            }
        });
        return new Entailment(close(classes), close(props));
    }

    private static boolean within(Statement s, String namespace) {
        return s.getSubject().isURIResource() && s.getObject().isURIResource()
                && s.getSubject().getURI().startsWith(namespace) && s.getObject().asResource().getURI().startsWith(namespace);
    }

    /** Adds to {@code m} what the hierarchy entails from it; returns the number of triples added. */
    public int materialise(Model m) {
        List<Statement> added = new ArrayList<>();
        m.listStatements().forEachRemaining(st -> {
            if (st.getPredicate().equals(RDF.type) && st.getObject().isURIResource()) {
                for (Resource sup : superClasses.getOrDefault(st.getObject().asResource(), Set.of())) {
                    added.add(m.createStatement(st.getSubject(), RDF.type, sup));
                }
            }
            for (Property sup : superProperties.getOrDefault(st.getPredicate(), Set.of())) {
                added.add(m.createStatement(st.getSubject(), sup, st.getObject()));
            }
        });
        long before = m.size();
        m.add(added);
        return (int) (m.size() - before);
    }

    private static <T> Map<T, Set<T>> close(Map<T, Set<T>> direct) {
        Map<T, Set<T>> closed = new HashMap<>();
        for (T start : direct.keySet()) {
            Set<T> seen = new HashSet<>();
            List<T> todo = new ArrayList<>(direct.get(start));
            while (!todo.isEmpty()) {
                T next = todo.remove(todo.size() - 1);
                if (!next.equals(start) && seen.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            closed.put(start, seen);
        }
        return closed;
    }
}
