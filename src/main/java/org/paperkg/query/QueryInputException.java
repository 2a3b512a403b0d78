package org.paperkg.query;

/**
 * A problem the user can fix (an unknown query name, a malformed parameter, a value of the wrong kind),
 * as opposed to a bug. The message is one line meant to be shown as it is.
 */
public final class QueryInputException extends IllegalArgumentException {
    public QueryInputException(String message) {
        super(message);
    }
}
