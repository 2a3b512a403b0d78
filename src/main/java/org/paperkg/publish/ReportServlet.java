package org.paperkg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.paperkg.report.Report;
import org.paperkg.report.ReportOptions;

/**
 * The report at {@code /report/}: written on the first request into a temporary folder (again when the
 * last one is older than {@link #MAX_AGE}), with entity links pointing at the server's linked-data pages,
 * and served from there as static files.
 *
 * <p>Only plain relative paths are served: segments of letters, digits, '.', '_' and '-' that do not start
 * with a dot, matched against the raw (undecoded) request path; anything else, including encoded
 * characters and dot segments, is a 404, and the resolved file must still lie inside the report folder.
 */
final class ReportServlet extends HttpServlet {
    static final String PATH = "/report";
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "md", "text/markdown; charset=utf-8");

    private final Dataset dataset;
    private final String base;
    private Path folder;
    private Instant written;

    ReportServlet(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith(PATH)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (uri.equals(PATH)) {
            response.sendRedirect(PATH + "/");
            return;
        }
        String rest = uri.substring(PATH.length() + 1);
        if (rest.isEmpty()) rest = "index.html";
        String type = TYPES.get(rest.substring(rest.lastIndexOf('.') + 1));
        if (!SAFE_PATH.matcher(rest).matches() || type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path root = current();
        Path file = root.resolve(rest).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        byte[] bytes = Files.readAllBytes(file);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The folder of an up-to-date report, written now if there is none or it is too old. */
    private synchronized Path current() throws IOException {
        if (folder == null || written.plus(MAX_AGE).isBefore(Instant.now())) {
            Path fresh = Files.createTempDirectory("paperkg-report").toRealPath();
            Report.write(dataset, fresh, ReportOptions.served(base));
            Path old = folder;
            folder = fresh;
            written = Instant.now();
            delete(old);
        }
        return folder;
    }

    /** Removes the report folder (the server is stopping). */
    synchronized void close() {
        delete(folder);
        folder = null;
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a request or a shutdown for
        }
    }
}
