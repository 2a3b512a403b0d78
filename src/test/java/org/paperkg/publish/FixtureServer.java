package org.paperkg.publish;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

/**
 * A real Fuseki server on a free port over an in-memory copy of the store fixture, started once per
 * test class and closed after it: the set-up the server tests share.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FixtureServer fixture = FixtureServer.standard();
 * ... fixture.server().sparqlUrl() ...
 * }</pre>
 *
 * {@link #withOptions} changes the server's limits; {@link #loading} adds papers to the store before the
 * server starts (hostile titles, extra graphs).
 */
public final class FixtureServer implements BeforeAllCallback, AfterAllCallback {

    private final ServerOptions options;
    private final Consumer<KnowledgeStore> setUp;
    private KnowledgeStore store;
    private KgServer server;

    private FixtureServer(ServerOptions options, Consumer<KnowledgeStore> setUp) {
        this.options = options;
        this.setUp = setUp;
    }

    /** The fixture store behind a server with the default options. */
    public static FixtureServer standard() {
        return new FixtureServer(ServerOptions.onPort(0), store -> { });
    }

    /** The same server with other options (a free port is chosen whatever the options say). */
    public static FixtureServer withOptions(ServerOptions options) {
        return new FixtureServer(options, store -> { });
    }

    /** Runs {@code more} on the loaded fixture store before the server starts. */
    public FixtureServer loading(Consumer<KnowledgeStore> more) {
        return new FixtureServer(options, setUp.andThen(more));
    }

    public KnowledgeStore store() {
        return store;
    }

    public KgServer server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        store = StoreFixtures.loadedStore();
        setUp.accept(store);
        server = KgServer.start(store.dataset(), options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // in this order, and each even when starting the other failed: no port or store left open
        if (server != null) server.close();
        if (store != null) store.close();
        server = null;
        store = null;
    }
}
