package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * Finds the model or dataset a size, length or count belongs to, from the syntax around the number,
 * tightest tie first: the name the number is part of, a name in the same sentence that carries the
 * size ("Llama 3.1 8B" for "8 billion"), a possessive ("Qwen3's 36T-token corpus"), a parenthesis
 * ("Gopher (280B)", "(Turing-NLG, 17B parameters)"), a pre-modifier ("a 124M-parameter GPT-2 model"),
 * the source of the data ("tokens of Dolma"); then the nearest name to the left in the same clause,
 * the subject after an opening phrase, and last the paper's own artefact when the sentence says "it",
 * "we" or "our model".
 */
final class SubjectFinder {

    /**
     * A subject and how it was found.
     *
     * @param mention     the mention that carries it, or null for the paper's own artefact
     * @param confidence  how sure the rule is
     * @param partOfName  the number is written inside the name ("Poro 34B"): it names, it does not measure
     */
    record Found(ExtractedEntity entity, Located mention, double confidence, boolean partOfName) {
        Found(ExtractedEntity entity, Located mention, double confidence) {
            this(entity, mention, confidence, false);
        }
    }

    /** Words that end the clause a number's subject can come from when looking left. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "however",
            "unlike", "meanwhile", "whose", "whether");

    /** Words that may stand between a number and the name it pre-modifies ("a 1.4T-token datastore named X"). */
    private static final Set<String> MODIFIER_WORDS = Set.of("parameter", "parameters", "param", "params", "model",
            "models", "dense", "sparse", "language", "datastore", "dataset", "corpus", "token", "tokens", "-", "(",
            "named", "called", "dubbed", "termed", "version", "variant", "moe", "base", "llm", "llms", "lm");

    /** Plural nouns for unnamed models: after a comparison they start a phrase about other models. */
    private static final Set<String> GENERIC_MODELS = Set.of("models", "llms", "lms", "baselines", "counterparts",
            "methods", "approaches", "systems");

    /** Verbs of growth: in "extends the context from 16K to 128K" only the end of the range is the model's. */
    private static final Pattern GROWTH_VERB = Pattern.compile(
            "(extend|expand|increas|grow|rais|boost|enlarg|push|improv)\\w*|previous|original");

    /** A size written in a model's name: "8B" in "Llama 3.1 8B", "1.3B" in "Sheared-LLaMA-1.3B". */
    private static final Pattern NAME_SIZE = Pattern.compile("(?i)(?<![a-z0-9.x])(\\d+(?:\\.\\d+)?)\\s?([kmbt])(?![a-z0-9])");

    private final EntityLocations where;
    private final OwnArtefacts own;

    SubjectFinder(EntityLocations where) {
        this.where = where;
        this.own = new OwnArtefacts(where);
    }

    /** The subject of a non-score quantity, or null. */
    Found find(QuantityPlace p, Measure m) {
        if (notATotal(p, m) || startOfGrowth(p)) {
            return null;
        }
        Predicate<Located> accepts = accepted(m);
        Found f = inside(p);
        if (f == null && sized(m)) {
            f = sizeInNameNearby(p);
        }
        if (f == null) {
            f = possessive(p, accepts);
        }
        if (f == null) {
            f = parenthesisAfterName(p, accepts);
        }
        if (f == null) {
            f = nameInParenthesisAfter(p, accepts);
        }
        if (f == null) {
            f = modifiedName(p, accepts);
        }
        if (f == null) {
            f = namedAfter(p, accepts);
        }
        if (f == null && sized(m)) {
            f = siblingOfSizedName(p);
        }
        if (f == null) {
            f = dataSource(p, m);
        }
        if (f == null) {
            f = ownModifiedNoun(p, m);
        }
        if (f == null && looseRulesApply(p)) {
            f = leftInClause(p, accepts, m);
            if (f == null) {
                f = afterIntroductoryPhrase(p, accepts, m);
            }
        }
        if (f != null && sized(m) && !f.partOfName() && (p.groupSize() >= 2 || f.mention() == null)) {
            f = familyMemberOfThatSize(f, p.quantity().value());
        }
        return f;
    }

    /** Durations belong to a dataset only when tied to it closely; hours of recorded data are the exception. */
    private static boolean looseRulesApply(QuantityPlace p) {
        return switch (p.quantity().unit()) {
            case SECOND -> p.quantity().text().toLowerCase(Locale.ROOT).contains("hour");
            default -> true;
        };
    }

