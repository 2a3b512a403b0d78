package org.paperkg.publish;

/**
 * How {@link KgServer} serves the store.
 *
 * @param port        HTTP port; 0 picks a free one (tests)
 * @param datasetName the dataset's path segment, normally {@code "kg"}: endpoints are {@code /kg/sparql} etc.
 * @param verbose     log every request and Fuseki's start-up (quiet otherwise)
 */
public record ServerOptions(int port, String datasetName, boolean verbose) {

    public static final String DEFAULT_DATASET = "kg";
    public static final int DEFAULT_PORT = 3030;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("dataset name must be a plain path segment, not '" + datasetName + "'");
        }
    }

    /** The usual options: {@code /kg} on the given port, quiet. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, DEFAULT_DATASET, false);
    }
}
