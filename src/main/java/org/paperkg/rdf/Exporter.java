package org.paperkg.rdf;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes the knowledge graph, or one of its named graphs, in one of the {@link ExportFormat}s.
 *
 * <p>What is written: N-Quads and TriG hold every named graph (each paper graph and the entities
 * graph) with its name. Turtle, N-Triples, RDF/XML and JSON-LD hold one graph: the union of all named
 * graphs (what a SPARQL query sees as its default graph; a triple stated in several graphs is written
 * once), or, with a graph IRI, that graph alone.
 *
 * <p>How: everything is read inside one read transaction, so a concurrent build never shows half a
 * batch. Turtle, N-Triples, N-Quads and TriG are streamed: each triple or quad goes from the store's
 * index iterator to a Jena {@link StreamRDF} writer ({@code TURTLE_BLOCKS}, {@code NTRIPLES},
 * {@code NQUADS}, {@code TRIG_BLOCKS}) and nothing is collected in memory. RDF/XML uses Jena's plain
 * writer on a view of the store (no copy); JSON-LD is compacted in memory ({@link ExportJsonLd}).
 */
public final class Exporter {

    /** Prefixes for Turtle, TriG and RDF/XML: the vocabularies of the ontology and the data namespaces. */
    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry(PKG.PREFIX, PKG.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("schema", "http://schema.org/"),
            Map.entry("qudt", "http://qudt.org/schema/qudt/"),
            Map.entry("mls", "http://www.w3.org/ns/mls#"),
            Map.entry("fabio", "http://purl.org/spar/fabio/"),
            Map.entry("model", Iris.DEFAULT_BASE + "model/"),
            Map.entry("dataset", Iris.DEFAULT_BASE + "dataset/"),
            Map.entry("org", Iris.DEFAULT_BASE + "org/"),
            Map.entry("paper", Iris.DEFAULT_BASE + "paper/"));

    /** What was written: triples (or quads) and, for the whole store, the number of named graphs. */
    public record Summary(ExportFormat format, long statements, long graphs, String graph) {
        @Override
        public String toString() {
            String unit = format.keepsGraphs() ? "quads" : "triples";
            String scope = graph != null ? "of graph <" + graph + ">"
                    : format.keepsGraphs() ? "in " + graphs + " named graphs"
                    : "(union of " + graphs + " named graphs)";
            return statements + " " + unit + " " + scope + " as " + format.name().toLowerCase();
        }
    }

    private Exporter() {}

    /**
     * Writes {@code dsg} (or its graph {@code graphIri}) to {@code out} in {@code format}, in one read
     * transaction. The stream is flushed, not closed.
     *
     * @param graphIri         a named graph to write alone, or null for the whole store
     * @param referenceContext JSON-LD only: refer to the context by URL instead of embedding it
     * @throws IllegalArgumentException if {@code graphIri} is not an absolute IRI or names no graph
     */
    public static Summary export(DatasetGraph dsg, ExportFormat format, String graphIri, boolean referenceContext,
                                 OutputStream out) {
        Node graphName = graphIri == null ? null : graphNode(graphIri);
        return Txn.calculateRead(dsg, () -> {
            if (graphName != null && !dsg.containsGraph(graphName)) {
                throw new IllegalArgumentException("the store has no graph <" + graphIri + ">");
            }
            long graphs = graphName != null ? 1 : countGraphs(dsg);
            long written;
            if (format.keepsGraphs()) {
                Iterator<Quad> quads = graphName == null ? dsg.find()
                        : dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY);
                written = stream(format, out, sink -> quads.forEachRemaining(sink::quad));
            } else {
                Graph graph = graphName == null ? dsg.getUnionGraph() : dsg.getGraph(graphName);
                written = switch (format) {
                    case TTL, NT -> stream(format, out, sink -> graph.find().forEachRemaining(sink::triple));
                    case RDFXML -> writeRdfXml(graph, out);
                    case JSONLD -> {
                        Counting<Triple> triples = new Counting<>(graph.find());
                        ExportJsonLd.write(triples, out, referenceContext);
                        yield triples.count;
                    }
                    default -> throw new IllegalStateException(format.name());
                };
            }
            return new Summary(format, written, graphs, graphIri);
        });
    }

    /** The prefixes as a Jena prefix map. */
    public static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> pm.add(e.getKey(), e.getValue()));
        return pm;
    }

    private interface Feed {
        void into(StreamRDF sink);
    }

    /** Runs {@code feed} into a streaming writer of {@code format}; returns the number of triples or quads. */
    private static long stream(ExportFormat format, OutputStream out, Feed feed) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jenaFormat());
        CountingStream counting = new CountingStream(writer);
        counting.start();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counting.prefix(e.getKey(), e.getValue()));
        feed.into(counting);
        counting.finish();
        return counting.count;
    }

    private static long writeRdfXml(Graph graph, OutputStream out) {
        PrefixMapping prefixes = new PrefixMappingImpl().setNsPrefixes(PREFIXES).lock();
        // The plain writer lists the graph subject by subject; the view adds prefixes without
        // setting them on (and so writing them to) the store.
        Graph view = new WrappedGraph(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
        RDFWriter.source(view).format(ExportFormat.RDFXML.jenaFormat()).output(out);
        return graph.size();
    }

    private static long countGraphs(DatasetGraph dsg) {
        long n = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
        return n;
    }

    private static Node graphNode(String iri) {
        String s = iri.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        if (!IRIs.check(s) || !IRIs.reference(s).isAbsolute()) {
            throw new IllegalArgumentException("--graph needs an absolute IRI, not '" + iri + "'");
        }
        return NodeFactory.createURI(s);
    }

    /** Counts what passes through to the writer. */
    private static final class CountingStream extends StreamRDFWrapper {
        long count;

        CountingStream(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple triple) {
            count++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }
    }

    private static final class Counting<T> implements Iterator<T> {
        private final Iterator<T> it;
        long count;

        Counting(Iterator<T> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public T next() {
            count++;
            return it.next();
        }
    }
}
