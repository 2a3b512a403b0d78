package org.paperkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;

/**
 * HTML pages for the linked-data views: an entity's (or paper's) label, types, properties (with links to the
 * local pages of related entities), evidence sentences with the papers they came from, and the papers that
 * mention it. Every string from the store is HTML-escaped; no scripts, no inline styles.
 */
final class LinkedDataHtml {

    private final String base;
    private final Map<String, String> prefixes;

    LinkedDataHtml(String base, Map<String, String> prefixes) {
        this.base = base;
        this.prefixes = prefixes;
    }

    /** The page of {@code iri} from its description {@code g}. */
    String page(Graph g, String iri) {
        Node e = NodeFactory.createURI(iri);
        String label = LinkedDataDescription.label(g, e);
        if (label == null) label = iri.substring(iri.lastIndexOf('/') + 1);
        StringBuilder html = new StringBuilder();
        head(html, label);
        html.append("<h1>").append(esc(label)).append("</h1>\n");
        html.append("<p><code>").append(esc(iri)).append("</code></p>\n");
        List<String> types = g.find(e, RDF.type.asNode(), Node.ANY).mapWith(t -> term(t.getObject())).toList();
        if (!types.isEmpty()) {
            html.append("<p>Type: ").append(esc(String.join(", ", types.stream().sorted().toList()))).append("</p>\n");
        }

        html.append("<h2>Properties</h2>\n<table>\n<tr><th>property</th><th>value</th></tr>\n");
        List<Triple> own = new ArrayList<>(g.find(e, Node.ANY, Node.ANY).toList());
        own.removeIf(t -> t.getPredicate().equals(RDF.type.asNode()));
        own.sort(Comparator.comparing((Triple t) -> term(t.getPredicate())).thenComparing(t -> t.getObject().toString()));
        for (Triple t : own) {
            html.append("<tr><td>").append(esc(term(t.getPredicate()))).append("</td><td>")
                .append(value(g, t.getObject())).append("</td></tr>\n");
        }
        html.append("</table>\n");

        Set<Node> evidence = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.subject.asNode(), e).forEachRemaining(t -> evidence.add(t.getSubject()));
        g.find(Node.ANY, RDF.object.asNode(), e).forEachRemaining(t -> evidence.add(t.getSubject()));
        if (!evidence.isEmpty()) {
            html.append("<h2>Evidence</h2>\n<ul>\n");
            evidence.stream().sorted(Comparator.comparing(Node::toString)).forEach(ev -> {
                html.append("<li>");
                Node s = first(g, ev, RDF.subject.asNode());
                Node p = first(g, ev, RDF.predicate.asNode());
                Node o = first(g, ev, RDF.object.asNode());
                if (s != null && p != null && o != null) {
                    html.append(value(g, s)).append(" <em>").append(esc(term(p))).append("</em> ").append(value(g, o))
                        .append(": ");
                }
                Node sentence = first(g, ev, PKG.sentence.asNode());
                if (sentence != null && sentence.isLiteral()) {
                    html.append("<q>").append(esc(sentence.getLiteralLexicalForm())).append("</q>");
                }
                Node paper = first(g, ev, PKG.fromPaper.asNode());
                if (paper != null) html.append(" (").append(value(g, paper)).append(")");
                html.append("</li>\n");
            });
            html.append("</ul>\n");
        }

        List<Node> papers = g.find(Node.ANY, PKG.mentions.asNode(), e).mapWith(Triple::getSubject).toList();
        if (!papers.isEmpty()) {
            html.append("<h2>Papers that mention it</h2>\n<ul>\n");
            papers.stream().distinct().sorted(Comparator.comparing(Node::toString))
                  .forEach(p -> html.append("<li>").append(value(g, p)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<p><a href=\"/\">SPARQL query page</a></p>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A page that shows an RDF text (the dataset description) as preformatted text. */
    String textPage(String title, String text) {
        StringBuilder html = new StringBuilder();
        head(html, title);
        html.append("<h1>").append(esc(title)).append("</h1>\n<pre>").append(esc(text)).append("</pre>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(esc(title)).append(" \u2013 paperkg</title>\n</head>\n<body>\n");
    }

    /** An object: a link for entities and papers under the base, a quantity's text, an escaped literal or IRI. */
    private String value(Graph g, Node o) {
        if (o.isLiteral()) return esc(o.getLiteralLexicalForm());
        if (!o.isURI()) return esc(o.toString());
        String iri = o.getURI();
        if (LinkedDataDescription.isMintedUnderPaper(iri, base)) {
            Node raw = first(g, o, PKG.rawText.asNode());
            if (raw != null && raw.isLiteral()) return esc(raw.getLiteralLexicalForm());
            Node benchmark = first(g, o, PKG.benchmark.asNode());
            if (benchmark != null) {
                Node score = first(g, o, PKG.score.asNode());
                Node scoreText = score == null ? null : first(g, score, PKG.rawText.asNode());
                return "on " + value(g, benchmark) + (scoreText != null && scoreText.isLiteral()
                        ? ": " + esc(scoreText.getLiteralLexicalForm()) : "");
            }
            return esc(iri);
        }
        String label = LinkedDataDescription.label(g, o);
        String path = LinkedDataServlet.localPath(iri, base);
        String text = label != null ? label : path != null ? path : term(o);
        if (path == null) return esc(text);
        return "<a href=\"" + esc(path) + "\">" + esc(text) + "</a>";
    }

    private static Node first(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    /** A prefixed name where a prefix fits, else the IRI. */
    private String term(Node n) {
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        return iri;
    }

    /** HTML-escapes text for element content and double- or single-quoted attributes. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final Node TITLE = DCTerms.title.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
}
