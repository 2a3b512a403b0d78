package org.paperkg.report;

/** One page per ontology class with its whole table ({@code class-Model.html}). */
final class ClassPages {
    /** Longest table a class page shows; the rest is counted. */
    static final int MAX_ROWS = 1000;

    private ClassPages() {}

    static String file(ReportSchema.ReportClass cls) {
        return "class-" + cls.localName().replaceAll("[^A-Za-z0-9_-]", "_") + ".html";
    }

    static String render(ClassTable t, ReportLinks links) {
        return ReportPage.render(t.cls().label(), "", links, p -> {
            var w = p.w();
            w.open("h1");
            w.text(t.cls().label() + " ");
            w.element("span", ReportNumbers.integer(t.total()) + " in the graph", "class", "kind");
            w.close("h1");
            w.element("p", t.cls().iri(), "class", "iri");
            if (t.cls().comment() != null) w.element("p", t.cls().comment(), "class", "comment");
            w.open("section", "class", "ontology-class", "data-class", t.cls().iri(), "data-count", Integer.toString(t.total()));
            if (t.total() > t.rows().size()) {
                w.element("p", "The first " + ReportNumbers.integer(t.rows().size()) + " of " + ReportNumbers.integer(t.total()) + ".", "class", "note");
            }
            p.classTable(t);
            w.close("section");
        });
    }
}
