package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The arXiv metadata snapshot (one JSON object a line: {@code id}, {@code title}, {@code abstract},
 * {@code authors} as one string, {@code authors_parsed}, {@code update_date}, {@code categories}, ...),
 * as people download arXiv in bulk.
 */
public final class ArxivSnapshotReader extends JsonRecordReader {

    @Override
    Paper toPaper(JsonNode node, String title, String abstractText, String file, long line, InputProblems problems) {
        String id = optionalText(node, "id", file, line, problems);
        List<String> authors = authorNames(node.has("authors_parsed") ? node.get("authors_parsed") : node.get("authors"));
        PaperDate date = PaperDate.parseIso(optionalText(node, "update_date", file, line, problems));
        String url = id == null ? null : "https://arxiv.org/abs/" + id;
        return new Paper(id, title, abstractText, null, authors.isEmpty() ? null : authors.size(), authors,
                date, null, url, id, List.of(file));
    }
}
