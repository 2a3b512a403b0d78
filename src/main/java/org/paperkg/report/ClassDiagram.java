package org.paperkg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the class diagram shows: the ontology's own classes, the subclass links between them, and
 * its object properties as links from each own domain class to each own range class (a union domain
 * gives one link per member). Properties sharing the same pair of classes share one arrow with
 * several names, so six quantity properties from model to quantity make one arrow, not six.
 */
final class ClassDiagram {
    record Node(OntologyTerm term, String label, String curie) {}

    /** An arrow; {@code names} is empty for a subclass link (from subclass to superclass). */
    record Link(Node from, Node to, List<String> names) {
        boolean isLoop() {
            return from.equals(to);
        }
    }

    /** The rendered diagram and what the page needs to embed it. */
    record Svg(String markup, double width, double height, String summary) {}

    private final String title;
    private final List<Node> nodes;
    private final List<Link> subclassLinks;
    private final List<Link> propertyLinks;

    private ClassDiagram(String title, List<Node> nodes, List<Link> subclassLinks, List<Link> propertyLinks) {
        this.title = title;
        this.nodes = nodes;
        this.subclassLinks = subclassLinks;
        this.propertyLinks = propertyLinks;
    }

    static ClassDiagram of(OntologyCatalog catalog, String title) {
        Map<OntologyTerm, Node> nodes = new LinkedHashMap<>();
        for (OntologyTerm c : catalog.terms(OntologyTermKind.CLASS)) {
            nodes.put(c, new Node(c, c.label(), catalog.curie(c.resource())));
        }
        List<Link> subclass = new ArrayList<>();
        for (Node n : nodes.values()) {
            for (Statement s : n.term().resource().listProperties(RDFS.subClassOf).toList()) {
                catalog.term(s.getObject())
                        .map(nodes::get)
                        .filter(sup -> sup != null && !sup.equals(n))
                        .ifPresent(sup -> subclass.add(new Link(n, sup, List.of())));
            }
        }
        // (domain, range) → property names, sorted so the arrow's label is stable.
        Map<List<Node>, TreeSet<String>> pairs = new LinkedHashMap<>();
        for (OntologyTerm p : catalog.terms(OntologyTermKind.OBJECT_PROPERTY)) {
            for (Node d : classes(catalog, nodes, p, RDFS.domain)) {
                for (Node r : classes(catalog, nodes, p, RDFS.range)) {
                    pairs.computeIfAbsent(List.of(d, r), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add(p.localName());
                }
            }
        }
        List<Link> properties = new ArrayList<>();
        pairs.forEach((pair, names) -> properties.add(new Link(pair.get(0), pair.get(1), List.copyOf(names))));
        return new ClassDiagram(title, List.copyOf(nodes.values()), subclass, properties);
    }

    private static List<Node> classes(OntologyCatalog catalog, Map<OntologyTerm, Node> nodes, OntologyTerm p,
            Property domainOrRange) {
        List<Node> out = new ArrayList<>();
        for (Statement s : p.resource().listProperties(domainOrRange).toList()) {
            RDFNode expression = s.getObject();
            catalog.ownClassesIn(expression).stream().map(nodes::get).filter(n -> n != null && !out.contains(n)).forEach(out::add);
        }
        return out;
    }

    String title() {
        return title;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Link> subclassLinks() {
        return subclassLinks;
    }

    List<Link> propertyLinks() {
        return propertyLinks;
    }

    Svg render() {
        ClassDiagramLayout layout = ClassDiagramLayout.of(this);
        ClassDiagramRouter routes = ClassDiagramRouter.route(this, layout);
        return ClassDiagramSvg.render(this, layout, routes, summary(layout));
    }

    /** The alt text: what the picture shows, and where the same facts are as text. */
    private String summary(ClassDiagramLayout layout) {
        return "Class diagram of " + title + ": " + nodes.size() + " classes in " + layout.levels()
                + (layout.levels() == 1 ? " level" : " levels") + " of subclass depth, " + subclassLinks.size()
                + " subclass links and " + propertyLinks.size()
                + " object-property arrows between classes. The Classes and Properties sections give the same information as text.";
    }
}
