package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameFinderTraining;
import org.paperkg.nlp.NameKey;
import org.paperkg.nlp.Sentence;
import org.paperkg.nlp.TextAnalyzer;

/**
 * Precision, recall and F1 of one mention finder on gold abstracts, span by span, per entity type:
 * like OpenNLP's name-finder evaluator, but over character spans. Gold spans are every occurrence
 * of a gold name or alias (the same labelling the finders are trained on); a predicted span counts
 * when it has exactly the gold span's offsets and type. Spans that spell an optional gold entity
 * are neither rewarded nor penalised.
 */
public final class MentionEvaluator {
    private MentionEvaluator() {}

    public static Map<MentionType, Counts> evaluate(MentionFinder finder, List<JsonNode> gold) {
        Map<MentionType, Counts> out = new EnumMap<>(MentionType.class);
        for (MentionType t : MentionType.values()) {
            out.put(t, Counts.ZERO);
        }
        TextAnalyzer analyzer = TextAnalyzer.get();
        for (JsonNode rec : gold) {
            AnalyzedText text = analyzer.analyzeDocument(rec.path("title").asText(), rec.path("abstract").asText());
            Map<String, MentionType> names = NameFinderTraining.namesOf(rec);
            Set<String> optional = NameFinderTraining.optionalNames(rec);
            Set<String> goldSpans = new HashSet<>();
            for (Sentence s : text.sentences()) {
                for (Span sp : NameFinderTraining.label(s, names)) {
                    goldSpans.add(key(s.tokens()[sp.getStart()].getStart(), s.tokens()[sp.getEnd() - 1].getEnd(), sp.getType()));
                }
            }
            Set<String> predicted = new HashSet<>();
            for (Mention m : finder.find(text)) {
                if (!optional.contains(NameKey.of(m.text(text)))) {
                    predicted.add(key(m.start(), m.end(), m.type().tag()));
                }
            }
            for (MentionType t : MentionType.values()) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (String p : predicted) {
                    if (p.endsWith(":" + t.tag())) {
                        if (goldSpans.contains(p)) {
                            tp++;
                        } else {
                            fp++;
                        }
                    }
                }
                for (String g : goldSpans) {
                    if (g.endsWith(":" + t.tag()) && !predicted.contains(g)) {
                        fn++;
                    }
                }
                out.put(t, out.get(t).plus(new Counts(tp, fp, fn)));
            }
        }
        return out;
    }

    /** One line per type: {@code model  P 0.812  R 0.756  F1 0.783  (tp 406, fp 94, fn 131)}. */
    public static String format(String finderName, Map<MentionType, Counts> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((t, c) -> sb.append(String.format("%-18s %-13s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                finderName, t.tag(), c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn())));
        return sb.toString();
    }

    private static String key(int start, int end, String type) {
        return start + "-" + end + ":" + type;
    }
}
