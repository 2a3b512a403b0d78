package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the page says about one term, as rows of values, read from the axioms the file states (no
 * reasoning): hierarchy, domain and range, disjointness, equivalence, inverses, chains, alignments to
 * outside vocabularies, and the reverse view ("in domain of") that a reader of a class wants.
 */
final class OntologyTermFacts {
    /** Types that only say which kind of property a term is; the section already says that. */
    private static final Set<Resource> KIND_TYPES = Set.of(
            OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty, RDF.Property,
            OWL2.Class, RDFS.Class, OWL2.NamedIndividual);

    private final OntologyCatalog catalog;
    private final OntologyExpressions expressions;
    /** Predicates some row shows; the rest go to "Other annotations" so nothing in the file is hidden. */
    private final Set<Property> shown = new LinkedHashSet<>();

    private OntologyTermFacts(OntologyCatalog catalog) {
        this.catalog = catalog;
        this.expressions = new OntologyExpressions(catalog);
    }

    static List<OntologyFact> of(OntologyCatalog catalog, OntologyTerm term) {
        OntologyTermFacts facts = new OntologyTermFacts(catalog);
        List<OntologyFact> rows = switch (term.kind()) {
            case CLASS -> facts.forClass(term);
            case INDIVIDUAL -> facts.forIndividual(term);
            default -> facts.forProperty(term);
        };
        rows.add(facts.otherAnnotations(term));
        return rows.stream().filter(f -> !f.values().isEmpty()).toList();
    }

    private List<OntologyFact> forClass(OntologyTerm term) {
        Resource c = term.resource();
        List<OntologyFact> rows = new ArrayList<>();
        rows.add(row("Subclass of", objects(c, RDFS.subClassOf)));
        rows.add(row("Subclasses", ownSubjects(RDFS.subClassOf, c, OntologyTermKind.CLASS)));
        rows.add(row("Equivalent to", both(c, OWL2.equivalentClass)));
        rows.add(row("Disjoint with", concat(both(c, OWL2.disjointWith), groupMates(c, OWL2.AllDisjointClasses))));
        rows.add(mappings(c));
        rows.add(row("Instances", ownSubjects(RDF.type, c, OntologyTermKind.INDIVIDUAL)));
        rows.add(row("In domain of", propertiesMentioning(term, RDFS.domain)));
        rows.add(row("In range of", propertiesMentioning(term, RDFS.range)));
        shown.addAll(List.of(RDF.type, RDFS.subClassOf, OWL2.equivalentClass, OWL2.disjointWith));
        return rows;
    }

    private List<OntologyFact> forProperty(OntologyTerm term) {
        Resource p = term.resource();
        List<OntologyFact> rows = new ArrayList<>();
        rows.add(row("Characteristics", objects(p, RDF.type).stream()
                .filter(t -> !KIND_TYPES.contains(t)).toList()));
        rows.add(row("Subproperty of", objects(p, RDFS.subPropertyOf)));
        rows.add(row("Subproperties", ownSubjects(RDFS.subPropertyOf, p, null)));
        rows.add(row("Domain", objects(p, RDFS.domain)));
        rows.add(row("Range", objects(p, RDFS.range)));
        rows.add(row("Inverse of", both(p, OWL2.inverseOf)));
        rows.add(row("Equivalent to", both(p, OWL2.equivalentProperty)));
        rows.add(row("Disjoint with", concat(both(p, OWL2.propertyDisjointWith), groupMates(p, OWL2.AllDisjointProperties))));
        rows.add(new OntologyFact("Property chain", p.listProperties(OWL2.propertyChainAxiom).toList().stream()
                .filter(s -> s.getObject().isResource())
                .map(s -> (OntologyValue) new OntologyValue.Chain(OntologyCatalog.list(s.getObject().asResource())))
                .toList()));
        rows.add(row("Used in chain of", chainsUsing(p)));
        rows.add(mappings(p));
        shown.addAll(List.of(RDF.type, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL2.inverseOf,
                OWL2.equivalentProperty, OWL2.propertyDisjointWith, OWL2.propertyChainAxiom));
        return rows;
    }

    private List<OntologyFact> forIndividual(OntologyTerm term) {
        Resource i = term.resource();
        List<OntologyFact> rows = new ArrayList<>();
        rows.add(row("Type", objects(i, RDF.type).stream().filter(t -> !KIND_TYPES.contains(t)).toList()));
        rows.add(row("Same as", both(i, OWL2.sameAs)));
        rows.add(mappings(i));
        shown.addAll(List.of(RDF.type, OWL2.sameAs));
        return rows;
    }