    /**
     * "We vary model parameters from 80M to 1B": a range the authors explore is not the size of their
     * artefact unless a name ties it to one.
     */
    private boolean range(QuantityPlace p) {
        if (p.groupSize() < 2) {
            return false;
        }
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupFirst() - 2; i <= p.groupLast(); i++) {
            if (Words.is(s, i, "from", "to", "-", "–") && i != p.groupFirst() - 1 || Words.is(s, i, "from")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sized(Measure m) {
        return m == Measure.PARAMETERS || m == Measure.ACTIVE_PARAMETERS;
    }

    private static Predicate<Located> accepted(Measure m) {
        return switch (m) {
            case PARAMETERS, ACTIVE_PARAMETERS, CONTEXT, ACCELERATORS, RESULT -> Located::isModel;
            case DATA_SIZE -> Located::isDataset;
            case TOKENS -> l -> l.isModel() || !l.entity().benchmark();
            default -> l -> true;
        };
    }

    /**
     * "checkpoints at every one trillion tokens", "(including >82 billion words of clinical text)",
     * "(8B vs. 15B)", "an 8B teacher": a rate, a part, a rival's or a helper model's size, not the
     * size of anything named.
     */
    private boolean notATotal(QuantityPlace p, Measure m) {
        Sentence s = where.sentence(p.sentence());
        if (Words.is(s, p.groupFirst() - 1, "every", "each", "per", "vs.", "vs", "versus")) {
            return true;
        }
        if (sized(m) && Words.is(s, p.groupLast() + 1, "teacher", "teachers", "student", "students", "baseline",
                "baselines", "draft", "judge", "critic", "verifier", "reward")) {
            return true;
        }
        boolean part = Words.is(s, p.groupFirst() - 1, "including") && Words.is(s, p.groupFirst() - 2, "(")
                || Words.is(s, p.groupFirst() - 2, "including") && Words.is(s, p.groupFirst() - 3, "(");
        return (m == Measure.TOKENS || m == Measure.DATA_SIZE) && part;
    }

    /** "extending the context length from 16K to 128K": the old value in a range of growth. */
    private boolean startOfGrowth(QuantityPlace p) {
        return p.indexInGroup() == 0 && growth(p);
    }

    private boolean endOfGrowth(QuantityPlace p) {
        return p.indexInGroup() == 1 && growth(p);
    }

    private boolean growth(QuantityPlace p) {
        if (p.groupSize() != 2) {
            return false;
        }
        Sentence s = where.sentence(p.sentence());
        if (!Words.is(s, p.groupFirst() - 1, "from") && !Words.is(s, p.groupFirst() - 2, "from")
                && !Words.is(s, p.groupFirst() - 3, "from")) {
            return false;
        }
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 8; i--) {
            if (Words.matches(s, i, GROWTH_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Poro 34B", "Megatron GPT 8.3B": a number inside a mention. When the entity's name carries it, it
     * names rather than measures; when the mention only adds it ("the 2.7B OPT model"), it measures.
     */
    private Found inside(QuantityPlace p) {
        for (Located l : where.in(p.sentence())) {
            if (l.first() <= p.last() && l.last() >= p.first()) {
                boolean named = nameCarriesSize(l.entity().name(), p.quantity().value())
                        || l.entity().aliases().stream().anyMatch(a -> nameCarriesSize(a, p.quantity().value()));
                return new Found(l.entity(), l, 0.8, named);
            }
        }
        return null;
    }

    /** "spanning 8 billion ... (Llama 3.1 8B)": a model in the same sentence whose name carries the size. */
    private Found sizeInNameNearby(QuantityPlace p) {
        double value = p.quantity().value();
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Located l : where.in(p.sentence())) {
            if (l.isModel() && nameCarriesSize(l.entity().name(), value) && !Comparisons.comparedObject(where, l)) {
                int distance = Math.abs(l.first() - p.first());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Found(l.entity(), l, 0.9);
                }
            }
        }
        return best;
    }

    /**
     * "the Falcon series: 7B, 40B, and 180B parameters" with "Falcon-180B" named elsewhere: a member of
     * the found family whose name carries the size is the more specific subject.
     */
    private Found familyMemberOfThatSize(Found f, double value) {
        if (nameCarriesSize(f.entity().name(), value)) {
            return f;
        }
        String family = f.entity().name().toLowerCase(Locale.ROOT);
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (Located l : where.in(si)) {
                String name = l.entity().name().toLowerCase(Locale.ROOT);
                if (l.isModel() && name.length() > family.length() + 1 && name.startsWith(family)
                        && " -_".indexOf(name.charAt(family.length())) >= 0 && nameCarriesSize(name, value)) {
                    return new Found(l.entity(), f.mention(), f.confidence());
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

    /** "Qwen3's proprietary 36T-token corpus", "TeleChat's 7B and 12B variant". */
    private Found possessive(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 3; i--) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                boolean owner = Words.lower(s, l.last()).endsWith("'s") || Words.is(s, l.last() + 1, "'s", "'");
                return owner && accepts.test(l) ? new Found(l.entity(), l, 0.8) : null;
            }
            if (!Words.is(s, i, "'s", "'") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "Gopher (280B)", "GLM-4-9B (128K, 1M)", "(Turing-NLG, 17B parameters)". */
    private Found parenthesisAfterName(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        Located before = null;
        for (Located l : where.in(p.sentence())) {
            if (l.last() < p.groupFirst() && p.groupFirst() - l.last() <= 3) {
                before = l;
            }
        }
        if (before == null || !accepts.test(before)) {
            return null;
        }
        boolean paren = false;
        for (int i = before.last() + 1; i < p.groupFirst(); i++) {
            if (Words.is(s, i, "(")) {
                paren = true;
            } else if (!Words.is(s, i, ",", ":")) {
                return null;
            }
        }
        boolean openedBefore = Words.is(s, before.first() - 1, "(");
        return paren || openedBefore ? new Found(before.entity(), before, 0.85) : null;
    }

    /** "at the 128-GPU scale (Llama 3.1 8B)", "over 70 billion tokens (i.e., MegaMath-Web-Pro-Max)". */
    private Found nameInParenthesisAfter(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 3 && i < s.size(); i++) {
            if (Words.is(s, i, "(")) {
                int j = i + 1;
                while (Words.is(s, j, "i.e.", "i.e", "ie", ",")) {
                    j++;
                }
                Located l = where.at(p.sentence(), j);
                return l != null && l.first() == j && accepts.test(l) ? new Found(l.entity(), l, 0.8) : null;
            }
            if (!Words.tag(s, i).equals("NOUN") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "a 124M-parameter GPT-2 model", "a 280 billion parameter model called Gopher", "175B GPT-3". */
    private Found modifiedName(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 5 && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                return accepts.test(l) ? new Found(l.entity(), l, 0.85) : null;
            }
            String w = Words.lower(s, i);
            String tag = Words.tag(s, i);
            boolean modifier = MODIFIER_WORDS.contains(w) || w.endsWith("-parameter") || w.endsWith("-token")
                    || (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")) && !Comparisons.isCue(s, i);
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    /**
     * "train OPT-IML 30B and 175B": a size coordinated with a size-qualified name belongs to the name
     * without its size, when the text names that too.
     */
    private Found siblingOfSizedName(QuantityPlace p) {
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
        String base = org.paperkg.nlp.NameKey.of(size.group(1));
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (Located other : where.in(si)) {
                if (other.isModel() && other.entity().key().equals(base)) {
                    return new Found(other.entity(), null, 0.7);
                }
            }
        }
        return null;
    }

    /** "a 7B and 14B models trained for 4.8T tokens, called phi-3-small and phi-3-medium", "... which we call U-PaLM". */
    private Found namedAfter(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 10 && i < s.size(); i++) {
            if (where.at(p.sentence(), i) != null || Words.is(s, i, ";", ".", "(")) {
                return null;
            }
            if (Words.matches(s, i, Words.NAMING) || Words.is(s, i, "call", "name") && Words.is(s, i - 1, "we")) {
                Located l = where.at(p.sentence(), i + 1);
                return l != null && accepts.test(l) ? new Found(l.entity(), l, 0.75) : null;
            }
        }
        return null;
    }

    /**
     * "our 7B-parameter model", "the new 300M and 600M parameter models", "this 56B activated (560B
     * total) parameter model": the number modifies the paper's own model.
     */
    private Found ownModifiedNoun(QuantityPlace p, Measure m) {
        if (!sized(m)) {
            return null;
        }
        Sentence s = where.sentence(p.sentence());
        int i = p.groupFirst() - 1;
        while (i >= 0 && i >= p.groupFirst() - 3 && (Words.tag(s, i).equals("ADJ") || Words.lower(s, i).endsWith("ed"))
                && !Comparisons.isCue(s, i)) {
            i--;
        }
        if (!Words.is(s, i, "our", "the", "this", "these")) {
            return null;
        }
        for (int j = p.groupLast() + 1; j <= p.groupLast() + 6 && j < s.size(); j++) {
            if (where.at(p.sentence(), j) != null) {
                return null;
            }
            if (own.isArtefactNoun(s, j)) {
                return ownArtefact(p, m, 0.65);
            }
            if (Words.is(s, j, ")")) {
                continue;
            }
            if (Words.verbal(s, j) || Words.is(s, j, ",", "(", ";")) {
                return null;
            }
        }
        return null;
    }

    /** "a corpus of 2T tokens of Dolma", "600 billion tokens from our RefinedWeb dataset": the data's source. */
    private Found dataSource(QuantityPlace p, Measure m) {
        if (m != Measure.TOKENS && m != Measure.DATA_SIZE) {
            return null;
        }
        Sentence s = where.sentence(p.sentence());
        int i = p.groupLast() + 1;
        boolean of = Words.is(s, i, "of", "in");
        boolean ownSource = Words.is(s, i, "from") && Words.is(s, i + 1, "our", "its");
        if (!of && !ownSource) {
            return null;
        }
        for (int j = i + 1; j <= i + 3 && j < s.size(); j++) {
            Located l = where.at(p.sentence(), j);
            if (l != null) {
                return l.isDataset() && !l.entity().benchmark() ? new Found(l.entity(), l, 0.75) : null;
            }
            if (!Words.is(s, j, "the", "our", "its", "their", "this")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The nearest accepted name to the left in the same clause ("Mixtral ... has 47B parameters",
     * "Dolma, a three trillion tokens corpus"), passing over parentheses and names the sentence
     * compares against unless an apposition follows them ("surpasses StarCoder2-3B, pretrained on
     * 3.3T tokens"). Failing a name, "it", "we" or "the model" hands the number to the paper's own
     * artefact, except a range the authors explore ("we vary parameters from 80M to 1B"); "models"
     * after a comparison, or a comparison word reached before any rival name ("outperforming even
     * much larger 32B models"), means the number describes other models.
     */
    private Found leftInClause(QuantityPlace p, Predicate<Located> accepts, Measure m) {
        Sentence s = where.sentence(p.sentence());
        boolean passedRival = false;
        int skipped = 0;
        int selfReference = -1;
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 30 - skipped; i--) {
            if (Words.is(s, i, ")")) {
                int open = openingParenthesis(s, i);
                skipped += i - open + 1;
                i = open;
                continue;
            }
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                boolean described = describedByApposition(s, l, p.groupFirst());
                int distance = p.groupFirst() - l.last() - skipped;
                if (distance >= 12 && (m == Measure.ACCELERATORS || p.quantity().unit() == org.paperkg.extract.quantity.Unit.OTHER)) {
                    return null;
                }
                if (accepts.test(l) && (described || !Comparisons.comparedObject(where, l))) {
                    return new Found(l.entity(), l, distance < 12 ? 0.75 : 0.6);
                }
                passedRival = true;
                i = l.first();
                continue;
            }
            if (clauseBreak(s, i) || GENERIC_MODELS.contains(Words.lower(s, i)) && (comparedNoun(s, i) || describedAfter(s, i))) {
                break;
            }
            if (Comparisons.isRivalCue(s, i) && !passedRival && p.groupFirst() - i <= 4) {
                return null;
            }
            if (own.isSelfReference(p.sentence(), i)) {
                selfReference = i;
                if (Words.tag(s, i).equals("PRON")) {
                    break;
                }
            }
        }
        if (selfReference < 0) {
            return null;
        }
        boolean authors = Words.is(s, selfReference, "we");
        return authors && range(p) && !endOfGrowth(p) ? null : ownArtefact(p, m, 0.6);
    }

    /**
     * "StarCoder2-3B, pretrained on over 3.3T tokens", "beats StarCoderBase-3B pretrained on 1T
     * tokens", "Ke-SpeechChat, a ... dataset consisting of 7
     * million conversations": an apposition that describes the name carries the number, even when the
     * name is a rival or a source.
     */
    private boolean describedByApposition(Sentence s, Located l, int quantityStart) {
        int comma = l.last() + 1;
        if (Words.lower(s, comma).endsWith("ed") && Words.tag(s, comma + 1).equals("ADP")) {
            return true;
        }
        if (!Words.is(s, comma, ",")) {
            return false;
        }
        if (Words.lower(s, comma + 1).endsWith("ed")) {
            return true;
        }
        boolean artefact = false;
        for (int i = comma + 1; i < quantityStart; i++) {
            String w = Words.lower(s, i);
            if (Words.verbal(s, i) && !w.endsWith("ing") && !w.endsWith("ed") || Comparisons.isRivalCue(s, i)) {
                return false;
            }
            artefact |= own.isArtefactNoun(s, i);
        }
        return artefact;
    }

    /** "many other models, trained on up to 12.8B samples": numbers about models the paper does not name. */
    private static boolean describedAfter(Sentence s, int i) {
        int j = Words.is(s, i + 1, ",") ? i + 2 : i + 1;
        if (!Words.lower(s, j).matches("(pre-?)?trained|fine-?tuned|distilled|evaluated")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (Words.is(s, k, "other", "existing", "many", "several", "various", "different", "available", "prior", "previous")) {
                return true;
            }
        }
        return false;
    }

    private static int openingParenthesis(Sentence s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (Words.is(s, i, ")")) {
                depth++;
            } else if (Words.is(s, i, "(") && --depth == 0) {
                return i;
            }
        }
        return close;
    }

    /**
     * A word that starts another clause: "; while X", "but Y has", "we show that ...". "while extending"
     * and "but with" keep the subject, so a verb or preposition after them does not break.
     */
    private static boolean clauseBreak(Sentence s, int i) {
        String w = Words.lower(s, i);
        if (w.equals("that") && Words.verbal(s, i - 1)) {
            return true;
        }
        if (!CLAUSE_BREAKS.contains(w)) {
            return false;
        }
        String next = Words.tag(s, i + 1);
        boolean keepsSubject = next.equals("VERB") || next.equals("ADP") || Words.lower(s, i + 1).endsWith("ing");
        return !(keepsSubject && (w.equals("while") || w.equals("whereas") || w.equals("but")));
    }

    /** "compared to similarly sized models", "than larger models": a generic noun after a comparison. */
    private static boolean comparedNoun(Sentence s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (Comparisons.isCue(s, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Pre-trained on 16T tokens, it supports ...", "Under a 1-trillion-token training budget, the
     * MoMa 1.4B model ...": a number in an opening phrase belongs to the subject after the comma.
     */
    private Found afterIntroductoryPhrase(QuantityPlace p, Predicate<Located> accepts, Measure m) {
        Sentence s = where.sentence(p.sentence());
        int start = afterOpeningAdverbial(s, p.groupFirst());
        String firstTag = Words.tag(s, start);
        boolean opening = firstTag.equals("VERB") || firstTag.equals("ADP") || firstTag.equals("SCONJ")
                || Words.lower(s, start).endsWith("ed");
        if (!opening || where.at(p.sentence(), start) != null) {
            return null;
        }
        for (int i = start; i < p.groupFirst(); i++) {
            if (Words.is(s, i, ",", "we", "it")) {
                return null;
            }
        }
        int comma = -1;
        for (int i = p.groupLast() + 1; i < s.size(); i++) {
            if (Words.is(s, i, ",")) {
                comma = i;
                break;
            }
            if (where.at(p.sentence(), i) != null || Words.is(s, i, "we")) {
                return null;
            }
        }
        for (int i = comma + 1; comma > 0 && i <= comma + 4 && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                return accepts.test(l) ? new Found(l.entity(), l, 0.7) : null;
            }
            if (own.isSelfReference(p.sentence(), i) && !Words.is(s, i, "we")) {
                return ownArtefact(p, m, 0.6);
            }
            if (!Words.is(s, i, "the", "this", "our", "these") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "For example, with ...", "Remarkably, with ...": where the sentence starts after a short opening adverbial. */
    private static int afterOpeningAdverbial(Sentence s, int before) {
        for (int i = 1; i <= 3 && i < before; i++) {
            if (Words.is(s, i, ",")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The paper's own artefact of the kind the measure needs. Tokens go to a model only when the
     * sentence speaks of training, else to the paper's corpus; a benchmark is not measured in tokens.
     */
    private Found ownArtefact(QuantityPlace p, Measure m, double confidence) {
        MentionType type;
        if (m == Measure.DATA_SIZE) {
            type = MentionType.DATASET;
        } else if (m == Measure.TOKENS) {
            type = trainingCue(p) ? MentionType.MODEL : MentionType.DATASET;
        } else {
            type = MentionType.MODEL;
        }
        ExtractedEntity e = own.latest(type, p.sentence(), p.first());
        if (e == null || m == Measure.TOKENS && e.benchmark()) {
            return null;
        }
        return new Found(e, null, confidence);
    }

    /**
     * "trained on 2T tokens", "we continue pre-training ... up to 1T tokens", "2T training tokens",
     * "fine-tuned StarCoderBase on 35B Python tokens", "develop from scratch ... using 90B words".
     */
    boolean trainingCue(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        if (TRAINING.matcher(p.quantity().text().toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        for (int i = 0; i <= p.groupLast() + 1 && i < s.size(); i++) {
            if (TRAINING.matcher(Words.lower(s, i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TRAINING = Pattern.compile("train|scratch|fine-?tun|finetun");
}
