package org.paperkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;
import picocli.CommandLine.Option;

/** Options shared by the commands that read papers. */
final class InputOptions {
    /** The seed corpus bundled in the jar: the default input of {@code build}. */
    static final List<String> SAMPLE_FILES = List.of(
            "000_5e00e88710b49194.txt", "001_4b65f5276cc24d45.txt",
            "002_d235d953db83c66b.txt", "003_18e29d7cf14704c1.txt");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format for every file: daily, jsonl or arxiv (default: detected per file).")
    String format;

    @Option(names = "--strict", description = "Stop at the first bad record with a non-zero exit.")
    boolean strict;

    InputFormat forcedFormat() {
        return format == null ? null : InputFormat.parse(format);
    }

    List<Paper> read(List<Path> inputs, InputProblems problems) throws IOException {
        return Corpus.read(inputs, forcedFormat(), problems);
    }

    /** The bundled seed corpus, copied out of the jar into a temporary folder under the real file names. */
    static Path sampleCorpus() throws IOException {
        Path dir = Files.createTempDirectory("paperkg-seeds");
        dir.toFile().deleteOnExit();
        for (String name : SAMPLE_FILES) {
            try (InputStream in = InputOptions.class.getResourceAsStream("/org/paperkg/seeds/" + name)) {
                if (in == null) {
                    throw new IOException("the bundled seed file " + name + " is missing from the jar");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().deleteOnExit();
            }
        }
        return dir;
    }

    static List<Path> orSample(List<Path> inputs) throws IOException {
        return inputs == null || inputs.isEmpty() ? new ArrayList<>(List.of(sampleCorpus())) : inputs;
    }
}
