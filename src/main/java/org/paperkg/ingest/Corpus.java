package org.paperkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
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
        forEachPaper(expand(inputs), forced, problems, p -> byKey.merge(p.key(), p, Paper::mergedWith));
        return new ArrayList<>(byKey.values());
    }

    /**
     * Hands the papers of the inputs to {@code sink} one at a time, copies of one paper merged as in
     * {@link #read}, without holding the corpus in memory. A first, quiet pass counts the copies of
     * each title; the second pass hands over a paper as soon as its last copy has been read. So memory
     * holds one counter per distinct title and the papers that have copies still to come, and a paper
     * is handed over once, whole. {@code distinctPapers} learns how many papers will come (for progress).
     */
    public static void stream(List<Path> inputs, InputFormat forced, InputProblems problems, IntConsumer distinctPapers,
                              Consumer<Paper> sink) throws IOException {
        List<Path> files = expand(inputs);
        Map<String, Integer> copiesLeft = new HashMap<>();
        forEachPaper(files, forced, InputProblems.quiet(), p -> copiesLeft.merge(p.key(), 1, Integer::sum));
        distinctPapers.accept(copiesLeft.size());
        Map<String, Paper> pending = new HashMap<>();
        forEachPaper(files, forced, problems, p -> {
            String key = p.key();
            Integer left = copiesLeft.get(key);
            if (left == null || left == 1) {
                // the only copy (or one the first pass did not see, were the file changed in between)
                copiesLeft.remove(key);
                Paper merged = pending.remove(key);
                sink.accept(merged == null ? p : merged.mergedWith(p));
                return;
            }
            copiesLeft.put(key, left - 1);
            pending.merge(key, p, Paper::mergedWith);
        });
        // copies the second pass did not see again (a file changed in between): hand them over all the same
        pending.values().forEach(sink);
    }

    private static void forEachPaper(List<Path> files, InputFormat forced, InputProblems problems, Consumer<Paper> action)
            throws IOException {
        for (Path file : files) {
            try (Stream<Paper> papers = papersOf(InputFile.of(file), forced, problems)) {
                papers.forEach(action);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * The papers of one file, read lazily in its format ({@code forced}, or detected), for callers that
     * stream. A binary file or a gzip cut off in its header is one reported problem and no papers; a file
     * with no records at all gets a warning when the stream is closed.
     */
    public static Stream<Paper> papersOf(InputFile in, InputFormat forced, InputProblems problems) throws IOException {
        if (in.looksBinary()) {
            // one line for the whole file, not one per line of noise
            problems.countRead();
            problems.skip(in.name(), 1, "binary file", "not text, nothing read from it");
            return Stream.empty();
        }
        long readBefore = problems.read();
        // a gzip file broken in its header is reported by the reader itself: one problem, no papers
        InputFormat format = forced != null ? forced : InputFormat.detect(in);
        Stream<Paper> papers = PaperReader.forFormat(format).read(in, problems);
        return papers.onClose(() -> {
            if (problems.read() == readBefore) {
                problems.warn(in.name(), 1, "no papers in this file" + (isEmpty(in.path()) ? " (it is empty)" : ""));
            }
        });
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
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
