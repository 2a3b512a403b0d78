package org.paperkg.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.NameKey;
import org.paperkg.nlp.Sentence;

/**
 * Sizes written in model names: "Poro 34B" names a size rather than measuring one; "8 billion" next to
 * "Llama 3.1 8B" is that model's; a family's list of sizes goes to the member that carries each; and
 * "OPT-IML 30B and 175B" gives 175B to OPT-IML.
 */
final class SizeNames {
    /** A size written in a model's name: "8B" in "Llama 3.1 8B", "1.3B" in "Sheared-LLaMA-1.3B". */
    private static final Pattern NAME_SIZE = Pattern.compile("(?i)(?<![a-z0-9.x])(\\d+(?:\\.\\d+)?)\\s?([kmbt])(?![a-z0-9])");

    private final EntityLocations where;

    SizeNames(EntityLocations where) {
        this.where = where;
    }

    /**
     * "Poro 34B", "Megatron GPT 8.3B": a number inside a mention. When the entity's name carries it, it
     * names rather than measures; when the mention only adds it ("the 2.7B OPT model"), it measures.
     */
    SubjectFinder.Found inside(QuantityPlace p) {
        for (Located l : where.in(p.sentence())) {
            if (l.first() <= p.last() && l.last() >= p.first()) {
                if (l.first() > p.first() && Words.producedBy(where.sentence(p.sentence()), l.last() + 1)) {
                    continue; // "54,612 GPT-4o generated question-answer pairs": the model made what is counted
                }
                boolean named = nameCarriesSize(l.entity().name(), p.quantity().value())
                        || l.entity().aliases().stream().anyMatch(a -> nameCarriesSize(a, p.quantity().value()));
                return new SubjectFinder.Found(l.entity(), l, 0.8, named);
            }
        }
        return null;
    }

    /** "spanning 8 billion ... (Llama 3.1 8B)": a model in the same sentence whose name carries the size. */
    SubjectFinder.Found sizeInNameNearby(QuantityPlace p) {
        double value = p.quantity().value();
        SubjectFinder.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Located l : where.in(p.sentence())) {
            if (l.isModel() && nameCarriesSize(l.entity().name(), value) && !Comparisons.comparedObject(where, l)) {
                int distance = Math.abs(l.first() - p.first());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new SubjectFinder.Found(l.entity(), l, 0.9);
                }
            }
        }
        return best;
    }

    /**
     * "we compile the LLaVA-o1-100k dataset ... with only 100k training samples": a dataset named after
     * its size is what a count of that size measures, wherever the text names it. A written unit is
     * needed: a bare "100K" may be anything.
     */
    SubjectFinder.Found datasetNamedForItsSize(QuantityPlace p) {
        if (p.quantity().unitFromContext() || !hasWrittenUnit(p)) {
            return null;
        }
        double value = p.quantity().value();
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (Located l : where.in(si)) {
                if (l.isDataset() && nameCarriesSize(l.entity().name(), value)) {
                    return new SubjectFinder.Found(l.entity(), si == p.sentence() ? l : null, 0.75);
                }
            }
        }
        return null;
    }

    /** "100k training samples", not a bare "100k". */
    private static boolean hasWrittenUnit(QuantityPlace p) {
        return p.quantity().text().strip().matches(".*\\d[kKmMbBtT+]?\\s*[-\\s][A-Za-z].*");
    }

    /**
     * "the Falcon series: 7B, 40B, and 180B parameters" with "Falcon-180B" named elsewhere: a member of
     * the found family whose name carries the size is the more specific subject.
     */
    SubjectFinder.Found familyMemberOfThatSize(SubjectFinder.Found f, double value) {
        if (nameCarriesSize(f.entity().name(), value)) {
            return f;
        }
        String family = f.entity().name().toLowerCase(Locale.ROOT);
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (Located l : where.in(si)) {
                String name = l.entity().name().toLowerCase(Locale.ROOT);
                if (l.isModel() && name.length() > family.length() + 1 && name.startsWith(family)
                        && " -_".indexOf(name.charAt(family.length())) >= 0 && nameCarriesSize(name, value)) {
                    return new SubjectFinder.Found(l.entity(), f.mention(), f.confidence());
                }
            }
        }
        return f;
    }

    static boolean nameCarriesSize(String name, double value) {
        Matcher m = NAME_SIZE.matcher(name);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 1e3;
                case "m" -> 1e6;
                case "b" -> 1e9;
                default -> 1e12;
            };
            if (Math.abs(v - value) <= 0.01 * value) {
                return true;
            }
        }
        return false;
    }

    /**
     * "train OPT-IML 30B and 175B": a size coordinated with a size-qualified name belongs to the name
     * without its size, when the text names that too.
     */
    SubjectFinder.Found siblingOfSizedName(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        if (!Words.is(s, p.groupFirst() - 1, "and", "or", ",")) {
            return null;
        }
        Located l = where.at(p.sentence(), p.groupFirst() - 2);
        if (l == null || !l.isModel()) {
            return null;
        }
        Matcher size = Pattern.compile("^(.*?)[- ]?\\d+(\\.\\d+)?[kmbt]$", Pattern.CASE_INSENSITIVE).matcher(l.entity().name());
        if (!size.matches()) {
            return null;
        }
        String base = NameKey.of(size.group(1));
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (Located other : where.in(si)) {
                if (other.isModel() && other.entity().key().equals(base)) {
                    return new SubjectFinder.Found(other.entity(), null, 0.7);
                }
            }
        }
        return null;
    }
}
