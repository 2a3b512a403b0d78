package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the creation of a store folder all-or-nothing.
 *
 * <p>TDB2 writes a new database as some forty files, and a process killed half way through leaves a
 * database that cannot be opened again ("Node block manager empty = true // Records block manager empty =
 * false"). So a creation is bracketed by a marker file: written before TDB2 and the text index create
 * anything, removed once both open. A marker found at the next opening means that creation never finished;
 * nothing can have been stored yet (builds write only into an opened store), so the half-made database is
 * removed and created afresh. Folders without the marker are never touched, whatever state they are in.
 */
public final class StoreCreation {
    /** Present from the start of a creation until the new store has opened. */
    public static final String MARKER = ".paperkg-creating";
    /** TDB2's own lock file: held (an OS file lock) by the process that has the database open. */
    private static final String TDB_LOCK = "tdb.lock";

    private StoreCreation() {}

    /**
     * Clears what an unfinished creation left in {@code dir}, then, if the folder holds no database,
     * writes the marker.
     *
     * @return whether the opening that follows creates the store (and must call {@link #finished})
     * @throws StoreLockedException if another process is creating the store right now
     */
    static boolean begin(Path dir) {
        try {
            if (Files.exists(dir.resolve(MARKER))) {
                removeUnfinished(dir);
            }
            if (holdsDatabase(dir)) return false;
            Files.writeString(dir.resolve(MARKER), "a paperkg store is being created here; if no process is doing that,"
                    + " the next opening removes the unfinished database and creates it again\n");
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The new store opened: from now on it is a store like any other. */
    static void finished(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish creating the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** TDB2 keeps each generation of a database in a folder {@code Data-0001}, {@code Data-0002}, ... */
    private static boolean holdsDatabase(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        }
    }

    /**
     * Removes the database files and the text index. The marker stays for the creation that follows, and
     * anything else in the folder stays too.
     */
    private static void removeUnfinished(Path dir) throws IOException {
        Path lockFile = dir.resolve(TDB_LOCK);
        if (Files.exists(lockFile)) {
            // the marker is also there while another process is still creating the store: leave it be
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null) throw beingCreated(dir, null);
            } catch (OverlappingFileLockException e) {
                throw beingCreated(dir, e);   // by this very process, through another path to the folder
            }
        }
        List<Path> ours;
        try (Stream<Path> entries = Files.list(dir)) {
            ours = entries.filter(StoreCreation::madeByCreation).toList();
        }
        for (Path p : ours) {
            deleteTree(p);
        }
    }

    private static StoreLockedException beingCreated(Path dir, Exception cause) {
        return new StoreLockedException("the store " + dir + " is being created by another process", cause);
    }

    private static boolean madeByCreation(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("Data-") || name.equals(TDB_LOCK) || name.equals(TextSearch.INDEX_FOLDER);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
