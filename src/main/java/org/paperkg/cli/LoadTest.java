package org.paperkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A bounded load on a SPARQL endpoint: {@code clients} threads, each with its own connection, send the
 * given queries round robin (each client starting at a different one) until the time is up, and every
 * response time is recorded. A response other than 200 with a complete body, or no response within the
 * request timeout, is an error. Meant for loopback: it measures the server, not a network.
 */
final class LoadTest {
    private final String endpoint;
    private final Map<String, String> queries;
    private final int clients;
    private final Duration length;
    private final Duration requestTimeout;

    /** {@code queries}: name to SPARQL text, in the order they are reported. */
    LoadTest(String endpoint, Map<String, String> queries, int clients, Duration length, Duration requestTimeout) {
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries to send");
        if (clients <= 0) throw new IllegalArgumentException("--clients must be positive");
        this.endpoint = endpoint;
        this.queries = queries;
        this.clients = clients;
        this.length = length;
        this.requestTimeout = requestTimeout;
    }

    /** Runs the load; returns the latencies per query name, in the order given, with the first error seen. */
    Result run() throws InterruptedException {
        Map<String, Latencies> byQuery = new LinkedHashMap<>();
        queries.keySet().forEach(name -> byQuery.put(name, new Latencies()));
        List<String> names = new ArrayList<>(queries.keySet());
        List<HttpRequest> requests = names.stream().map(name -> request(queries.get(name))).toList();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread client = new Thread(() -> {
                // one client per thread, as 50 separate users would be (HTTP/1.1: one connection each)
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(requestTimeout).build();
                try {
                    for (int i = first; System.nanoTime() < deadline; i++) {
                        int q = i % names.size();
                        Latencies latencies = byQuery.get(names.get(q));
                        long t0 = System.nanoTime();
                        String error = send(http, requests.get(q));
                        long elapsed = System.nanoTime() - t0;
                        if (error == null) {
                            latencies.add(elapsed);
                        } else {
                            latencies.error();
                            synchronized (firstError) {
                                if (firstError[0] == null) firstError[0] = names.get(q) + ": " + error;
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        return new Result(byQuery, (System.nanoTime() - start) / 1e9, firstError[0]);
    }

    private HttpRequest request(String sparql) {
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .GET().build();
    }

    /** Sends one request and reads the whole answer; null when it succeeded, else what went wrong. */
    private static String send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) return "HTTP " + response.statusCode();
            return bytes == 0 ? "empty answer" : null;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** What a run measured. */
    record Result(Map<String, Latencies> byQuery, double seconds, String firstError) {
        Latencies.Summary total() {
            Latencies all = new Latencies();
            byQuery.values().forEach(all::addAll);
            return all.summary();
        }
    }
}