    /**
     * SKOS mappings to outside terms. Outside superclasses and equivalents already show in their own
     * rows; the page's Alignments section lists all links to other vocabularies together.
     */
    private OntologyFact mappings(Resource r) {
        List<OntologyValue> values = new ArrayList<>();
        for (Property p : OntologyAlignments.SKOS_MAPPINGS) {
            sorted(objects(r, p)).stream()
                    .filter(o -> OntologyAlignments.isOutside(catalog, o))
                    .forEach(o -> values.add(new OntologyValue.Via(p, o)));
        }
        shown.addAll(OntologyAlignments.SKOS_MAPPINGS);
        return new OntologyFact("Aligned with", values);
    }

    private OntologyFact otherAnnotations(OntologyTerm term) {
        Resource r = term.resource();
        Set<Property> hidden = new LinkedHashSet<>(shown);
        // The label and comment are shown above the rows; their fallbacks only when actually used.
        hidden.add(OntologyText.source(r, RDFS.label, SKOS.prefLabel));
        hidden.add(OntologyText.source(r, RDFS.comment, SKOS.definition));
        List<OntologyValue> values = r.listProperties().toList().stream()
                .filter(s -> !hidden.contains(s.getPredicate()))
                .sorted(Comparator.comparing((Statement s) -> catalog.curie(s.getPredicate()))
                        .thenComparing(s -> sortKey(s.getObject())))
                .map(s -> (OntologyValue) new OntologyValue.Via(s.getPredicate(), s.getObject()))
                .toList();
        return new OntologyFact("Other annotations", values);
    }

    /** Own properties whose domain (or range) is this class or a union that includes it. */
    private List<RDFNode> propertiesMentioning(OntologyTerm cls, Property domainOrRange) {
        return catalog.properties().stream()
                .filter(p -> p.resource().listProperties(domainOrRange).toList().stream()
                        .anyMatch(s -> catalog.ownClassesIn(s.getObject()).contains(cls)))
                .map(p -> (RDFNode) p.resource())
                .toList();
    }

    /** Own properties whose owl:propertyChainAxiom has this property as a step. */
    private List<RDFNode> chainsUsing(Resource p) {
        return catalog.properties().stream()
                .filter(other -> other.resource().listProperties(OWL2.propertyChainAxiom).toList().stream()
                        .anyMatch(s -> s.getObject().isResource() && OntologyCatalog.list(s.getObject().asResource()).contains(p)))
                .map(other -> (RDFNode) other.resource())
                .toList();
    }

    /** The other members of every owl:AllDisjointClasses (or AllDisjointProperties) group that lists r. */
    private List<RDFNode> groupMates(Resource r, Resource groupType) {
        List<RDFNode> out = new ArrayList<>();
        catalog.model().listResourcesWithProperty(RDF.type, groupType).forEach(group -> {
            List<RDFNode> members = OntologyCatalog.list(group.getPropertyResourceValue(OWL2.members));
            if (members.contains(r)) {
                members.stream().filter(m -> !m.equals(r)).forEach(out::add);
            }
        });
        return out;
    }

    /** Own terms that are subjects of {@code p r}; of one kind, or of any kind for null. */
    private List<RDFNode> ownSubjects(Property p, Resource r, OntologyTermKind kind) {
        return catalog.model().listSubjectsWithProperty(p, r).toList().stream()
                .filter(s -> catalog.term(s).filter(t -> kind == null || t.kind() == kind).isPresent())
                .filter(s -> !s.equals(r))
                .map(s -> (RDFNode) s)
                .toList();
    }

    /** Symmetric axioms (equivalence, disjointness, inverse) may be stated on either side. */
    private List<RDFNode> both(Resource r, Property p) {
        List<RDFNode> out = new ArrayList<>(objects(r, p));
        catalog.model().listSubjectsWithProperty(p, r).forEach(out::add);
        out.removeIf(n -> n.equals(r));
        return out;
    }

    private static List<RDFNode> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).toList();
    }

    private OntologyFact row(String heading, List<RDFNode> nodes) {
        return new OntologyFact(heading, sorted(nodes).stream().map(n -> (OntologyValue) new OntologyValue.Node(n)).toList());
    }

    /** Distinct, own terms first (by local name, as lists show CURIEs), then other IRIs (by CURIE), then expressions and literals. */
    private List<RDFNode> sorted(List<RDFNode> nodes) {
        return nodes.stream().distinct()
                .sorted(Comparator.comparing(this::sortKey))
                .toList();
    }

    private String sortKey(RDFNode n) {
        Optional<OntologyTerm> own = catalog.term(n);
        int group = own.isPresent() ? 0 : n.isURIResource() ? 1 : n.isAnon() ? 2 : 3;
        return group + own.map(t -> t.localName().toLowerCase()).orElseGet(() -> expressions.plain(n));
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        return Stream.<T>concat(a.stream(), b.stream()).toList();
    }
}
