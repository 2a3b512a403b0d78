package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.JenaException;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The terms an ontology file declares in its own namespace, sorted and given anchors. Everything the
 * page and the diagram show is read through this class, so both agree on what counts as "ours".
 */
final class OntologyCatalog {
    /** rdf:type values that declare a term, in the order that decides the kind of a punned term. */
    private static final List<Map.Entry<Resource, OntologyTermKind>> DECLARATIONS = List.of(
            Map.entry(OWL2.Class, OntologyTermKind.CLASS),
            Map.entry(RDFS.Class, OntologyTermKind.CLASS),
            Map.entry(OWL2.ObjectProperty, OntologyTermKind.OBJECT_PROPERTY),
            // OWL 2 allows these characteristics on object properties only.
            Map.entry(OWL2.TransitiveProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.SymmetricProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.AsymmetricProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.ReflexiveProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.IrreflexiveProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.InverseFunctionalProperty, OntologyTermKind.OBJECT_PROPERTY),
            Map.entry(OWL2.DatatypeProperty, OntologyTermKind.DATATYPE_PROPERTY),
            Map.entry(OWL2.AnnotationProperty, OntologyTermKind.ANNOTATION_PROPERTY),
            Map.entry(RDF.Property, OntologyTermKind.OTHER_PROPERTY),
            Map.entry(OWL2.FunctionalProperty, OntologyTermKind.OTHER_PROPERTY),
            Map.entry(OWL2.NamedIndividual, OntologyTermKind.INDIVIDUAL));

    private static final int MAX_NESTING = 8;

    private final Model model;
    private final Resource header;
    private final String namespace;
    private final OntologyNames names;
    private final Map<String, OntologyTerm> byIri = new HashMap<>();
    private final Map<OntologyTermKind, List<OntologyTerm>> byKind = new EnumMap<>(OntologyTermKind.class);
    private final Map<String, String> sectionIds = new HashMap<>();

    private OntologyCatalog(Model model) {
        this.model = model;
        this.header = findHeader(model);
        Map<Resource, OntologyTermKind> declared = declaredTerms(model);
        this.namespace = findNamespace(header, declared.keySet());
        String preferred = header == null ? null
                : OntologyText.preferred(header, OntologyVocab.preferredNamespacePrefix).orElse(null);
        this.names = new OntologyNames(model, preferred, namespace);

        OntologyAnchors anchors = new OntologyAnchors();
        for (OntologyTermKind kind : OntologyTermKind.values()) {
            List<OntologyTerm> terms = declared.entrySet().stream()
                    .filter(e -> e.getValue() == kind && isOwn(e.getKey().getURI()))
                    .map(e -> describe(e.getKey(), kind))
                    .sorted(Comparator.comparing((OntologyTerm t) -> t.label().toLowerCase()).thenComparing(OntologyTerm::iri))
                    .map(t -> new OntologyTerm(t.resource(), t.localName(), anchors.claim(t.localName()), kind, t.label(), t.comment()))
                    .toList();
            terms.forEach(t -> byIri.put(t.iri(), t));
            byKind.put(kind, terms);
        }
        for (String section : List.of("contents", "metadata", "diagram", "properties", "alignments", "namespaces")) {
            sectionIds.put(section, anchors.claim(section));
        }
        for (OntologyTermKind kind : OntologyTermKind.values()) {
            sectionIds.put(kind.sectionId, anchors.claim(kind.sectionId));
        }
    }

    static OntologyCatalog of(Model model) {
        return new OntologyCatalog(model);
    }

    Model model() {
        return model;
    }

    /** The owl:Ontology node, or null when the file has none. */
    Resource header() {
        return header;
    }

    String namespace() {
        return namespace;
    }

    OntologyNames names() {
        return names;
    }

    List<OntologyTerm> terms(OntologyTermKind kind) {
        return byKind.get(kind);
    }

    List<OntologyTerm> properties() {
        return byKind.entrySet().stream().filter(e -> e.getKey().isProperty())
                .flatMap(e -> e.getValue().stream()).toList();
    }

    int size() {
        return byIri.size();
    }

    Optional<OntologyTerm> term(RDFNode node) {
        return node != null && node.isURIResource() ? Optional.ofNullable(byIri.get(node.asResource().getURI())) : Optional.empty();
    }

    boolean isOwn(String iri) {
        return iri != null && !namespace.isEmpty() && iri.startsWith(namespace);
    }

    /** The id of a page section; usually its name, suffixed if a term has that local name. */
    String sectionId(String section) {
        return sectionIds.get(section);
    }

