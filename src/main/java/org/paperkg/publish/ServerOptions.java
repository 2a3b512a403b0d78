package org.paperkg.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.paperkg.rdf.Iris;

/**
 * How {@link KgServer} serves the store.
 *
 * @param port         HTTP port; 0 picks a free one (tests)
 * @param datasetName  the dataset's path segment, normally {@code "kg"}: endpoints are {@code /kg/sparql} etc.
 * @param verbose      log every request and Fuseki's start-up (quiet otherwise)
 * @param queryTimeout longest a query may run before the server stops it
 * @param maxResults   most rows a SELECT returns (a larger or missing LIMIT is lowered to it); 0: no limit
 * @param passwordFile users allowed to update (Jetty realm file, {@code user: password} lines), or null for a
 *                     read-only server with no update endpoints at all
 * @param auth         HTTP authentication scheme for updates: {@code basic} or {@code digest}
 * @param base         the data namespace whose entity IRIs the server dereferences ({@code {base}model/{key}} is
 *                     answered at {@code /model/{key}}); null for {@link Iris#DEFAULT_BASE}
 */
public record ServerOptions(int port, String datasetName, boolean verbose, Duration queryTimeout, long maxResults,
                            Path passwordFile, String auth, String base) {

    public static final String DEFAULT_DATASET = "kg";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULTS = 10_000;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("dataset name must be a plain path segment, not '" + datasetName + "'");
        }
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (maxResults < 0) {
            throw new IllegalArgumentException("the result limit must be 0 (none) or positive, not " + maxResults);
        }
        auth = auth == null ? "basic" : auth.toLowerCase(Locale.ROOT);
        if (!auth.equals("basic") && !auth.equals("digest")) {
            throw new IllegalArgumentException("authentication must be basic or digest, not '" + auth + "'");
        }
        base = new Iris(base == null || base.isBlank() ? Iris.DEFAULT_BASE : base.strip()).base();
        if (!base.matches("(?i)https?://[^\\s<>\"{}|^`\\\\]+")) {
            throw new IllegalArgumentException("the base must be an http(s) IRI, not '" + base + "'");
        }
    }

    /** With the default base, {@link Iris#DEFAULT_BASE}. */
    public ServerOptions(int port, String datasetName, boolean verbose, Duration queryTimeout, long maxResults,
                         Path passwordFile, String auth) {
        this(port, datasetName, verbose, queryTimeout, maxResults, passwordFile, auth, null);
    }

    /** Read-only, with the default limits. */
    public ServerOptions(int port, String datasetName, boolean verbose) {
        this(port, datasetName, verbose, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS, null, "basic", null);
    }

    /** The usual options: {@code /kg} on the given port, quiet, read-only, default limits. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, DEFAULT_DATASET, false);
    }

    public ServerOptions withQueryTimeout(Duration timeout) {
        return new ServerOptions(port, datasetName, verbose, timeout, maxResults, passwordFile, auth, base);
    }

    public ServerOptions withMaxResults(long max) {
        return new ServerOptions(port, datasetName, verbose, queryTimeout, max, passwordFile, auth, base);
    }

    /** Enables the update endpoints for the users in {@code file}. */
    public ServerOptions withPasswordFile(Path file, String scheme) {
        return new ServerOptions(port, datasetName, verbose, queryTimeout, maxResults, file, scheme, base);
    }

    /** Dereferences entity IRIs under {@code iriBase} (see {@link #base}). */
    public ServerOptions withBase(String iriBase) {
        return new ServerOptions(port, datasetName, verbose, queryTimeout, maxResults, passwordFile, auth, iriBase);
    }

    public boolean updatable() {
        return passwordFile != null;
    }
}
