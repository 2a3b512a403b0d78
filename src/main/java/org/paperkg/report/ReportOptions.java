package org.paperkg.report;

import java.nio.file.Path;
import org.paperkg.eval.Scores;

/**
 * How the report is written.
 *
 * @param store         the store folder (for its rejects.jsonl), or null
 * @param extraction    the extractor's scores against a gold file, or null for no such section
 * @param lowConfidence facts whose evidence is less confident than this are listed under data quality
 * @param servedBase    null for a static site with a page per entity; else the data namespace whose IRIs the
 *                      server dereferences, and entities link to those linked-data pages
 */
public record ReportOptions(Path store, Scores extraction, double lowConfidence, String servedBase) {
    public static final double DEFAULT_LOW_CONFIDENCE = 0.5;

    public static ReportOptions staticSite(Path store, Scores extraction) {
        return new ReportOptions(store, extraction, DEFAULT_LOW_CONFIDENCE, null);
    }

    public static ReportOptions served(String base) {
        return new ReportOptions(null, null, DEFAULT_LOW_CONFIDENCE, base);
    }
}
