package org.paperkg.store;

/** The TDB2 folder is locked by another process, typically a running {@code paperkg serve}. */
public final class StoreLockedException extends IllegalStateException {
    StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
