package org.paperkg.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.paperkg.rdf.Ontology;

/**
 * {@code paperkg report}: a static HTML site about the knowledge graph, and {@code index.md}, its main
 * page in Markdown. Its structure comes from the ontology (a section and a table per class, a column
 * per property), its data from SPARQL queries of the store.
 *
 * <p>Layout: {@code index.html}, {@code index.md}, {@code report.css}, {@code charts/*.svg},
 * {@code class-*.html} (a class's whole table) and, for a static site, {@code e/*.html} (a page per
 * paper, model, dataset and organisation).
 */
public final class Report {

    /** What was written. */
    public record Summary(Path index, Path markdown, int classPages, int entityPages, int charts,
                          long papers, long models, long datasets, long organizations, long facts) {}

    private Report() {}

    public static Summary write(Dataset dataset, Path out, ReportOptions options) {
        return write(dataset, Ontology.model(), out, options);
    }

    /** With another ontology: the tables follow its classes and properties. */
    public static Summary write(Dataset dataset, Model ontology, Path out, ReportOptions options) {
        ReportSparql sparql = new ReportSparql(dataset);
        ReportSchema schema = ReportSchema.of(ontology);
        ReportGraph graph = ReportGraph.read(sparql, schema);
        ReportLinks links = options.servedBase() == null ? ReportLinks.staticSite(graph) : ReportLinks.served(options.servedBase());
        List<ClassTable> full = new ArrayList<>();
        for (ReportSchema.ReportClass c : schema.classes()) full.add(ClassTable.load(sparql, graph, schema, c, ClassPages.MAX_ROWS));
        ReportContent content = ReportContent.read(dataset, sparql, graph, full, options);
        ReportCharts inline = ReportCharts.draw(content, graph, hrefsFrom("", links));
        ReportCharts files = ReportCharts.draw(content, graph, hrefsFrom("../", links));
        try {
            Files.createDirectories(out.resolve("charts"));
            write(out.resolve(ReportPage.STYLE_FILE), ReportPage.CSS);
            write(out.resolve("index.html"), MainPage.render(content, inline, graph, links));
            write(out.resolve("index.md"), ReportMarkdown.render(content, files, links));
            for (SvgChart chart : files.all()) {
                write(out.resolve("charts").resolve(chart.id() + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n");
            }
            for (ClassTable t : full) write(out.resolve(ClassPages.file(t.cls())), ClassPages.render(t, links));
            int entityPages = 0;
            if (links.writesEntityPages()) {
                Files.createDirectories(out.resolve("e"));
                EntityPages pages = new EntityPages(graph, links, full);
                for (Map.Entry<String, String> page : pages.files().entrySet()) {
                    write(out.resolve(page.getValue()), pages.render(page.getKey()));
                    entityPages++;
                }
            }
            var o = content.overview();
            return new Summary(out.resolve("index.html"), out.resolve("index.md"), full.size(), entityPages, files.all().size(),
                    o.papers(), o.models(), o.datasets(), o.organizations(), o.facts());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }

    private static Function<String, String> hrefsFrom(String prefix, ReportLinks links) {
        return iri -> {
            String h = iri == null ? null : links.href(iri);
            return h == null ? null : h.startsWith("/") ? h : prefix + h;
        };
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
