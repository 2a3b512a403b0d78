package org.paperkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The papers of several inputs, with copies of one paper (same normalised title) merged into one
 * paper that lists all its sources. Order is the order of first appearance.
 */
public final class Corpus {
    private Corpus() {}

    /** Reads every file (a folder means the files in it, sorted by name), merging duplicates. */
    public static List<Paper> read(List<Path> inputs, InputFormat forced, InputProblems problems) throws IOException {
        Map<String, Paper> byKey = new LinkedHashMap<>();
        for (Path file : expand(inputs)) {
            InputFile in = InputFile.of(file);
            if (in.looksBinary()) {
                // one line for the whole file, not one per line of noise
                problems.countRead();
                problems.skip(in.name(), 1, "binary file", "not text, nothing read from it");
                continue;
            }
            long readBefore = problems.read();
            try {
                InputFormat format = forced != null ? forced : InputFormat.detect(in);
                try (Stream<Paper> papers = PaperReader.forFormat(format).read(in, problems)) {
                    papers.forEach(p -> byKey.merge(p.key(), p, Paper::mergedWith));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                // a gzip file cut off in its header: nothing to read, but the other files are
                problems.countRead();
                problems.skip(in.name(), 1, "unreadable", "the file breaks off: " + e.getMessage());
            }
            if (problems.read() == readBefore) {
                problems.warn(in.name(), 1, "no papers in this file" + (Files.size(file) == 0 ? " (it is empty)" : ""));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Folders are replaced by the regular files inside them, in name order, so runs are repeatable. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new java.io.FileNotFoundException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
