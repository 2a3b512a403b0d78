package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.eval.ExtractorEvaluation;
import org.paperkg.eval.Scores;
import org.paperkg.report.Report;
import org.paperkg.report.ReportOptions;
import org.paperkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperkg report}: a static HTML site (and index.md) about the graph, laid out by the ontology. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a report on the knowledge graph as a static website: index.html (overview, largest models,"
                + " model size over time, datasets by size, benchmark leaderboards, organisations, model lineage, data quality,"
                + " one table per ontology class), index.md (the same in Markdown), charts/*.svg, a page per class and"
                + " a page per paper, model, dataset and organisation. No scripts; nothing is fetched when it is viewed."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "Folder to write the site into; created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Also score the extractor on this gold file's abstracts (precision, recall, F1 per section).")
    Path gold;

    @Option(names = "--low-confidence", paramLabel = "X", defaultValue = "0.5",
            description = "List facts whose confidence is below X under data quality (default: ${DEFAULT-VALUE}).")
    double lowConfidence;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserErrors.CliException("--out " + out + " is a file, not a folder");
        }
        if (gold != null && !Files.isRegularFile(gold)) {
            throw new UserErrors.CliException("--gold " + gold + ": no such file");
        }
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new UserErrors.CliException("--low-confidence must be between 0 and 1, not " + lowConfidence);
        }
        long started = System.nanoTime();
        Scores scores = gold == null ? null : ExtractorEvaluation.score(gold);
        try (KnowledgeStore kg = ServeCommand.StoreAccess.openExisting(store)) {
            Report.Summary s = Report.write(kg.dataset(), out, new ReportOptions(store, scores, lowConfidence, null));
            System.err.printf(java.util.Locale.ROOT, "report: %d papers, %d models, %d datasets, %d organisations, %d facts;"
                            + " wrote %s, %s, %d charts, %d class pages, %d entity pages; %.1f s%n",
                    s.papers(), s.models(), s.datasets(), s.organizations(), s.facts(), s.index(), s.markdown(), s.charts(),
                    s.classPages(), s.entityPages(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
