package org.paperkg.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the report shows, read from the ontology alone: one {@link ReportClass} per class the ontology
 * declares, with a column for every property whose {@code rdfs:domain} names the class or one of its
 * superclasses (unions included). Adding a property with a domain to the ontology adds a column; no
 * report code names a property.
 */
final class ReportSchema {

    /** A column: one property of the class, with what the table needs to head and fill it. */
    record Column(String propertyIri, String label, String comment, boolean objectProperty, Set<String> superProperties) {}

    /** A class, its label and comment, and its columns: own properties first, then inherited ones, each by label. */
    record ReportClass(String iri, String localName, String label, String comment, List<Column> columns) {}

    private final OntologyCatalog catalog;
    private final List<ReportClass> classes;

    private ReportSchema(OntologyCatalog catalog) {
        this.catalog = catalog;
        List<ReportClass> out = new ArrayList<>();
        for (OntologyTerm c : catalog.terms(OntologyTermKind.CLASS)) {
            out.add(describe(c));
        }
        this.classes = List.copyOf(out);
    }

    static ReportSchema of(Model ontology) {
        return new ReportSchema(OntologyCatalog.of(ontology));
    }

    List<ReportClass> classes() {
        return classes;
    }

    Optional<ReportClass> byLocalName(String localName) {
        return classes.stream().filter(c -> c.localName().equals(localName)).findFirst();
    }

    /** The label the ontology gives a term of its own (a property, a unit individual), if any. */
    Optional<String> label(String iri) {
        return catalog.term(catalog.model().createResource(iri)).map(OntologyTerm::label);
    }

    private ReportClass describe(OntologyTerm cls) {
        Set<Resource> lineage = superClasses(cls.resource());
        List<Column> own = new ArrayList<>();
        List<Column> inherited = new ArrayList<>();
        for (OntologyTerm p : catalog.properties()) {
            if (p.kind() == OntologyTermKind.ANNOTATION_PROPERTY) continue;
            boolean direct = false;
            boolean viaSuper = false;
            for (Statement domain : p.resource().listProperties(RDFS.domain).toList()) {
                for (OntologyTerm d : catalog.ownClassesIn(domain.getObject())) {
                    if (d.resource().equals(cls.resource())) direct = true;
                    else if (lineage.contains(d.resource())) viaSuper = true;
                }
            }
            if (!direct && !viaSuper) continue;
            Column col = new Column(p.iri(), p.label(), p.comment(), p.kind() == OntologyTermKind.OBJECT_PROPERTY,
                    superProperties(p.resource()));
            (direct ? own : inherited).add(col);
        }
        Comparator<Column> byLabel = Comparator.comparing((Column c) -> c.label().toLowerCase());
        own.sort(byLabel);
        inherited.sort(byLabel);
        List<Column> columns = new ArrayList<>(own);
        columns.addAll(inherited);
        return new ReportClass(cls.iri(), cls.localName(), cls.label(), cls.comment(), List.copyOf(columns));
    }

    /** The class's own superclasses at any distance (not the class itself). */
    private Set<Resource> superClasses(Resource cls) {
        Set<Resource> seen = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            for (Statement s : r.listProperties(RDFS.subClassOf).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource() && catalog.isOwn(o.asResource().getURI()) && seen.add(o.asResource())) {
                    todo.add(o.asResource());
                }
            }
        }
        seen.remove(cls);
        return seen;
    }

    private Set<String> superProperties(Resource property) {
        Set<String> out = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(property));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            for (Statement s : r.listProperties(RDFS.subPropertyOf).toList()) {
                RDFNode o = s.getObject();
                if (o.isURIResource() && catalog.isOwn(o.asResource().getURI()) && out.add(o.asResource().getURI())) {
                    todo.add(o.asResource());
                }
            }
        }
        return out;
    }
}
