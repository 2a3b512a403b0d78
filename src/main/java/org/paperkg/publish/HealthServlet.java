package org.paperkg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: 200 "OK" while the server runs and the store answers a read transaction;
 * 503 once shutdown has begun (so a load balancer stops sending traffic) or when the store does not
 * answer. Load balancers and container probes expect this path; Fuseki's own {@code /$/ping} answers
 * too but only says the HTTP server is up.
 */
final class HealthServlet extends HttpServlet {

    private final BooleanSupplier storeReady;
    private volatile boolean stopping;

    HealthServlet(BooleanSupplier storeReady) {
        this.storeReady = storeReady;
    }

    void stopping() {
        stopping = true;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String status = status();
        response.setStatus(status.equals("OK") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(status + "\n");
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        response.setStatus(status().equals("OK") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private String status() {
        if (stopping) return "STOPPING";
        try {
            return storeReady.getAsBoolean() ? "OK" : "STORE UNAVAILABLE";
        } catch (RuntimeException e) {
            return "STORE UNAVAILABLE";
        }
    }
}
