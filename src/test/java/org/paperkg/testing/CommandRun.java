package org.paperkg.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.paperkg.cli.PaperKg;
import picocli.CommandLine;

/**
 * Runs the {@code paperkg} command line in this JVM with standard output and standard error
 * captured: what the command prints itself and what picocli prints (usage, help, parameter errors)
 * both land in the outcome. Synchronised, since the standard streams are shared by the whole JVM.
 */
public final class CommandRun {
    private CommandRun() {}

    /** What a run left: its exit code and everything it wrote to each stream. */
    public record Outcome(int exitCode, String out, String err) {}

    public static synchronized Outcome run(String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = PaperKg.commandLine();
            cl.setOut(new PrintWriter(System.out, true));
            cl.setErr(new PrintWriter(System.err, true));
            int code = cl.execute(args);
            System.out.flush();
            System.err.flush();
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }
}
