package org.paperkg.report;

import java.util.List;

/** The documentation of each term: heading with anchor, IRI, comment and the fact rows. */
final class OntologyDocsTerms {
    private final OntologyCatalog catalog;
    private final OntologyDocsValues values;

    OntologyDocsTerms(OntologyCatalog catalog, OntologyDocsValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    /** An index of the terms (by local name, the way they appear in queries) and then one section each. */
    void write(OntologyXmlWriter w, List<OntologyTerm> terms, String headingTag) {
        if (terms.isEmpty()) {
            w.element("p", "None declared.").newline();
            return;
        }
        w.open("ul", "class", "index");
        for (OntologyTerm t : terms.stream().sorted((a, b) -> a.localName().compareToIgnoreCase(b.localName())).toList()) {
            w.open("li").open("a", "href", "#" + t.id(), "title", t.label()).text(t.localName()).close("a").close("li");
        }
        w.close("ul").newline();
        for (OntologyTerm t : terms) {
            term(w, t, headingTag);
        }
    }

    private void term(OntologyXmlWriter w, OntologyTerm t, String headingTag) {
        w.open("section", "class", "term", "id", t.id()).newline();
        w.open(headingTag).text(t.label()).text(" ")
                .element("span", t.kind().singular, "class", "kind")
                .element("a", "#", "class", "self", "href", "#" + t.id(), "aria-label", "link to " + t.localName())
                .close(headingTag).newline();
        w.open("p", "class", "iri").element("code", catalog.curie(t.resource())).text(" \u2014 ")
                .element("code", t.iri()).close("p").newline();
        if (t.comment() != null) {
            values.prose(w, t.comment(), "comment");
        }
        List<OntologyFact> facts = OntologyTermFacts.of(catalog, t);
        if (!facts.isEmpty()) {
            w.open("dl", "class", "facts").newline();
            for (OntologyFact f : facts) {
                w.element("dt", f.heading()).open("dd");
                list(w, f.values());
                w.close("dd").newline();
            }
            w.close("dl").newline();
        }
        w.close("section").newline();
    }

    /** Plain term lists run inline ("a, b, c"); pairs such as "skos:exactMatch unit:BYTE" one per line. */
    private void list(OntologyXmlWriter w, List<OntologyValue> items) {
        boolean inline = items.stream().allMatch(v -> v instanceof OntologyValue.Node);
        w.open("ul", "class", inline ? "inline" : "block");
        for (OntologyValue v : items) {
            w.open("li");
            values.value(w, v);
            w.close("li");
        }
        w.close("ul");
    }
}
