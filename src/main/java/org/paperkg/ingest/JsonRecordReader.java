package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The common part of the JSON Lines formats: one object a line, read lazily, each bad line reported
 * with its number and skipped. Subclasses map an object's fields to a {@link Paper}.
 */
abstract class JsonRecordReader implements PaperReader {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Abstracts can be long; a 50 MB line is still one record to judge, not a parser failure.
        JSON.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(200_000_000).maxNumberLength(10_000).build());
    }

    @Override
    public Stream<Paper> read(InputFile input, InputProblems problems) throws IOException {
        BufferedReader reader;
        try {
            reader = input.openText();
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            // a gzip file cut off in, or broken in, its header: one problem, no papers, the other files go on
            problems.countRead();
            problems.skip(input.name(), 1, "unreadable", InputFile.breaksOff(e));
            return Stream.empty();
        }
        Spliterator<Paper> lines = new Spliterators.AbstractSpliterator<Paper>(Long.MAX_VALUE, Spliterator.ORDERED) {
            long lineNo;

            boolean broken;

            /**
             * The next line, or null at the end. A file that breaks off (a truncated gzip, a read error) ends
             * the stream with one reported problem: the records before the break are kept.
             */
            private String nextLine() {
                if (broken) {
                    return null;
                }
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    broken = true;
                    problems.countRead();
                    problems.skip(input.name(), lineNo + 1, "unreadable", InputFile.breaksOff(e));
                    return null;
                }
            }

            @Override
            public boolean tryAdvance(Consumer<? super Paper> action) {
                for (String line = nextLine(); line != null; line = nextLine()) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    problems.countRead();
                    Paper p = parseLine(line, input.name(), lineNo, problems);
                    if (p != null) {
                        problems.countKept();
                        action.accept(p);
                        return true;
                    }
                }
                return false;
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Paper parseLine(String line, String file, long lineNo, InputProblems problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.skip(file, lineNo, "not valid JSON", e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.skip(file, lineNo, "not a JSON object", null);
            return null;
        }
        String title = requiredText(node, "title", file, lineNo, problems);
        if (title == null) {
            return null;
        }
        String abstractText = requiredText(node, "abstract", file, lineNo, problems);
        if (abstractText == null) {
            return null;
        }
        if (title.length() > DailyPapersReader.MAX_TITLE) {
            problems.skip(file, lineNo, "title too long", title.length() + " characters");
            return null;
        }
        if (abstractText.length() > DailyPapersReader.MAX_ABSTRACT) {
            problems.skip(file, lineNo, "abstract too long", abstractText.length() + " characters");
            return null;
        }
        return toPaper(node, title, abstractText, file, lineNo, problems);
    }

    /** Maps the optional fields; title and abstract are already checked and cleaned. */
    abstract Paper toPaper(JsonNode node, String title, String abstractText, String file, long line, InputProblems problems);

    private static String requiredText(JsonNode node, String field, String file, long line, InputProblems problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problems.skip(file, line, "missing " + field, null);
            return null;
        }
        if (!v.isTextual()) {
            problems.skip(file, line, "wrong type", "'" + field + "' is " + v.getNodeType().toString().toLowerCase() + ", not a string");
            return null;
        }
        String cleaned = TextCleaner.clean(v.asText());
        if (cleaned.isEmpty()) {
            problems.skip(file, line, "empty " + field, null);
            return null;
        }
        return cleaned;
    }

    /** A text field, or null when absent; a value of the wrong type is reported and ignored. */
    static String optionalText(JsonNode node, String field, String file, long line, InputProblems problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = TextCleaner.clean(v.asText());
            return s.isEmpty() ? null : s;
        }
        problems.warn(file, line, "'" + field + "' is " + v.getNodeType().toString().toLowerCase() + ", not a string: ignored");
        return null;
    }

    /** Author names from a list of strings, or from one string separated by commas and "and". */
    static List<String> authorNames(JsonNode v) {
        List<String> names = new ArrayList<>();
        if (v == null || v.isNull()) {
            return names;
        }
        if (v.isArray()) {
            for (JsonNode a : v) {
                if (a.isTextual() && !a.asText().isBlank()) {
                    names.add(TextCleaner.clean(a.asText()));
                } else if (a.isArray() && a.size() >= 2) {
                    // arXiv's authors_parsed: [last, first, suffix]
                    names.add(TextCleaner.clean((a.get(1).asText() + " " + a.get(0).asText()).strip()));
                }
            }
        } else if (v.isTextual()) {
            for (String s : v.asText().split(",|\\band\\b")) {
                String n = TextCleaner.clean(s);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        }
        return names;
    }
}
