package org.paperkg.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The audit trail of facts a build left out because they broke a shape: one JSON object a line with
 * the graph, the focus node, the path, the message and the triples removed. Opened lazily, so a clean
 * build leaves no file behind.
 */
public final class RejectsFile implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private BufferedWriter out;
    private long count;

    public RejectsFile(Path file) {
        this.file = file;
    }

    public synchronized void write(List<GraphValidator.Reject> rejects) throws IOException {
        for (GraphValidator.Reject r : rejects) {
            if (out == null) {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            ObjectNode o = JSON.createObjectNode();
            o.put("graph", r.graph());
            o.put("focusNode", r.violation().focusNode());
            o.put("path", r.violation().path());
            o.put("value", r.violation().value());
            o.put("message", r.violation().message());
            o.set("removed", JSON.valueToTree(r.removedTriples()));
            out.write(o.toString());
            out.write('\n');
            count++;
        }
    }

    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
