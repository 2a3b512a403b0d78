package org.paperkg.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
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
        return describe(ds, iris, modified, null);
    }

    /**
     * The description with counts already taken ({@code KnowledgeStore.census}, one scan of the store's
     * index instead of five queries); null counts them by SPARQL.
     */
    public static Model describe(Dataset ds, Iris iris, Instant modified, GraphCensus census) {
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

            GraphCensus counts = census != null ? census : GraphCensus.bySparql(ds, graphIri(iris));
            kg.addLiteral(V_TRIPLES, counts.triples()).addLiteral(V_ENTITIES, counts.entities())
                    .addLiteral(V_DOCUMENTS, counts.papers());
            counts.classEntities().forEach((c, n) -> {
                Resource partition = m.createResource(base + "graph/void#class-" + Integer.toHexString(c.hashCode()))
                        .addProperty(V_CLASS, m.createResource(c))
                        .addLiteral(V_ENTITIES, n.longValue());
                kg.addProperty(V_CLASS_PARTITION, partition);
            });

            Set<String> vocabularies = new TreeSet<>();
            for (String term : counts.terms()) {
                String ns = namespace(term);
                if (ns != null && (ns.equals(PKG.NS) || !ns.startsWith(base))) vocabularies.add(ns);
            }
            vocabularies.forEach(ns -> kg.addProperty(V_VOCABULARY, m.createResource(ns)));

            GraphCensus.forEach(ds, pkg + "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?p a pkg:Paper ; pkg:sourceFile ?f }" + notVoid
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
        return replace(ds, iris, modified, null);
    }

    /** As {@link #replace(Dataset, Iris, Instant)}, with counts already taken (null: by SPARQL). */
    public static Model replace(Dataset ds, Iris iris, Instant modified, GraphCensus census) {
        Model description = describe(ds, iris, modified, census);
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

}