    /** The CURIE (or IRI) of a node that has one. */
    String curie(Resource r) {
        return names.curie(r.getURI());
    }

    /**
     * The own classes a domain or range names: the class itself, or the members of an owl:unionOf
     * (nested unions flattened). Intersections and restrictions name no single class, so none.
     */
    List<OntologyTerm> ownClassesIn(RDFNode expression) {
        Set<OntologyTerm> out = new LinkedHashSet<>();
        collectUnionMembers(expression, out, 0);
        return new ArrayList<>(out);
    }

    private void collectUnionMembers(RDFNode node, Set<OntologyTerm> out, int depth) {
        if (depth > MAX_NESTING || node == null || !node.isResource()) {
            return;
        }
        Optional<OntologyTerm> own = term(node).filter(t -> t.kind() == OntologyTermKind.CLASS);
        if (own.isPresent()) {
            out.add(own.get());
            return;
        }
        if (node.isAnon()) {
            for (RDFNode member : list(node.asResource().getPropertyResourceValue(OWL2.unionOf))) {
                collectUnionMembers(member, out, depth + 1);
            }
        }
    }

    /** The members of an RDF list; an empty list for null or a malformed list (the page must still render). */
    static List<RDFNode> list(Resource head) {
        if (head == null) {
            return List.of();
        }
        try {
            return head.as(RDFList.class).asJavaList();
        } catch (JenaException e) {
            return List.of();
        }
    }

    private OntologyTerm describe(Resource r, OntologyTermKind kind) {
        String local = localName(r.getURI());
        String label = OntologyText.preferred(r, RDFS.label, SKOS.prefLabel).orElse(local.isEmpty() ? r.getURI() : local);
        String comment = OntologyText.preferred(r, RDFS.comment, SKOS.definition).orElse(null);
        return new OntologyTerm(r, local, local, kind, label, comment);
    }

    private String localName(String iri) {
        return isOwn(iri) ? iri.substring(namespace.length()) : iri.substring(OntologyNames.namespaceOf(iri).length());
    }

    /** The owl:Ontology node; with several (a merged file), the IRI that sorts first, for a stable page. */
    private static Resource findHeader(Model model) {
        return model.listResourcesWithProperty(RDF.type, OWL2.Ontology).toList().stream()
                .min(Comparator.comparing((Resource r) -> r.isAnon() ? 1 : 0)
                        .thenComparing(r -> r.isAnon() ? "" : r.getURI()))
                .orElse(null);
    }

    /** Every URI subject with a declaring type, or typed with a class the file declares (an individual). */
    private static Map<Resource, OntologyTermKind> declaredTerms(Model model) {
        Map<Resource, OntologyTermKind> out = new HashMap<>();
        for (Map.Entry<Resource, OntologyTermKind> d : DECLARATIONS) {
            model.listResourcesWithProperty(RDF.type, d.getKey()).forEach(r -> {
                if (r.isURIResource()) {
                    out.putIfAbsent(r, d.getValue());
                }
            });
        }
        Set<Resource> classes = out.entrySet().stream().filter(e -> e.getValue() == OntologyTermKind.CLASS)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        model.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isResource() && classes.contains(s.getObject().asResource())) {
                out.putIfAbsent(s.getSubject(), OntologyTermKind.INDIVIDUAL);
            }
        });
        return out;
    }

    /**
     * The namespace of the ontology's own terms: vann:preferredNamespaceUri if given, else the
     * ontology IRI (with '#' or '/' added when that is what its terms use), else the namespace most
     * declared terms share.
     */
    private static String findNamespace(Resource header, Set<Resource> declared) {
        if (header != null) {
            Optional<String> vann = header.listProperties(OntologyVocab.preferredNamespaceUri).toList().stream()
                    .map(s -> s.getObject().isLiteral() ? s.getObject().asLiteral().getLexicalForm()
                            : s.getObject().isURIResource() ? s.getObject().asResource().getURI() : null)
                    .filter(v -> v != null && !v.isBlank())
                    .findFirst();
            if (vann.isPresent()) {
                return vann.get();
            }
            if (header.isURIResource()) {
                String iri = header.getURI();
                if (iri.endsWith("#") || iri.endsWith("/")) {
                    return iri;
                }
                for (String candidate : List.of(iri + "#", iri + "/")) {
                    if (declared.stream().anyMatch(r -> r.getURI().startsWith(candidate))) {
                        return candidate;
                    }
                }
            }
        }
        Map<String, Long> counts = declared.stream()
                .collect(Collectors.groupingBy(r -> OntologyNames.namespaceOf(r.getURI()), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse("");
    }
}
