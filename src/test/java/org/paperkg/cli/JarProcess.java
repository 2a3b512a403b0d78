package org.paperkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The packaged {@code target/paperkg.jar} run as its own process, the way a user runs it. */
final class JarProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/paperkg.jar");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();

    private JarProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<read failed: " + e + ">");
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    static JarProcess start(Path workDir, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run 'mvn package' first");
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return new JarProcess(new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start());
    }

    /** Waits for a line containing {@code text}; returns it, or fails with everything printed so far. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                output.add(line);
                if (line.contains(text)) {
                    return line;
                }
            } else if (!process.isAlive()) {
                break;
            }
        }
        throw new AssertionError("no line containing '" + text + "' within " + timeout + "; output:\n" + String.join("\n", output));
    }

    /** Sends SIGTERM, as an operator's service manager would, and returns the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL, as a crash or the OOM killer would end it: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the process did not die within 30 s of SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything printed so far, for failure messages. */
    String printed() {
        lines.drainTo(output);
        return String.join("\n", output);
    }

    /** Runs to completion; returns exit code and output. */
    static Result run(Path workDir, Duration timeout, String... args) throws IOException, InterruptedException {
        try (JarProcess p = start(workDir, args)) {
            if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("paperkg " + String.join(" ", args) + " did not finish within " + timeout);
            }
            Thread.sleep(100);
            List<String> out = new ArrayList<>();
            p.lines.drainTo(out);
            return new Result(p.process.exitValue(), String.join("\n", out));
        }
    }

    record Result(int exitCode, String output) {}

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
