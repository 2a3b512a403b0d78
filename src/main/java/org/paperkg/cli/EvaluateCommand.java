package org.paperkg.cli;

import picocli.CommandLine.Command;

@Command(name = "evaluate", description = "not yet")
final class EvaluateCommand implements Runnable {
    @Override
    public void run() {
        throw new UserErrors.CliException("evaluate is not implemented yet");
    }
}
