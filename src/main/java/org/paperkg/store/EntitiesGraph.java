package org.paperkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;

/**
 * Derives the shared entities graph from the paper graphs: types, one preferred label, the other labels,
 * a mention count and the normalised key of every model, family, dataset, benchmark and organisation.
 *
 * <p>Speed matters (60,000 papers, over a million triples, recomputed on every batch), so each fact
 * comes from one aggregate SELECT that scans one index, and the queries never decode graph names:
 * {@code COUNT(*)} over {@code GRAPH ?g} counts the graphs asserting a triple, and the entities graph's
 * own copy of that triple, read beforehand, is subtracted in Java. Filtering on {@code ?g} instead
 * would make TDB2 materialise 60,000 graph IRIs for every row, doubling the time. The choice of
 * preferred label (most graphs, then shortest, then alphabetical) is also simpler in Java than in SPARQL.
 * The caller holds the write transaction.
 */
final class EntitiesGraph {

    static final String IRI = "https://w3id.org/paperkg/graph/entities";
    static final Node NODE = NodeFactory.createURI(IRI);

    private static final String PREFIXES = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /** Per entity and type: the number of graphs that type it. */
    private static final Query TYPINGS = QueryFactory.create(PREFIXES + """
            SELECT ?e ?type (COUNT(*) AS ?graphs) WHERE {
              VALUES ?type { pkg:Model pkg:ModelFamily pkg:Dataset pkg:Benchmark pkg:Organization }
              GRAPH ?g { ?e a ?type }
            } GROUP BY ?e ?type""");

