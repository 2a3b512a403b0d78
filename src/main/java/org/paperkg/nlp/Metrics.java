package org.paperkg.nlp;

import java.util.regex.Pattern;

/**
 * Names of evaluation metrics: a closed class, kept in one place because two stages read it. The
 * name filter drops a "name" that is a metric ("BLEU-4" is no model), and the quantity grammar takes
 * a number next to a metric for a score ("up to 3 chrF++", "F1 of 91.2").
 */
public final class Metrics {
    /**
     * Metric acronyms as papers write them, for use inside other patterns. Those that spell English
     * words match only in capitals ("TER", "MAP", "COMET" are metrics, "map" and "comet" are not); the
     * rest in any case ("mIOU", "Rouge-L", "macro f1"). Coreference ("MUC", "B3", "CEAF"), correlation and error
     * ("MCC", "RMSE") and parsing ("UAS", "UPOS", "LAS") scores are here too.
     */
    public static final String ACRONYMS = "(?:(?i:SacreBLEU|spBLEU|BLEU(?:-?[1-4])?|ROUGE(?:-?[A-Z0-9]{1,3})?|chrF\\+{0,2}|BERTScore|BLEURT"
            + "|CIDEr|F-?1|mIoU|MRR|NDCG|AUROC|AUC|ANLS|SARI|pass@\\d{1,3}|GLEU|RIBES|BARTScore|MoverScore|B3|CEAF[em]?)"
            + "|METEOR|COMET|SPICE|MAUVE|TER|WER|CER|MAP|EM|MUC(?!-\\d)|BLANC|LEA|UAS|LAS|UPOS|XPOS|UFeats|MLAS|BLEX|CLAS|MCC|QWK|RMSE|PCC|SRCC|PLCC)";

    private static final Pattern ACRONYM = Pattern.compile(ACRONYMS);
    private static final Pattern ACRONYM_ANY_CASE = Pattern.compile(ACRONYMS, Pattern.CASE_INSENSITIVE);

    private Metrics() {}

    /** Whether one word, as written, is a metric acronym ("bleu", "Rouge-L", "MAP"; not "map"). */
    public static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** Whether one word could be a metric acronym in some case: a quick test before a case-aware pattern. */
    public static boolean isAcronymIgnoringCase(String word) {
        return ACRONYM_ANY_CASE.matcher(word).matches();
    }
}
