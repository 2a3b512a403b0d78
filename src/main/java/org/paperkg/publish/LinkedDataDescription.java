package org.paperkg.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;

/**
 * The description of one entity or paper, read from the union of all named graphs in one read transaction:
 * <ul>
 *   <li>its triples as subject (types, labels and aliases, properties, relations), and those of the
 *       quantities and evaluation results it points to (minted under a paper IRI: {@code .../q/1});</li>
 *   <li>the evidence records whose {@code rdf:subject} or {@code rdf:object} it is, with all their properties,
 *       and the title of the paper each came from;</li>
 *   <li>the papers that mention it ({@code ?p pkg:mentions ?e}) with their titles;</li>
 *   <li>types and preferred labels of the entities it links to, so that a page can name them.</li>
 * </ul>
 */
final class LinkedDataDescription {

    private static final Node MENTIONS = PKG.mentions.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private LinkedDataDescription() {}

    /** The description of {@code iri}, or null when the store says nothing about it as a subject. */
    static Graph describe(Dataset ds, String iri, String base) {
        Node e = NodeFactory.createURI(iri);
        return Txn.calculateRead(ds, () -> {
            Graph union = ds.asDatasetGraph().getUnionGraph();
            if (!union.contains(e, Node.ANY, Node.ANY)) return null;
            Graph out = GraphFactory.createDefaultGraph();
            List<Triple> own = union.find(e, Node.ANY, Node.ANY).toList();
            own.forEach(out::add);
            Set<Node> related = new LinkedHashSet<>();
            for (Triple t : own) {
                Node o = t.getObject();
                if (!o.isURI() || t.getPredicate().equals(TYPE)) continue;
                if (isMintedUnderPaper(o.getURI(), base)) {
                    union.find(o, Node.ANY, Node.ANY).forEachRemaining(out::add);
                    // the entities an evaluation result names
                    union.find(o, Node.ANY, Node.ANY).forEachRemaining(u -> {
                        if (u.getObject().isURI() && !u.getPredicate().equals(TYPE)) related.add(u.getObject());
                    });
                } else {
                    related.add(o);
                }
            }
            // evidence about the entity's facts
            Set<Node> evidence = new LinkedHashSet<>();
            union.find(Node.ANY, RDF.subject.asNode(), e).forEachRemaining(t -> evidence.add(t.getSubject()));
            union.find(Node.ANY, RDF.object.asNode(), e).forEachRemaining(t -> evidence.add(t.getSubject()));
            for (Node ev : evidence) {
                for (Triple t : union.find(ev, Node.ANY, Node.ANY).toList()) {
                    out.add(t);
                    Node o = t.getObject();
                    if (o.isURI() && !o.equals(e) && !t.getPredicate().equals(TYPE)
                            && !t.getPredicate().equals(RDF.predicate.asNode())) {
                        related.add(o);
                    }
                }
            }
            // papers that mention it
            List<Node> papers = new ArrayList<>();
            union.find(Node.ANY, MENTIONS, e).forEachRemaining(t -> {
                out.add(t);
                papers.add(t.getSubject());
            });
            related.addAll(papers);
            related.remove(e);
            // names and types of what it links to
            for (Node r : related) {
                union.find(r, TITLE, Node.ANY).forEachRemaining(out::add);
                union.find(r, PREF_LABEL, Node.ANY).forEachRemaining(out::add);
                union.find(r, TYPE, Node.ANY).forEachRemaining(out::add);
            }
            return out;
        });
    }

    /** Quantities, evaluation results and evidence: IRIs below a paper's IRI ({@code {base}paper/key/q/1}). */
    static boolean isMintedUnderPaper(String iri, String base) {
        return iri.startsWith(base + "paper/") && iri.indexOf('/', (base + "paper/").length()) > 0;
    }

    /** A label for a node: its preferred label, else a title, else an alias, else null. */
    static String label(Graph g, Node n) {
        for (Node p : new Node[] {PREF_LABEL, TITLE, ALT_LABEL}) {
            List<Triple> ts = g.find(n, p, Node.ANY).toList();
            if (!ts.isEmpty() && ts.get(0).getObject().isLiteral()) {
                return ts.stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().findFirst().orElse(null);
            }
        }
        return null;
    }
}