    /** Per subject and label: the number of graphs using it (non-entities are dropped in Java). */
    private static final Query LABEL_USES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?label (COUNT(*) AS ?graphs) WHERE {
              GRAPH ?g { ?e skos:altLabel ?label }
            } GROUP BY ?e ?label""");

    private static final Query KEY_USES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?label (COUNT(*) AS ?graphs) WHERE {
              GRAPH ?g { ?e pkg:normalizedKey ?label }
            } GROUP BY ?e ?label""");

    /**
     * Distinct papers that mention or introduce each node. A paper may be typed in another graph than
     * the one holding the mention, so the papers are collected first (also the fastest join order).
     */
    private static final Query MENTIONS = QueryFactory.create(PREFIXES + """
            SELECT ?e (COUNT(DISTINCT ?p) AS ?papers) WHERE {
              { SELECT DISTINCT ?p { GRAPH ?pg { ?p a pkg:Paper } } }
              { GRAPH ?g { ?p pkg:mentions ?e } } UNION { GRAPH ?g { ?p pkg:introduces ?e } }
            } GROUP BY ?e""");

    private EntitiesGraph() {}

    /**
     * Replaces the entities graph with one derived from the current paper graphs. Only the difference
     * to the stored graph is written: the same end state as clear-and-add, with far fewer index writes
     * when a batch changes few entities.
     */
    static void recompute(DatasetGraph dsg) {
        Graph stored = stored(dsg);
        Graph wanted = derive(local(dsg), stored);
        Diff diff = diff(stored, wanted);
        diff.obsolete().forEach(t -> dsg.delete(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        diff.missing().forEach(t -> dsg.add(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The classes whose instances the entities graph describes. */
    static final Set<Node> ENTITY_TYPES = Set.of(PKG.Model.asNode(), PKG.ModelFamily.asNode(), PKG.Dataset.asNode(),
            PKG.Benchmark.asNode(), PKG.Organization.asNode());

    /** The entities a paper graph types: what changes in the entities graph when that graph comes or goes. */
    static Set<Node> typedIn(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (ENTITY_TYPES.contains(t.getObject())) out.add(t.getSubject());
        });
        return out;
    }

    /**
     * Brings the entities graph up to date for {@code touched} only: the entities of the graphs a batch
     * added, replaced or removed. Each entity is derived from the quads about it found through the
     * store's indexes (subject-first and object-first), so the cost follows the batch, not the store;
     * a full {@link #recompute} per batch would make a 60,000-paper build quadratic. Gives the same
     * entities graph as {@link #recompute} (a test checks this by isomorphism).
     */
    static void update(DatasetGraph dsg, Collection<Node> touched) {
        for (Node e : touched) {
            Graph wanted = GraphFactory.createDefaultGraph();
            Entity entity = deriveOne(dsg, e);
            if (entity != null) entity.writeTo(wanted);
            Graph stored = GraphFactory.createDefaultGraph();
            dsg.find(NODE, e, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
            Diff diff = diff(stored, wanted);
            diff.obsolete().forEach(t -> dsg.delete(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
            diff.missing().forEach(t -> dsg.add(NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    /** One entity as the paper graphs describe it, or null when no paper graph types it any more. */
    private static Entity deriveOne(DatasetGraph dsg, Node e) {
        Entity entity = new Entity(e);
        inPaperGraphs(dsg, e, RDF.type.asNode(), t -> {
            if (ENTITY_TYPES.contains(t)) entity.types.add(t);
        });
        if (entity.types.isEmpty()) return null;
        Map<Node, Long> labelGraphs = new HashMap<>();
        inPaperGraphs(dsg, e, SKOS.altLabel.asNode(), label -> {
            if (label.isLiteral()) labelGraphs.merge(label, 1L, Long::sum);
        });
        labelGraphs.forEach((label, graphs) -> entity.labels.add(new LabelUse(label, graphs)));
        Set<Node> keys = new HashSet<>();
        inPaperGraphs(dsg, e, PKG.normalizedKey.asNode(), keys::add);
        entity.keys.addAll(keys);
        Set<Node> papers = new HashSet<>();
        for (Node p : List.of(PKG.mentions.asNode(), PKG.introduces.asNode())) {
            dsg.find(Node.ANY, Node.ANY, p, e).forEachRemaining(q -> {
                Node paper = q.getSubject();
                if (!papers.contains(paper) && dsg.find(Node.ANY, paper, RDF.type.asNode(), PKG.Paper.asNode()).hasNext()) {
                    papers.add(paper);
                }
            });
        }
        entity.mentionCount = papers.size();
        return entity;
    }

    /** Hands over the object of every (e, predicate, ?) quad outside the entities graph, once per graph. */
    private static void inPaperGraphs(DatasetGraph dsg, Node e, Node predicate, Consumer<Node> onObject) {
        dsg.find(Node.ANY, e, predicate, Node.ANY).forEachRemaining(q -> {
            if (!NODE.equals(q.getGraph())) onObject.accept(q.getObject());
        });
    }

    /** Runs a SELECT and hands over its rows: locally, or against a remote SPARQL endpoint. */
    @FunctionalInterface
    interface Selector {
        void select(Query query, Consumer<Binding> onRow);
    }

    /** The triples to delete from and add to the stored entities graph to make it the wanted one. */
    record Diff(List<Triple> obsolete, List<Triple> missing) {
        boolean isEmpty() {
            return obsolete.isEmpty() && missing.isEmpty();
        }
    }

    static Diff diff(Graph stored, Graph wanted) {
        return new Diff(stored.find().filterDrop(wanted::contains).toList(),
                wanted.find().filterDrop(stored::contains).toList());
    }

    /** The entities graph as the paper graphs say it should be, built in memory. */
    static Graph derive(DatasetGraph dsg) {
        return derive(local(dsg), stored(dsg));
    }

    static Selector local(DatasetGraph dsg) {
        return (query, onRow) -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(onRow);
            }
        };
    }

    private static Graph stored(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find(NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /**
     * Derives the entities graph with the aggregate queries run by {@code selector}; {@code stored} is
     * the current entities graph, whose own copies of triples are not counted as uses.
     */
    static Graph derive(Selector selector, Graph stored) {
        Map<Node, Entity> entities = new HashMap<>();
        selector.select(TYPINGS, row -> {
            if (inPaperGraphs(row, stored, RDF.type.asNode(), "type") > 0) {
                entities.computeIfAbsent(node(row, "e"), Entity::new).types.add(node(row, "type"));
            }
        });
        selector.select(LABEL_USES, row -> {
            Entity e = entities.get(node(row, "e"));
            long graphs = inPaperGraphs(row, stored, SKOS.altLabel.asNode(), "label");
            if (e != null && graphs > 0 && node(row, "label").isLiteral()) {
                e.labels.add(new LabelUse(node(row, "label"), graphs));
            }
        });
        selector.select(KEY_USES, row -> {
            Entity e = entities.get(node(row, "e"));
            if (e != null && inPaperGraphs(row, stored, PKG.normalizedKey.asNode(), "label") > 0) {
                e.keys.add(node(row, "label"));
            }
        });
        selector.select(MENTIONS, row -> {
            Entity e = entities.get(node(row, "e"));
            if (e != null) e.mentionCount = count(row, "papers");
        });

        Graph graph = GraphFactory.createDefaultGraph();
        entities.values().forEach(e -> e.writeTo(graph));
        return graph;
    }

    /** The row's graph count, less one if the triple is the entities graph's own copy. */
    private static long inPaperGraphs(Binding row, Graph stored, Node predicate, String objectVar) {
        boolean storedCopy = stored.contains(node(row, "e"), predicate, node(row, objectVar));
        return count(row, "graphs") - (storedCopy ? 1 : 0);
    }

    private static Node node(Binding row, String var) {
        return row.get(Var.alloc(var));
    }

    private static long count(Binding row, String var) {
        return ((Number) node(row, var).getLiteralValue()).longValue();
    }

    private record LabelUse(Node label, long graphs) {
        String text() {
            return label.getLiteralLexicalForm();
        }
    }

    /** Most paper graphs first; ties go to the shortest label, then to the alphabetically first. */
    private static final Comparator<LabelUse> PREFERRED_FIRST = Comparator
            .comparingLong(LabelUse::graphs).reversed()
            .thenComparingInt((LabelUse u) -> u.text().length())
            .thenComparing(LabelUse::text)
            .thenComparing(u -> u.label().toString());

    private static final class Entity {
        final Node iri;
        final Set<Node> types = new LinkedHashSet<>();
        final List<LabelUse> labels = new ArrayList<>();
        final List<Node> keys = new ArrayList<>();
        long mentionCount;

        Entity(Node iri) {
            this.iri = iri;
        }

        void writeTo(Graph g) {
            types.forEach(t -> g.add(iri, RDF.type.asNode(), t));
            labels.sort(PREFERRED_FIRST);
            Node preferred = labels.isEmpty() ? fallbackLabel() : labels.get(0).label();
            g.add(iri, SKOS.prefLabel.asNode(), preferred);
            // SKOS keeps prefLabel and altLabel disjoint, so the preferred one is not repeated as alternative
            labels.stream().skip(1).forEach(u -> g.add(iri, SKOS.altLabel.asNode(), u.label()));
            g.add(iri, PKG.mentionCount.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(mentionCount), XSDDatatype.XSDinteger));
            Node key = normalizedKey();
            if (key != null) g.add(iri, PKG.normalizedKey.asNode(), key);
        }

        /** The shapes allow one key; should builders ever disagree, the smallest wins, deterministically. */
        private Node normalizedKey() {
            return keys.stream().min(Comparator.comparing(Node::toString)).orElse(null);
        }

        /** The shapes demand exactly one prefLabel even for an entity no graph labelled. */
        private Node fallbackLabel() {
            Node key = normalizedKey();
            if (key != null && key.isLiteral()) return NodeFactory.createLiteralString(key.getLiteralLexicalForm());
            String uri = iri.isURI() ? iri.getURI() : iri.toString();
            return NodeFactory.createLiteralString(uri.substring(uri.lastIndexOf('/') + 1));
        }
    }
}
