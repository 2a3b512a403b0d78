package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.paperkg.ingest.InputProblems;
import org.paperkg.rdf.Iris;

/**
 * The store of the bundled seed corpus, built once per test JVM (about 20 s) and shared by the tests that
 * need the real graph rather than the two-paper fixture; deleted when the JVM ends. Open it with
 * KnowledgeStore.open and close it again: a store can be open once at a time.
 */
public final class SeedStore {
    private static Path folder;

    private SeedStore() {}

    public static synchronized Path folder() throws Exception {
        if (folder == null) {
            Path dir = Files.createTempDirectory("paperkg-seed-store");
            Path store = dir.resolve("kg");
            BuildCommand.build(List.of(Path.of("data/seeds")), store, dir.resolve("rejects.jsonl"), new InputOptions(),
                    Iris.standard(), 200, InputProblems.quiet());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            folder = store;
        }
        return folder;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }
}
