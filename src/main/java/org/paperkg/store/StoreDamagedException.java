package org.paperkg.store;

/**
 * The store folder holds a database TDB2 cannot open (damaged files, not a lock). The folder is left as
 * it is: it may hold data its owner wants back.
 */
public final class StoreDamagedException extends IllegalStateException {
    StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
