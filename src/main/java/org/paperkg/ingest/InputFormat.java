package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/** The input formats paperkg reads, and how a file's format is told from its content. */
public enum InputFormat {
    /** "Daily Papers" listing page dumps: title and abstract lines with page metadata. */
    DAILY_PAPERS,
    /** JSON Lines with at least {@code title} and {@code abstract} (the gold layout among them). */
    JSONL,
    /** The arXiv metadata snapshot: JSON Lines with {@code id}, {@code abstract}, {@code update_date}, ... */
    ARXIV;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a {@code --format} value: {@code daily}, {@code jsonl}, {@code arxiv}. */
    public static InputFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "daily", "daily_papers", "txt", "page" -> DAILY_PAPERS;
            case "jsonl", "json" -> JSONL;
            case "arxiv" -> ARXIV;
            default -> throw new IllegalArgumentException("unknown input format '" + s + "' (daily, jsonl, arxiv)");
        };
    }

    /**
     * Detects the format from the first non-blank line: a JSON object is JSON Lines, and arXiv when it
     * carries the snapshot's own fields; anything else is a listing page dump. A gzip file that breaks off
     * before the first line decides is a page dump here; its reader reports the break where it happens.
     */
    public static InputFormat detect(InputFile file) throws IOException {
        try (BufferedReader r = file.openText()) {
            for (int i = 0; i < 50; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (!t.startsWith("{")) {
                    return DAILY_PAPERS;
                }
                try {
                    JsonNode node = JSON.readTree(t.length() > 1_000_000 ? t.substring(0, 1_000_000) : t);
                    if (node != null && (node.has("update_date") || node.has("versions") || node.has("submitter"))) {
                        return ARXIV;
                    }
                } catch (IOException e) {
                    // A broken first record does not change the format; the reader will report it.
                }
                return JSONL;
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            // broken gzip: fall through to the default, whose reader reports it
        }
        return DAILY_PAPERS;
    }
}
