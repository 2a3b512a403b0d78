package org.paperkg.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A VoID and DCAT description of the knowledge graph, kept in its own named graph {@code {base}graph/void}
 * (see {@link #graphIri(Iris)}): how many triples and entities, entities per class, papers, the vocabularies
 * used, the corpus files, the SPARQL endpoint as a {@code dcat:DataService} and one {@code dcat:Distribution}
 * per {@code paperkg export} format.
 *
 * <p>Counts are over the union of all named graphs except the description's own graph: {@code void:triples}
 * is the number of distinct triples (what a SPARQL query over the default graph, or a Turtle export, sees),
 * {@code void:entities} the distinct models, model families, datasets, benchmarks and organisations, and one
 * {@code void:classPartition} per class with its {@code void:entities}.
 *
 * <p>Endpoint and access URLs assume the server is published at the base, as the dereferenceable entity
 * IRIs do ({@code {base}model/x} answered at {@code /model/x}): the SPARQL endpoint is {@code {base}kg/sparql}.
 */
public final class DatasetDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The data's licence (the same as the ontology's). */
    public static final String LICENSE = "https://www.apache.org/licenses/LICENSE-2.0";

    private static final Resource VOID_DATASET = ResourceFactory.createResource(VOID + "Dataset");
    private static final Property V_TRIPLES = ResourceFactory.createProperty(VOID + "triples");
    private static final Property V_ENTITIES = ResourceFactory.createProperty(VOID + "entities");
    private static final Property V_DOCUMENTS = ResourceFactory.createProperty(VOID + "documents");
    private static final Property V_CLASS_PARTITION = ResourceFactory.createProperty(VOID + "classPartition");
    private static final Property V_CLASS = ResourceFactory.createProperty(VOID + "class");
    private static final Property V_SPARQL = ResourceFactory.createProperty(VOID + "sparqlEndpoint");
    private static final Property V_VOCABULARY = ResourceFactory.createProperty(VOID + "vocabulary");
    private static final Property V_URI_SPACE = ResourceFactory.createProperty(VOID + "uriSpace");

    private DatasetDescription() {}

    /** The named graph that holds the description. */
    public static String graphIri(Iris iris) {
        return iris.base() + "graph/void";
    }

    /** The IRI of the described dataset, {@code {base}kg}. */
    public static String datasetIri(Iris iris) {
        return iris.base() + "kg";
    }

    /** Computes the description of {@code ds} (in a read transaction), dated {@code modified}. */
    public static Model describe(Dataset ds, Iris iris, Instant modified) {
        String notVoid = " FILTER(?g != <" + graphIri(iris) + ">) ";
        String pkg = "PREFIX pkg: <" + PKG.NS + ">\n";
        return Txn.calculateRead(ds, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefix("void", VOID);
            m.setNsPrefix("dcat", DCAT.NS);
            m.setNsPrefix("dcterms", DCTerms.NS);
            m.setNsPrefix("rdfs", RDFS.uri);
            m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
            m.setNsPrefix(PKG.PREFIX, PKG.NS);
            String base = iris.base();
            Resource kg = m.createResource(datasetIri(iris))
                    .addProperty(RDF.type, VOID_DATASET)
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(RDFS.label, "paperkg knowledge graph")
                    .addProperty(DCTerms.description, "Models, datasets, benchmarks, organisations and quantities"
                            + " extracted from machine-learning paper abstracts, with the sentence every fact came from.")
                    .addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addProperty(DCTerms.modified, m.createTypedLiteral(
                            DateTimeFormatter.ISO_INSTANT.format(modified.atOffset(ZoneOffset.UTC).toInstant()),
                            XSDDatatype.XSDdateTime))
                    .addProperty(V_URI_SPACE, base)
                    .addProperty(V_SPARQL, m.createResource(base + "kg/sparql"));

            // Distinct triples of the union of the graphs (what the endpoint's default graph holds), less
            // this description's own. The union graph is read in index order with adjacent duplicates
            // dropped, so memory stays flat; a DISTINCT over all triples held them all (out of memory at
            // 1 GiB for the ACL Anthology). The description's triples are about its own IRIs only.
            long triples = count(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o } }")
                    - count(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graphIri(iris) + "> { ?s ?p ?o } }");
            long entities = count(ds, pkg + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }" + notVoid
                    + " VALUES ?c { pkg:Model pkg:ModelFamily pkg:Dataset pkg:Benchmark pkg:Organization } }");
            long papers = count(ds, pkg + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a pkg:Paper }" + notVoid + "}");
            kg.addLiteral(V_TRIPLES, triples).addLiteral(V_ENTITIES, entities).addLiteral(V_DOCUMENTS, papers);

            forEach(ds, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }" + notVoid
                    + " FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c", row -> {
                        Resource c = row.getResource("c");
                        Resource partition = m.createResource(base + "graph/void#class-" + Integer.toHexString(c.getURI().hashCode()))
                                .addProperty(V_CLASS, c)
                                .addLiteral(V_ENTITIES, row.getLiteral("n").getLong());
                        kg.addProperty(V_CLASS_PARTITION, partition);
                    });

            Set<String> vocabularies = new TreeSet<>();
            forEach(ds, "SELECT DISTINCT ?t WHERE { { GRAPH ?g { ?s ?t ?o }" + notVoid + "} UNION { GRAPH ?g { ?s a ?t }"
                    + notVoid + " FILTER(isIRI(?t)) } }", row -> {
                        String ns = namespace(row.getResource("t").getURI());
                        if (ns != null && (ns.equals(PKG.NS) || !ns.startsWith(base))) vocabularies.add(ns);
                    });
            vocabularies.forEach(ns -> kg.addProperty(V_VOCABULARY, m.createResource(ns)));

            forEach(ds, pkg + "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?p a pkg:Paper ; pkg:sourceFile ?f }" + notVoid
                    + "} ORDER BY ?f", row -> kg.addProperty(DCTerms.source, row.getLiteral("f").getLexicalForm()));


            Resource service = m.createResource(base + "kg#sparql")
                    .addProperty(RDF.type, DCAT.DataService)
                    .addProperty(RDFS.label, "paperkg SPARQL endpoint")
                    .addProperty(DCAT.endpointURL, m.createResource(base + "kg/sparql"))
                    .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                    .addProperty(DCAT.servesDataset, kg);
            kg.addProperty(DCAT.distribution, m.createResource(base + "kg#sparql-access")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(RDFS.label, "SPARQL access")
                    .addProperty(DCAT.accessURL, m.createResource(base + "kg/sparql"))
                    .addProperty(DCAT.accessService, service));
            for (ExportFormat format : ExportFormat.values()) {
                String mediaType = format.lang().getContentType().getContentTypeStr();
                kg.addProperty(DCAT.distribution, m.createResource(base + "kg#dump-" + format.extension())
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(RDFS.label, "dump as " + format.lang().getLabel())
                        .addProperty(DCTerms.description, "Written by 'paperkg export --format "
                                + format.name().toLowerCase(java.util.Locale.ROOT) + "'"
                                + (format.keepsGraphs() ? " (every named graph)." : " (the union of the named graphs)."))
                        .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + mediaType))
                        .addProperty(DCTerms.format, mediaType)
                        .addProperty(DCAT.accessURL, m.createResource(base + "kg/get")));
            }
            return m;
        });
    }

    /** Computes the description and replaces the graph {@link #graphIri(Iris)} with it, in its own write transaction. */
    public static Model replace(Dataset ds, Iris iris, Instant modified) {
        Model description = describe(ds, iris, modified);
        Txn.executeWrite(ds, () -> {
            ds.asDatasetGraph().removeGraph(NodeFactory.createURI(graphIri(iris)));
            ds.addNamedModel(graphIri(iris), description);
        });
        return description;
    }

    /** The namespace of a term: up to its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut <= 0 ? null : iri.substring(0, cut + 1);
    }

    private static long count(Dataset ds, String query) {
        long[] n = {0};
        forEach(ds, query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static void forEach(Dataset ds, String query, java.util.function.Consumer<QuerySolution> action) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) action.accept(rs.next());
        }
    }
}
