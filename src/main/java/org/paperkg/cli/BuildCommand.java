package org.paperkg.cli;

import picocli.CommandLine.Command;

@Command(name = "build", description = "not yet")
final class BuildCommand implements Runnable {
    static Object buildSample(java.nio.file.Path store) {
        throw new UserErrors.CliException("build is not implemented yet");
    }

    @Override
    public void run() {
        throw new UserErrors.CliException("build is not implemented yet");
    }
}
