package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.MentionType;

/**
 * evaluatedOn with its score from a model's result number whose benchmark no cue next to the number names.
 * The quantity attacher ties "MARBERT with accuracy, precision, recall and F1-Score values of 91.20%,
 * 88.74%, ..." or "Our top-performing model, DeBERTa-v3-large, achieves an overall accuracy of 93.33%" to the
 * model but finds no benchmark beside the number, so the number had no property. The guidelines make a
 * model's result a score on the benchmark it was measured on, and the sentence or the paper often says
 * which that is: the one dataset the sentence names ("JRAN achieves new 28.3% and 58.2% ... on Flickr30k
 * dataset"), or, when the sentence names none, the data the paper tests on ({@link PaperTestData}: its one new
 * dataset, or the one benchmark it names).
 *
 * <p>Not results: gains and differences ("outperforming NGS with over 5.6% and 3.2%", "by 8.2%", "18.47% and
 * 13.07% average relative improvements") and shares of something ("only 10% of the data", "53% of the
 * baseline length"). Not a benchmark: data the sentence trains on ("trained on the Twitter dataset, achieved
 * 99.5%" reports a test set the abstract does not name), and any sentence that names two or more datasets,
 * where the number could be on either.
 */
final class ResultScores {

    private ResultScores() {}

    /** A list of further numbers after this one: "91.20%, 88.74%, 88.50% and 88.75%". */
    private static final Pattern LIST_AFTER = Pattern.compile(
            "^(?:\\s*\\\\?%?\\s*(?:,|and|,\\s*and)\\s*\\d+(?:\\.\\d+)?)*");
    /**
     * Words that make the number (or the list it ends) a difference: "13.07% average relative improvements",
     * "gains by 14.21 F1 over its baseline, and 1.14 F1 over SciFive-Large".
     */
    private static final Pattern DIFFERENCE_AFTER = Pattern.compile(
            "^\\s*\\\\?%?\\s*(?:[a-z\\-]+\\s+){0,2}?(?:improvements?|gains?|increases?|higher|lower|boosts?|reductions?|"
                    + "fewer|more|better|worse|drops?|decreases?|faster|slower|relative|absolute|margin|points?|pp\\b|"
                    + "percentage points?|over|above|ahead)\\b");
    /**
     * "10% of the data", "53% of that", "10% of MS Marco", "2% data of SNLI": a share, not a result ("38% of
     * puzzles" is one).
     */
    private static final Pattern SHARE_AFTER = Pattern.compile(
            "^\\s*\\\\?%?\\s*(?:of\\s+(?:the|that|this|these|its|their|our|all|a|an|[A-Z0-9])|(?:training\\s+)?(?:data|examples|samples)\\b)");
    /** "66% on ...", "75.2% accuracy in ...": the number says itself what it was measured on. */
    private static final Pattern ON_AFTER = Pattern.compile("^\\s*\\\\?%?\\s*(?:[\\w\\-]+\\s+){0,2}?(?:on|in)\\s");
    private static final Pattern ONLY_ON_AFTER = Pattern.compile("^\\s*\\\\?%?\\s*(?:[\\w\\-]+\\s+){0,2}?on\\s");
    /** "56% accuracy on our benchmarks": the result is on the paper's own data, not on a dataset the sentence names. */
    private static final Pattern ON_OURS_AFTER = Pattern.compile("^[^,;]{0,40}?\\b(?:on|in)\\s+(?:our|this|these)\\b");
    /**
     * Words before the number that make it a difference, a bound or someone else's: "by 8.2%", "by an average of
     * 13%", "over 5.6%", "within 3%", "human performance which is 81%".
     */
    private static final Pattern DIFFERENCE_BEFORE = Pattern.compile(
            "(?:\\+|\\bby(?:\\s+[a-z]+){0,3}|\\bup to|\\bthan|\\bover|\\bbelow|\\bless|\\bwithin|\\bonly needs|\\bwith only"
                    + "|\\bhuman(?:s|\\s+performance|\\s+annotators?|\\s+baselines?)\\b[^,;]*)\\s*$");
    /** Earlier numbers of the list this one ends: "over 5.6% and 3.2%" is read from "over". */
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "(?:\\d+(?:\\.\\d+)?\\s*\\\\?%?\\s*(?:,|and|,\\s*and)\\s*)+$");

    static List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        ExtractedEntity paperData = null; // looked up once, and only for a paper that needs it
        boolean paperDataLooked = false;
        for (ExtractedQuantity q : ctx.quantities) {
            if (q.property() != null || q.subject() == null || !QuantityAttacher.scoreLike(q.unit())) {
                continue;
            }
            ExtractedEntity model = ctx.entityNamed(q.subject());
            RelationSentence s = ctx.sentenceOf(q);
            if (model == null || ctx.typeOf(model) != MentionType.MODEL || s == null || !isResult(s, q)) {
                continue;
            }
            List<Slot> data = datasetsNamed(s);
            ExtractedEntity benchmark = null;
            if (data.size() == 1) {
                benchmark = namedBenchmark(s, q, data.get(0));
            } else if (data.isEmpty() && !measuredOnSomethingNamed(s, q)) {
                if (!paperDataLooked) {
                    paperData = PaperTestData.of(ctx);
                    paperDataLooked = true;
                }
                benchmark = paperData;
            }
            if (benchmark != null) {
                out.add(ctx.relation(model, "evaluatedOn", benchmark, q.value(), s, 0.5, "evaluatedOn-result-score"));
            }
        }
        return out;
    }

    /** The first mention of each dataset the sentence names. */
    private static List<Slot> datasetsNamed(RelationSentence s) {
        Set<ExtractedEntity> seen = new LinkedHashSet<>();
        List<Slot> out = new ArrayList<>();
        for (Slot slot : s.slots()) {
            if (slot.isDataset() && seen.add(slot.entity())) {
                out.add(slot);
            }
        }
        return out;
    }

    /**
     * The sentence's one dataset as the number's benchmark, or null when the number is "on our benchmarks", says
     * itself what it was measured on ("66% on a Wikipedia-grounded subset of SimpleQA ... and 26% on FinanceBench"),
     * or the sentence trains on the dataset.
     */
    private static ExtractedEntity namedBenchmark(RelationSentence s, ExtractedQuantity q, Slot dataset) {
        String after = s.textBetween(q.end(), s.end());
        int named = dataset.mention().start();
        boolean onOther = ON_AFTER.matcher(after).find() && (named > q.end() + 60 || named < q.start());
        if (ON_OURS_AFTER.matcher(after).find() || onOther || EvaluatedOnRule.trainingFramed(s, dataset)) {
            return null;
        }
        return dataset.entity();
    }

    /**
     * "achieving 74% F1 on tagging", "between 71 and 74% F1 score on NER": a number that names what it was measured
     * on, in a sentence that names no dataset, is on a task, not on the paper's data ("91% on our dataset" is).
     * Only "on": "94.95% accuracy in English and 88.53% in Filipino" are results on the paper's data by language.
     */
    private static boolean measuredOnSomethingNamed(RelationSentence s, ExtractedQuantity q) {
        String after = s.textBetween(q.end(), s.end());
        return ONLY_ON_AFTER.matcher(after).find() && !ON_OURS_AFTER.matcher(after).find();
    }

    /** Whether the number reads as a result, not as a difference or a share of something. */
    private static boolean isResult(RelationSentence s, ExtractedQuantity q) {
        String before = s.textBetween(Math.max(s.start(), q.start() - 60), q.start());
        Matcher earlier = LIST_BEFORE.matcher(before);
        String beforeList = earlier.find() ? before.substring(0, earlier.start()) : before;
        String after = s.textBetween(q.end(), Math.min(s.end(), q.end() + 80));
        Matcher list = LIST_AFTER.matcher(after);
        String afterList = list.lookingAt() ? after.substring(list.end()) : after;
        return !DIFFERENCE_BEFORE.matcher(before).find() && !DIFFERENCE_BEFORE.matcher(beforeList).find()
                && !SHARE_AFTER.matcher(after).find()
                && !DIFFERENCE_AFTER.matcher(after).find() && !DIFFERENCE_AFTER.matcher(afterList).find();
    }
}
