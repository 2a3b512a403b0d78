package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links from the ontology's own terms to terms of other vocabularies: the hierarchy and equivalence
 * axioms and the SKOS mapping properties, whenever the target lies outside the own namespace.
 * owl:Thing and the other OWL built-ins are structure, not alignment, so the OWL namespace is left out.
 */
final class OntologyAlignments {
    static final List<Property> SKOS_MAPPINGS = List.of(
            SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch);
    private static final List<Property> AXIOMS = List.of(
            RDFS.subClassOf, RDFS.subPropertyOf, OWL2.equivalentClass, OWL2.equivalentProperty, OWL2.sameAs);

    record Alignment(OntologyTerm term, Property relation, Resource target) {}

    private OntologyAlignments() {}

    static boolean isOutside(OntologyCatalog catalog, RDFNode n) {
        return n.isURIResource() && !catalog.isOwn(n.asResource().getURI()) && !n.asResource().getURI().startsWith(OWL2.NS);
    }

    /** Every alignment, grouped by the outside vocabulary's namespace (sorted by its prefix). */
    static Map<String, List<Alignment>> byVocabulary(OntologyCatalog catalog) {
        List<Alignment> all = new ArrayList<>();
        for (OntologyTermKind kind : OntologyTermKind.values()) {
            for (OntologyTerm t : catalog.terms(kind)) {
                for (Property p : concat(AXIOMS, SKOS_MAPPINGS)) {
                    t.resource().listProperties(p).forEach(s -> {
                        if (isOutside(catalog, s.getObject())) {
                            all.add(new Alignment(t, p, s.getObject().asResource()));
                        }
                    });
                }
            }
        }
        Map<String, List<Alignment>> out = new TreeMap<>(Comparator.comparing((String ns) -> prefixOrSelf(catalog, ns)).thenComparing(ns -> ns));
        all.stream()
                .sorted(Comparator.comparing((Alignment a) -> catalog.curie(a.target()))
                        .thenComparing(a -> catalog.curie(a.relation()))
                        .thenComparing(a -> a.term().localName()))
                .forEach(a -> out.computeIfAbsent(vocabulary(catalog, a.target()), k -> new ArrayList<>()).add(a));
        return out;
    }

    static String prefixOrSelf(OntologyCatalog catalog, String namespace) {
        String prefix = catalog.names().prefixOf(namespace);
        return prefix == null ? namespace : prefix;
    }

    /** The namespace a CURIE abbreviates, or else the IRI up to its last '#' or '/'. */
    private static String vocabulary(OntologyCatalog catalog, Resource target) {
        String iri = target.getURI();
        String curie = catalog.curie(target);
        int colon = curie.indexOf(':');
        if (!curie.equals(iri) && colon >= 0) {
            return catalog.names().prefixes().get(curie.substring(0, colon));
        }
        return OntologyNames.namespaceOf(iri);
    }

    private static List<Property> concat(List<Property> a, List<Property> b) {
        List<Property> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
