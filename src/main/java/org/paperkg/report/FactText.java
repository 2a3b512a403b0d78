package org.paperkg.report;

/** One fact as a phrase: subject, the predicate's label from the ontology, object; entities linked. */
final class FactText {
    private FactText() {}

    static void write(ReportPage p, ReportGraph.Fact f, ReportGraph graph) {
        p.link(f.subject(), graph.label(f.subject()));
        p.w().text(" ");
        p.w().element("em", graph.label(f.predicate()));
        p.w().text(" ");
        ReportGraph.Quantity q = graph.quantities.get(f.object());
        if (q != null) {
            p.w().text(q.raw() != null ? q.raw() : ReportNumbers.compact(q.value()));
        } else {
            p.link(f.object(), graph.label(f.object()));
        }
    }
}
