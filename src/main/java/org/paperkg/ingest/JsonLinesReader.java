package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines with at least {@code title} and {@code abstract}; optional {@code id}, {@code date},
 * {@code organization}, {@code authors}, {@code url}, and the page metadata fields that gold files
 * carry ({@code org_line}, {@code date_line}). Answer fields of a gold file are never read.
 */
public final class JsonLinesReader extends JsonRecordReader {

    private static final Pattern PAGE_DATE = Pattern.compile(
            "^(\\p{Alpha}{3,9})\\.? (\\d{1,2})(?:, (\\d{4}))?(?: (\\d{1,7}))?$");

    @Override
    Paper toPaper(JsonNode node, String title, String abstractText, String file, long line, InputProblems problems) {
        String id = optionalText(node, "id", file, line, problems);
        String url = optionalText(node, "url", file, line, problems);
        Paper.Organization org = null;
        String orgText = optionalText(node, "org_line", file, line, problems);
        if (orgText != null) {
            org = Paper.Organization.parse(orgText);
        } else {
            String name = optionalText(node, "organization", file, line, problems);
            org = name == null ? null : new Paper.Organization(name, name);
        }
        Integer authorCount = null;
        List<String> authors = List.of();
        JsonNode a = node.get("authors");
        if (a != null && a.isIntegralNumber() && a.asInt() >= 0) {
            authorCount = a.asInt();
        } else {
            authors = authorNames(a);
            authorCount = authors.isEmpty() ? null : authors.size();
        }
        PaperDate date = PaperDate.parseIso(optionalText(node, "date", file, line, problems));
        Integer upvotes = null;
        String dateLine = optionalText(node, "date_line", file, line, problems);
        if (date == null && dateLine != null) {
            Matcher m = PAGE_DATE.matcher(dateLine);
            Integer month = m.matches() ? PaperDate.monthNumber(m.group(1)) : null;
            if (month != null) {
                try {
                    date = new PaperDate(m.group(3) == null ? null : Integer.valueOf(m.group(3)), month,
                            Integer.valueOf(m.group(2)), m.group(4) == null ? dateLine : dateLine.substring(0, m.start(4)).strip());
                    upvotes = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                } catch (RuntimeException e) {
                    problems.warn(file, line, "impossible date '" + dateLine + "' ignored");
                }
            }
        }
        if (date == null) {
            JsonNode year = node.get("year");
            if (year != null && (year.isIntegralNumber() || year.isTextual()) && year.asText().matches("\\d{4}")) {
                date = new PaperDate(Integer.valueOf(year.asText()), null, null, year.asText());
            }
        }
        String arxivId = id != null && id.matches("\\d{4}\\.\\d{4,5}(v\\d+)?") ? id.replaceFirst("v\\d+$", "") : null;
        return new Paper(id, title, abstractText, org, authorCount, authors, date, upvotes, url, arxivId, List.of(file));
    }
}
