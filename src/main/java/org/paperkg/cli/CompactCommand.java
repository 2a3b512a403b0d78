package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperkg compact}: TDB2 never overwrites in place, so every replaced paper graph leaves dead
 * space behind; compaction copies the live data to a fresh database folder and deletes the old one.
 * The text index is reattached and checked against the data afterwards.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the TDB2 store (reclaims the space that replaced and removed papers leave behind),"
                + " then check the text index against the data.",
                "The store must not be in use: stop 'paperkg serve' or Fuseki first."})
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", defaultValue = "kg", paramLabel = "DIR", description = "TDB2 folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) throw new UserErrors.CliException("no store at " + store);
        long t0 = System.nanoTime();
        KnowledgeStore kg;
        try {
            kg = KnowledgeStore.open(store);
        } catch (StoreLockedException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
        try (kg) {
            if (!kg.textIndexWasConsistent()) System.err.println("compact: " + kg.textIndexAtOpening() + "; repaired");
            long triples = kg.tripleCount();
            long before = diskUsage(store, kg);
            String index = kg.compact();
            long after = diskUsage(store, kg);
            long triplesAfter = kg.tripleCount();
            if (triplesAfter != triples) {
                throw new IllegalStateException("compaction changed the triple count from " + triples + " to " + triplesAfter);
            }
            System.err.printf("compact: %s: %s -> %s, %d triples; %s; %.1f s%n", store, size(before), size(after),
                    triples, index, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    /**
     * Bytes the store takes on disk. TDB2's files are sparse (allocated in 8 MB steps, filled as
     * needed), so their lengths say little; {@code du} counts the blocks really used, where it exists.
     */
    private static long diskUsage(Path store, KnowledgeStore kg) {
        try {
            Process du = new ProcessBuilder("du", "-sk", store.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (java.io.IOException e) {
            // no du: fall back to file lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return kg.databaseBytes();
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%.1f kB", bytes / 1024.0);
    }
}
