package org.paperkg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD 1.1 under the published paperkg context ({@code ontology/context.jsonld}), compacted so that it
 * reads as plain JSON: {@code "type": "Paper"}, {@code "title": "..."}, {@code "mentions": [...]}.
 *
 * <p>Jena 5.6's JSON-LD 1.1 writer ({@code JsonLD11Writer}) turns RDF into JSON-LD with Titanium and
 * compacts it, but only against a context made of the graph's prefixes: it takes no context of its
 * own. This class runs the same two Titanium steps (RDF to JSON-LD, then compaction) with the paperkg
 * context instead. The context is either embedded (the default: the output is self-contained and any
 * JSON-LD processor reads it offline) or referenced by its URL, {@value #CONTEXT_URL}. Nothing is
 * fetched from the network in either case: the {@linkplain #offlineLoader() document loader} serves
 * the copy bundled in the jar for that URL and refuses every other URL. Readers of the URL form can
 * use the same loader ({@link #parserContext()}).
 *
 * <p>Unlike the other export formats this one is built in memory (JSON-LD compaction needs the whole
 * node map), so it suits one paper graph or a small store better than a large one.
 */
public final class ExportJsonLd {

    /** Where the context is published; the jar holds the same file at {@link Ontology#CONTEXT}. */
    public static final String CONTEXT_URL = "https://w3id.org/paperkg/context.jsonld";

    private ExportJsonLd() {}

    /**
     * Writes the triples as one compacted JSON-LD document.
     *
     * @param referenceContext true: {@code "@context": "https://w3id.org/paperkg/context.jsonld"};
     *                         false: the context object itself is embedded
     */
    public static void write(Iterator<Triple> triples, OutputStream out, boolean referenceContext) {
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
            while (triples.hasNext()) {
                add(toJsonLd, triples.next());
            }
            Document expanded = JsonDocument.of(toJsonLd.toJsonLd());
            JsonLdOptions options = new JsonLdOptions(offlineLoader());
            options.setProcessingMode(JsonLdVersion.V1_1);
            options.setOrdered(true);     // keys and values sorted: the same graph gives the same text
            JsonObject compacted = JsonLd.compact(expanded, bundledContext()).options(options).get();
            if (referenceContext) {
                // Compacted against the bundled copy of the published context; Titanium embeds what
                // it compacted with, so the reference replaces it (the terms are the same).
                var withUrl = Json.createObjectBuilder().add("@context", CONTEXT_URL);
                compacted.forEach((key, value) -> {
                    if (!key.equals("@context")) withUrl.add(key, value);
                });
                compacted = withUrl.build();
            }
            writeJson(compacted, out);
        } catch (JsonLdError e) {
            throw new JenaException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The bundled {@code context.jsonld}, as a JSON-LD document (its {@code @context} is the context). */
    public static Document bundledContext() {
        try (InputStream in = ExportJsonLd.class.getResourceAsStream(Ontology.CONTEXT)) {
            if (in == null) {
                throw new IllegalStateException(Ontology.CONTEXT + " is not on the class path");
            }
            JsonDocument doc = JsonDocument.of(in);
            doc.setDocumentUrl(URI.create(CONTEXT_URL));
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("the bundled " + Ontology.CONTEXT + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A document loader that never touches the network: the paperkg context URL (with http or https)
     * gives the bundled copy, any other URL fails.
     */
    public static DocumentLoader offlineLoader() {
        return OfflineLoader.INSTANCE;
    }

    /**
     * A Jena parser context that makes the JSON-LD 1.1 reader resolve the paperkg context URL offline:
     * {@code RDFParser.source(in).lang(Lang.JSONLD11).context(ExportJsonLd.parserContext())}.
     */
    public static Context parserContext() {
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(offlineLoader()));
        return context;
    }

    private static void add(QuadsToJsonld consumer, Triple t) throws JsonLdError {
        String s = resource(t.getSubject());
        String p = resource(t.getPredicate());
        Node o = t.getObject();
        try {
            if (o.isURI() || o.isBlank()) {
                consumer.quad(s, p, resource(o), null, null, null, null);
            } else if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                consumer.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(),
                        lang == null || lang.isEmpty() ? null : lang, direction, null);
            } else {
                throw new JenaException("JSON-LD cannot hold the term " + o);
            }
        } catch (RdfConsumerException e) {
            throw new JsonLdError(JsonLdErrorCode.UNSPECIFIED, e);
        }
    }

    private static String resource(Node n) {
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isURI()) return n.getURI();
        throw new JenaException("JSON-LD needs an IRI or a blank node here, not " + n);
    }

    private static void writeJson(JsonStructure json, OutputStream out) {
        Map<String, ?> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
        JsonWriter writer = Json.createWriterFactory(config).createWriter(new NonClosingOutputStream(out), java.nio.charset.StandardCharsets.UTF_8);
        writer.write(json);
        writer.close();      // flushes; the caller's stream stays open
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the bundled context for its published URL; refuses everything else. */
    private static final class OfflineLoader implements DocumentLoader {
        static final OfflineLoader INSTANCE = new OfflineLoader();

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            String u = url.toString();
            if (u.equals(CONTEXT_URL) || u.equals(CONTEXT_URL.replaceFirst("^https:", "http:"))) {
                return bundledContext();
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "paperkg reads no remote JSON-LD documents; only " + CONTEXT_URL + " is known (offline): " + u);
        }
    }

}
