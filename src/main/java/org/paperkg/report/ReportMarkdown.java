package org.paperkg.report;

import java.util.List;
import java.util.Map;
import org.paperkg.eval.Counts;
import org.paperkg.eval.Section;

/** index.md: the main page in Markdown, with the same numbers and tables and the charts as image files. */
final class ReportMarkdown {
    private final StringBuilder md = new StringBuilder();
    private final ReportLinks links;

    private ReportMarkdown(ReportLinks links) {
        this.links = links;
    }

    static String render(ReportContent c, ReportCharts charts, ReportLinks links) {
        ReportMarkdown m = new ReportMarkdown(links);
        m.write(c, charts);
        return m.md.toString();
    }

    private void write(ReportContent c, ReportCharts charts) {
        var o = c.overview();
        line("# paperkg knowledge graph report");
        line("");
        line("## Overview");
        line("");
        line("| papers | models | model families | datasets | benchmarks | organisations | facts | quantities |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        line("| " + o.papers() + " | " + o.models() + " | " + o.modelFamilies() + " | " + o.datasets() + " | " + o.benchmarks()
                + " | " + o.organizations() + " | " + o.facts() + " | " + o.quantities() + " |");
        line("");
        line(o.firstDate() == null ? "No paper has a full publication date."
                : "Publication dates: " + o.firstDate() + " to " + o.lastDate() + " (" + o.datedPapers() + " papers with a full date).");
        line("");
        line("| corpus file | papers |");
        line("|---|---:|");
        o.corpusFiles().forEach((f, n) -> line("| " + esc(f) + " | " + n + " |"));
        line("");
        image(charts.papersPerMonth());
        line("## Largest models");
        line("");
        image(charts.largestModels());
        line("| model | parameters | as written | papers |");
        line("|---|---:|---|---:|");
        for (ReportContent.Row r : c.largestModels().stream().limit(MainPage.TOP).toList()) {
            line("| " + link(r.get("model"), r.get("label")) + " | " + ReportNumbers.compact(r.number("parameters")) + " | "
                    + esc(r.get("rawText")) + " | " + MainPage.nz(r.get("papers")) + " |");
        }
        line("");
        image(charts.sizeOverTime());
        line("## Datasets by size");
        line("");
        image(charts.datasetSizes());
        line("| dataset | tokens | as written |");
        line("|---|---:|---|");
        for (ReportContent.Row r : c.datasetSizes().stream().limit(MainPage.TOP).toList()) {
            line("| " + link(r.get("dataset"), r.get("label")) + " | " + ReportNumbers.compact(r.number("size")) + " | " + esc(r.get("rawText")) + " |");
        }
        line("");
        line("## Benchmark leaderboards");
        line("");
        for (Map.Entry<String, List<ReportContent.Row>> b : c.leaderboards().entrySet()) {
            line("### " + esc(b.getKey()));
            line("");
            line("| # | model | score | metric |");
            line("|---:|---|---:|---|");
            int rank = 1;
            for (ReportContent.Row r : b.getValue().stream().limit(10).toList()) {
                line("| " + rank++ + " | " + link(r.get("model"), r.get("modelLabel")) + " | " + ReportNumbers.plain(r.number("score"))
                        + " | " + esc(r.get("metric")) + " |");
            }
            line("");
        }
        line("## Organisations and what they introduced");
        line("");
        line("| organisation | introduced or developed |");
        line("|---|---|");
        for (Map.Entry<String, List<ReportContent.Row>> org : c.introductions().entrySet()) {
            StringBuilder what = new StringBuilder();
            for (ReportContent.Row r : org.getValue()) {
                if (what.length() > 0) what.append(", ");
                what.append(link(r.get("entity"), r.get("entityLabel"))).append(" (").append(MainPage.nz(r.get("kind"))).append(')');
            }
            line("| " + link(org.getKey(), org.getValue().get(0).get("orgLabel")) + " | " + what + " |");
        }
        line("");
        line("## Model lineage");
        line("");
        line(c.lineage().size() + " basedOn and partOf facts.");
        line("");
        image(charts.lineage());
        if (c.extraction() != null) {
            line("## Extraction quality");
            line("");
            line("| section | P | R | F1 |");
            line("|---|---:|---:|---:|");
            for (Section s : Section.values()) scoreRow(s.id(), c.extraction().section(s));
            scoreRow("overall", c.extraction().overall());
            line("");
        }
        var q = c.quality();
        line("## Data quality");
        line("");
        line("- SHACL: " + (q.violations().isEmpty() ? "the stored graph conforms to the shapes" : q.violations().size() + " violations")
                + (q.rejected() >= 0 ? "; " + q.rejected() + " facts left out at build time" : "") + ".");
        line("- Entities seen in one paper only: " + q.singlePaper().size() + ".");
        line("- Facts with confidence below " + ReportNumbers.plain(q.threshold()) + ": " + q.lowConfidence().size() + ".");
        line("");
        line("## The graph by ontology class");
        line("");
        line("| class | in the graph | columns |");
        line("|---|---:|---|");
        for (ClassTable t : c.classTables()) {
            line("| [" + esc(t.cls().label()) + "](" + ClassPages.file(t.cls()) + ") | " + t.total() + " | "
                    + esc(String.join(", ", t.cls().columns().stream().map(ReportSchema.Column::label).toList())) + " |");
        }
    }

    private void scoreRow(String name, Counts k) {
        line(String.format(java.util.Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", name, k.precision(), k.recall(), k.f1()));
    }

    private void image(SvgChart chart) {
        if (chart == null) return;
        line("![" + esc(chart.alt()) + "](charts/" + chart.id() + ".svg)");
        line("");
    }

    private String link(String iri, String label) {
        String text = esc(label == null ? ReportGraph.shortName(iri) : label);
        String href = links.href(iri);
        return href == null ? text : "[" + text + "](" + href + ")";
    }

    /** Markdown and HTML special characters as entities or escapes, line breaks as spaces. */
    static String esc(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replaceAll("\\s+", " ");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
