package org.paperkg.ingest;

import java.io.IOException;
import java.util.stream.Stream;

/**
 * Reads the papers of one input file. One implementation per format; every one reads the same way:
 * a lazy stream of good records, with each bad record reported to {@link InputProblems} and skipped.
 * The caller closes the stream.
 */
public interface PaperReader {

    Stream<Paper> read(InputFile input, InputProblems problems) throws IOException;

    /** The reader for a format. */
    static PaperReader forFormat(InputFormat format) {
        return switch (format) {
            case DAILY_PAPERS -> new DailyPapersReader();
            case JSONL -> new JsonLinesReader();
            case ARXIV -> new ArxivSnapshotReader();
        };
    }
}
