package org.paperkg.query;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/**
 * How query results are written. The first five are for SELECT and ASK, the RDF ones for CONSTRUCT and
 * DESCRIBE; {@code table} (the default) writes Turtle for graph results, and {@code json} JSON-LD.
 */
public enum OutputFormat {
    TABLE(null), CSV(null), TSV(null), JSON(RDFFormat.JSONLD),
    TURTLE(RDFFormat.TURTLE), NTRIPLES(RDFFormat.NTRIPLES), JSONLD(RDFFormat.JSONLD),
    RDFXML(RDFFormat.RDFXML), TRIG(RDFFormat.TRIG);

    /** The RDF serialisation for graph results, or null where this format has none. */
    private final RDFFormat graphFormat;

    OutputFormat(RDFFormat graphFormat) {
        this.graphFormat = graphFormat;
    }

    boolean isTabular() {
        return ordinal() <= JSON.ordinal();
    }

    RDFFormat graphFormat() {
        return this == TABLE ? RDFFormat.TURTLE : graphFormat;
    }

    /** Accepts the names the CLI documents and common aliases, in any case. */
    public static OutputFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "table", "text" -> TABLE;
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "json", "srj" -> JSON;
            case "ttl", "turtle" -> TURTLE;
            case "nt", "ntriples", "n-triples" -> NTRIPLES;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf/xml" -> RDFXML;
            case "trig" -> TRIG;
            default -> throw new QueryInputException("unknown format '" + name
                    + "'; use table, csv, tsv, json, ttl, nt, jsonld, rdfxml or trig");
        };
    }
}
