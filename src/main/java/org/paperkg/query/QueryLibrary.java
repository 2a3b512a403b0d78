package org.paperkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named SPARQL queries: the {@code .rq} files of one folder, looked up by file name without
 * {@code .rq}. {@link #get} also accepts the path of any other {@code .rq} file, so users can run their
 * own queries with the same parameter binding.
 */
public final class QueryLibrary {

    /** Where the pom bundles the project's {@code queries/} folder inside the jar. */
    static final String BUNDLED_FOLDER = "/queries/";
    /** Any one bundled file: its URL tells whether the folder is in a jar or on disk. */
    private static final String BUNDLED_ANCHOR = BUNDLED_FOLDER + "paper-count.rq";

    private final Map<String, NamedQuery> byName;

    private QueryLibrary(Map<String, NamedQuery> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every {@code .rq} file directly in {@code dir}. */
    public static QueryLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new QueryInputException("no query folder " + dir);
        }
        Map<String, NamedQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(QueryLibrary::isQueryFile).toList()) {
                NamedQuery q = read(file);
                queries.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list queries in " + dir, e);
        }
        return new QueryLibrary(queries);
    }

    /**
     * The queries shipped with paperkg: from the jar's {@code /queries/} resources, or, when running
     * from a source tree whose build does not bundle them, from the {@code queries/} folder in the
     * working directory; empty if neither exists.
     */
    public static QueryLibrary bundled() {
        URL anchor = QueryLibrary.class.getResource(BUNDLED_ANCHOR);
        if (anchor != null) {
            return load(folderOf(anchor));
        }
        Path sourceTree = Path.of("queries");
        return Files.isDirectory(sourceTree) ? load(sourceTree) : new QueryLibrary(new TreeMap<>());
    }

    /**
     * The {@code .rq} file at {@code nameOrPath} if it names one that exists (it ends in {@code .rq} or
     * has a folder part), else the library query of that name, with or without {@code .rq}.
     */
    public NamedQuery get(String nameOrPath) {
        if (nameOrPath.endsWith(".rq") || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
            Path file = Path.of(nameOrPath);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        NamedQuery named = byName.get(stripSuffix(nameOrPath));
        if (named != null) {
            return named;
        }
        throw new QueryInputException("unknown query '" + nameOrPath + "'"
                + (byName.isEmpty() ? "" : "; known queries: " + String.join(", ", byName.keySet()))
                + " (or give the path of a .rq file)");
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return new ArrayList<>(byName.values());
    }

    private static NamedQuery read(Path file) {
        try {
            String name = stripSuffix(file.getFileName().toString());
            return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + file, e);
        }
    }

    private static boolean isQueryFile(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".rq");
    }

    private static String stripSuffix(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** The folder holding {@code anchor}, opening the jar as a file system when the resource is inside one. */
    private static Path folderOf(URL anchor) {
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call; Path.of below finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read bundled queries at " + anchor, e);
        }
    }
}
