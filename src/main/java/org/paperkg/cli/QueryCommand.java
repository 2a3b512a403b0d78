package org.paperkg.cli;

import picocli.CommandLine.Command;

@Command(name = "query", description = "not yet")
final class QueryCommand implements Runnable {
    @Override
    public void run() {
        throw new UserErrors.CliException("query is not implemented yet");
    }
}
