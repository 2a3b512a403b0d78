package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;

/**
 * "CausalQA: A Benchmark for Causal Question Answering" over "we construct Webis-CausalQA-22, a benchmark
 * corpus": a title may call the paper's new dataset by the core of its full name, without the maker's prefix
 * or the year. Both are introduced, so they would count as two new datasets, and no rule that needs the
 * paper's one benchmark would fire. The title's name joins the full name as an alias when it is a whole
 * hyphen-separated part of it, or when one of the two is a contraction of the other ("ToolBeHonest: A
 * Multi-level Hallucination Diagnostic Benchmark" over "we introduce a comprehensive diagnostic benchmark, ToolBH").
 */
final class TitleShortNames {
    private TitleShortNames() {}

    static List<ExtractedEntity> merge(AnalyzedText text, List<ExtractedEntity> entities) {
        if (text.sentences().isEmpty()) {
            return entities;
        }
        int titleEnd = text.sentences().get(0).end();
        List<ExtractedEntity> out = new ArrayList<>(entities);
        for (ExtractedEntity shortName : entities) {
            if (!newDataset(shortName) || shortName.mentions().stream().anyMatch(m -> m.start() >= titleEnd)) {
                continue;
            }
            ExtractedEntity full = null;
            for (ExtractedEntity e : out) {
                if (e != shortName && newDataset(e) && (partOfName(shortName.name(), e.name())
                        || contraction(e.name(), shortName.name()) || contraction(shortName.name(), e.name()))) {
                    if (full != null) {
                        full = null; // two candidates: which one the title means is not clear
                        break;
                    }
                    full = e;
                }
            }
            if (full != null) {
                List<String> aliases = new ArrayList<>(full.aliases());
                aliases.add(shortName.name());
                aliases.addAll(shortName.aliases());
                List<Mention> mentions = new ArrayList<>(full.mentions());
                mentions.addAll(shortName.mentions());
                mentions.sort(Comparator.comparingInt(Mention::start));
                out.set(out.indexOf(full), new ExtractedEntity(full.name(), aliases, full.type(), true,
                        full.benchmark() || shortName.benchmark(), mentions));
                out.remove(shortName);
            }
        }
        return out;
    }

    private static boolean newDataset(ExtractedEntity e) {
        return e.type() == MentionType.DATASET && e.introduced();
    }

    /**
     * "ToolBH" for "ToolBeHonest": the shorter name keeps the longer one's capitals, all of them and in order,
     * and some of its small letters, from the same first letter. Both names are new datasets of the one paper,
     * so a short form with the same capitals is the same dataset; a different capital ("XQA" against
     * "XQuAD-R") is a different name.
     */
    static boolean contraction(String shortName, String fullName) {
        if (shortName.length() < 3 || shortName.length() >= fullName.length()
                || shortName.charAt(0) != fullName.charAt(0) || !capitals(shortName).equals(capitals(fullName))
                || capitals(shortName).length() < 2) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < fullName.length() && k < shortName.length(); i++) {
            if (fullName.charAt(i) == shortName.charAt(k)) {
                k++;
            }
        }
        return k == shortName.length();
    }

    private static String capitals(String name) {
        StringBuilder b = new StringBuilder();
        name.chars().filter(Character::isUpperCase).forEach(c -> b.append((char) c));
        return b.toString();
    }

    /** "CausalQA" in "Webis-CausalQA-22": whole hyphen-separated parts, and not the whole name. */
    static boolean partOfName(String shortName, String fullName) {
        String s = shortName.toLowerCase(Locale.ROOT);
        String f = fullName.toLowerCase(Locale.ROOT);
        if (s.length() < 3 || s.equals(f)) {
            return false;
        }
        return ("-" + f + "-").contains("-" + s + "-");
    }
}
