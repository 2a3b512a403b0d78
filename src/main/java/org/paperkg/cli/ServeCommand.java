package org.paperkg.cli;

import picocli.CommandLine.Command;

@Command(name = "serve", description = "not yet")
final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new UserErrors.CliException("serve is not implemented yet");
    }
}
