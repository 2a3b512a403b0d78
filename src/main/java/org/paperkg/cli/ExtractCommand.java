package org.paperkg.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.FactsJson;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg extract FILE…}: facts as JSON Lines in the gold layout, one record per paper. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, quantities and relations; write JSON Lines in the gold layout (data/gold/GUIDELINES.md).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files or folders (page dumps, JSON Lines, arXiv snapshot; .gz read directly).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        InputProblems problems = new InputProblems(System.err, input.strict);
        List<Paper> papers = input.read(inputs, problems);
        GuardedExtraction extractor = new GuardedExtraction(Extractor.standard()::extract, problems);
        int written = 0;
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Paper p : papers) {
                PaperFacts facts = extractor.extract(p);
                if (facts != null) {
                    w.write(FactsJson.toLine(facts));
                    w.write('\n');
                    written++;
                }
            }
        }
        System.err.println("extract: " + problems.summary() + "; " + written + " papers written");
        return 0;
    }
}
