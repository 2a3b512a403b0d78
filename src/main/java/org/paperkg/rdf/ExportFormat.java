package org.paperkg.rdf;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The serialisations {@code paperkg export} writes. N-Quads and TriG keep the named graphs; the others
 * hold one graph (the union of the store's named graphs, or the one graph asked for).
 */
public enum ExportFormat {
    /** Turtle, written in blocks (one subject at a time) as triples arrive: streaming. */
    TTL("ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false, true),
    /** N-Triples: streaming. */
    NT("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, false, true),
    /** N-Quads, every quad with its graph name: streaming. */
    NQ("nq", Lang.NQUADS, RDFFormat.NQUADS, true, true),
    /** TriG in blocks, one {@code GRAPH {...}} block per graph as quads arrive: streaming. */
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true, true),
    /** Compacted JSON-LD 1.1 under the published paperkg context; built in memory. */
    JSONLD("jsonld", Lang.JSONLD11, null, false, false),
    /** RDF/XML without abbreviations (the plain writer reads the graph subject by subject, no copy). */
    RDFXML("rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false, false);

    private final String extension;
    private final Lang lang;
    private final RDFFormat jenaFormat;
    private final boolean keepsGraphs;
    private final boolean streaming;

    ExportFormat(String extension, Lang lang, RDFFormat jenaFormat, boolean keepsGraphs, boolean streaming) {
        this.extension = extension;
        this.lang = lang;
        this.jenaFormat = jenaFormat;
        this.keepsGraphs = keepsGraphs;
        this.streaming = streaming;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The language to parse the output with. */
    public Lang lang() {
        return lang;
    }

    /** Jena's writer format, or null where paperkg writes the format itself (JSON-LD). */
    RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** Whether the output keeps the named graphs (N-Quads, TriG) rather than one graph. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** Whether triples are written as they are read from the store, in constant memory. */
    public boolean streaming() {
        return streaming;
    }

    /** The names the CLI documents ({@code ttl nt nq trig jsonld rdfxml}) and common aliases, in any case. */
    public static ExportFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "nq", "nquads", "n-quads" -> NQ;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf/xml", "rdf", "xml" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown export format '" + name
                    + "'; use ttl, nt, nq, trig, jsonld or rdfxml");
        };
    }
}
