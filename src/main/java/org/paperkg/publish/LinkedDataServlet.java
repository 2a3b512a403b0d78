package org.paperkg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.rdf.DatasetDescription;
import org.paperkg.rdf.Exporter;
import org.paperkg.rdf.ExportJsonLd;
import org.paperkg.rdf.Iris;

/**
 * Dereferenceable IRIs: {@code GET /model/{key}} (and {@code /dataset/}, {@code /org/}, {@code /paper/}) answers
 * for the IRI {@code {base}model/{key}}, and {@code GET /.well-known/void} with the dataset description (the
 * graph {@code {base}graph/void}; computed on the fly when the store has none).
 *
 * <p>Content negotiation on {@code Accept}: {@code text/turtle}, {@code application/ld+json} (compacted under the
 * paperkg context, embedded), {@code application/n-triples} and {@code application/rdf+xml} give RDF; anything else
 * (a browser's {@code text/html}, or no RDF type at all) gives an HTML page for entities and Turtle for the
 * description. Keys must be lower-case letters and digits (paper keys may contain dots, as arXiv ids do); the
 * raw request path is matched as a whole, so encoded slashes, dot segments and {@code ;} parameters are 404s.
 * An IRI the store says nothing about is a 404.
 */
final class LinkedDataServlet extends HttpServlet {

    /** The paths mapped to this servlet, for the server builder. */
    static final List<String> MAPPINGS = List.of("/model/*", "/dataset/*", "/org/*", "/paper/*", VoidPath.PATH);

    private static final Pattern ENTITY_PATH = Pattern.compile("/(model|dataset|org)/([a-z0-9]+)");
    private static final Pattern PAPER_PATH = Pattern.compile("/paper/([a-z0-9]+(?:\\.[a-z0-9]+)*)");

    private static final Map<String, Lang> RDF_TYPES = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES,
            "application/rdf+xml", Lang.RDFXML);

    private final Dataset dataset;
    private final Iris iris;
    private final Map<String, String> prefixes;
    private final LinkedDataHtml html;

    LinkedDataServlet(Dataset dataset, String base) {
        this.dataset = dataset;
        this.iris = new Iris(base);
        this.prefixes = prefixes(iris.base());
        this.html = new LinkedDataHtml(iris.base(), prefixes);
    }

    /** The server path of an IRI under the base that this servlet answers ({@code /model/x}), or null. */
    static String localPath(String iri, String base) {
        if (!iri.startsWith(base)) return null;
        String path = "/" + iri.substring(base.length());
        return ENTITY_PATH.matcher(path).matches() || PAPER_PATH.matcher(path).matches() ? path : null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String path = request.getRequestURI();   // raw: not decoded, not normalised
        String query = request.getQueryString();
        if (path == null || query != null && !query.isEmpty()) {
            notFound(response);
            return;
        }
        if (path.equals(VoidPath.PATH)) {
            serveVoid(request, response);
            return;
        }
        Matcher entity = ENTITY_PATH.matcher(path);
        Matcher paper = PAPER_PATH.matcher(path);
        String iri = entity.matches() ? iris.base() + entity.group(1) + "/" + entity.group(2)
                : paper.matches() ? iris.paper(paper.group(1)) : null;
        Graph description = iri == null ? null : LinkedDataDescription.describe(dataset, iri, iris.base());
        if (description == null) {
            notFound(response);
            return;
        }
        Lang lang = negotiate(request.getHeader("Accept"));
        if (lang == null) {
            send(response, "text/html; charset=utf-8", html.page(description, iri).getBytes(StandardCharsets.UTF_8));
        } else {
            send(response, contentType(lang), rdf(description, lang));
        }
    }

    private void serveVoid(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String graphIri = DatasetDescription.graphIri(iris);
        Graph description = Txn.calculateRead(dataset, () -> {
            Node g = NodeFactory.createURI(graphIri);
            if (!dataset.asDatasetGraph().containsGraph(g)) return null;
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
            return copy;
        });
        if (description == null || description.isEmpty()) {
            description = DatasetDescription.describe(dataset, iris, Instant.now()).getGraph();
        }
        String accept = request.getHeader("Accept");
        Lang lang = negotiate(accept);
        if (lang == null && prefersHtml(accept)) {
            String turtle = new String(rdf(description, Lang.TURTLE), StandardCharsets.UTF_8);
            send(response, "text/html; charset=utf-8",
                    html.textPage("paperkg dataset description (VoID, DCAT)", turtle).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (lang == null) lang = Lang.TURTLE;
        send(response, contentType(lang), rdf(description, lang));
    }

    private byte[] rdf(Graph graph, Lang lang) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang.equals(Lang.JSONLD)) {
            ExportJsonLd.write(graph.find(), out, false);
        } else if (lang.equals(Lang.TURTLE)) {
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        } else if (lang.equals(Lang.RDFXML)) {
            RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
        } else {
            RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
        }
        return out.toByteArray();
    }

    private static String contentType(Lang lang) {
        String type = RDF_TYPES.entrySet().stream().filter(e -> e.getValue().equals(lang)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        return lang.equals(Lang.RDFXML) ? type + "; charset=utf-8" : type.startsWith("text/") || lang.equals(Lang.NTRIPLES)
                ? type + "; charset=utf-8" : type;
    }

    private static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The RDF language the {@code Accept} header prefers, or null when its best supported type is HTML or it
     * names no RDF type. The highest {@code q} wins; among equal ones, the first listed. Wildcards are ignored.
     */
    static Lang negotiate(String accept) {
        String best = bestType(accept);
        return best == null ? null : RDF_TYPES.get(best);
    }

    private static boolean prefersHtml(String accept) {
        String best = bestType(accept);
        return best != null && !RDF_TYPES.containsKey(best);
    }

    private static String bestType(String accept) {
        if (accept == null) return null;
        String best = null;
        double bestQ = 0;
        for (String item : accept.split(",")) {
            String[] parts = item.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("application/xhtml+xml")) type = "text/html";
            if (!RDF_TYPES.containsKey(type) && !type.equals("text/html")) continue;
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        return best;
    }

    /** The export prefixes, with the data namespaces under this server's base; longest namespace first. */
    private static Map<String, String> prefixes(String base) {
        Map<String, String> all = new LinkedHashMap<>();
        Exporter.PREFIXES.forEach((k, v) -> {
            if (!List.of("model", "dataset", "org", "paper").contains(k)) all.put(k, v);
        });
        for (String s : new String[] {"model", "dataset", "org", "paper"}) all.put(s, base + s + "/");
        all.put("void", DatasetDescription.VOID);
        all.put("dcat", "http://www.w3.org/ns/dcat#");
        Map<String, String> sorted = new LinkedHashMap<>();
        all.entrySet().stream()
           .sorted(Comparator.comparing((Map.Entry<String, String> e) -> -e.getValue().length()).thenComparing(Map.Entry::getKey))
           .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Where the dataset description is served. */
    static final class VoidPath {
        static final String PATH = "/.well-known/void";

        private VoidPath() {}
    }
}
