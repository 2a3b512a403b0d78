package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.nlp.Sentence;

/**
 * What a quantity measures, read from its unit and the cue words around its list: the kind decides
 * which entities may own it and which property it fills.
 */
enum Measure {
    /** Total parameters of a model. */
    PARAMETERS,
    /** Parameters active per token ("13B active parameters", "activates 50 billion per token"). */
    ACTIVE_PARAMETERS,
    /** Tokens or words: a model's training tokens, or a dataset's size. */
    TOKENS,
    /** A context window ("32k context", "a 16K window"). */
    CONTEXT,
    /** Accelerators used to train or run a model. */
    ACCELERATORS,
    /** Examples, documents, images, bytes, hours, tasks: a dataset's size. */
    DATA_SIZE,
    /** A benchmark result: a score or a percentage. */
    RESULT,
    /** Factors, compute, languages and the rest: no property fits. */
    OTHER;

    private static final Set<String> ACTIVE_CUES = Set.of("active", "activated", "activates", "activating", "activate", "activation");
    private static final Set<String> TOTAL_CUES = Set.of("total", "overall", "totaling", "totalling");
    private static final Set<String> CONTEXT_CUES = Set.of("context", "window", "long-context", "sequence", "sequences",
            "context-length", "context-window", "tokens-long");

    /** Words that tell tokens were trained on: "pre-trained", "fine-tuned", "from scratch". */
    private static final Pattern TRAINING = Pattern.compile("train|scratch|fine-?tun|finetun");

    /** Lengths that are not a context window: "output lengths ranging from 2k to 32k words". */
    private static final Set<String> LENGTH_WORDS = Set.of("length", "lengths");

    /** A bare "100K": tokens only by default, with no noun written. */
    private static final Pattern BARE_THOUSANDS = Pattern.compile("[~\\d.,]+\\s?k\\+?");

    /**
     * "fine-tune on a dataset of Spotify's 100K podcast": a bare thousands number is read as tokens
     * because lengths are written so ("a 32k context"); outside a context it is no training budget or
     * corpus size, which abstracts state with their noun ("2T tokens").
     */
    private static boolean bareThousands(QuantityPlace place, String text) {
        return !place.quantity().unitFromContext() && BARE_THOUSANDS.matcher(text.strip()).matches();
    }

    /** A bare "128K" the finder read as tokens. */
    private static final Pattern BARE_LENGTH = Pattern.compile("[~\\d.,]+\\s?[km]");

    static Measure of(QuantityPlace place, EntityLocations where) {
        Sentence s = where.sentence(place.sentence());
        String text = place.quantity().text().toLowerCase(Locale.ROOT);
        return switch (place.quantity().unit()) {
            case PARAMETER -> active(place, s, text) ? ACTIVE_PARAMETERS : PARAMETERS;
            case TOKEN -> context(place, where, text) ? CONTEXT
                    : length(place, s, text) || bareThousands(place, text) ? OTHER : TOKENS;
            case WORD -> length(place, s, text) ? OTHER : TOKENS;
            case GPU -> ACCELERATORS;
            case OTHER -> smallCount(place) || countsPeople(text) ? OTHER : DATA_SIZE;
            case EXAMPLE, DOCUMENT, IMAGE, BYTE, SECOND -> DATA_SIZE;
            case SCORE, PERCENT -> RESULT;
            default -> OTHER;
        };
    }

    /**
     * "154 datasets", "30 sources", "59 models": a count of fewer than a thousand things off the unit
     * list numbers the parts of a study or a collection, not the size of a dataset's data.
     */
    private static boolean smallCount(QuantityPlace place) {
        double v = place.quantity().value();
        return v < 1000 && v == Math.rint(v);
    }

    /** People who made or appear in the data ("42,002 speakers", "1,200 annotators"): they are not its size. */
    private static final Pattern PEOPLE = Pattern.compile(
            ".*\\b(speakers|participants|annotators|people|persons|individuals|users|workers|volunteers|respondents"
                    + "|patients|teachers|students|authors|contributors|players|customers)$");

    private static boolean countsPeople(String text) {
        return PEOPLE.matcher(text).matches();
    }

    /**
     * "13B active parameters", "activates 14B parameters", "1B per input token"; an explicit "total"
     * ("out of a total of 142B") wins over an "activates" earlier in the sentence.
     */
    private static boolean active(QuantityPlace place, Sentence s, String text) {
        if (containsAny(text, TOTAL_CUES) || anyWord(s, place.first() - 3, place.first(), TOTAL_CUES)) {
            return false;
        }
        // a member without its own cue shares the one written after the list ("5.5B and 11.3B activated
        // parameters"), but not a cue of an earlier member ("3B activated and 7.5B stored parameters")
        return containsAny(text, ACTIVE_CUES) || text.matches(".*\\bper (\\w+ )?token.*")
                || anyWord(s, place.last() + 1, place.groupLast() + 3, ACTIVE_CUES)
                || Words.is(s, place.groupLast() + 1, "per") && (Words.lower(s, place.groupLast() + 2).startsWith("token")
                        || Words.lower(s, place.groupLast() + 3).startsWith("token"))
                || anyWord(s, place.groupFirst() - 2, place.groupFirst(), ACTIVE_CUES);
    }

    /** "output lengths ranging from 2k to 32k words", "responses of 10k tokens in length": a length, not an amount of data. */
    private static boolean length(QuantityPlace place, Sentence s, String text) {
        return containsAny(text, LENGTH_WORDS) || anyWord(s, place.groupFirst() - 7, place.groupFirst(), LENGTH_WORDS)
                || anyWord(s, place.groupLast() + 1, place.groupLast() + 3, LENGTH_WORDS);
    }

    /** "32k context", "context window of 128K", "a 16K window", "8192 sequence length", "(128K)". */
    private static boolean context(QuantityPlace place, EntityLocations where, String text) {
        Sentence s = where.sentence(place.sentence());
        if (containsAny(text, CONTEXT_CUES) || bareAfterName(place, where, text)) {
            return true;
        }
        if (anyWord(s, place.groupFirst(), place.groupLast() + 3, CONTEXT_CUES)) {
            return true;
        }
        if (contextOfTheSentence(place, s)) {
            return true;
        }
        int words = 0;
        for (int i = place.groupFirst() - 1; i >= 0 && words < 8; i--) {
            EntityLocations.Located l = where.at(place.sentence(), i);
            if (l != null) {
                i = l.first();
                continue;
            }
            words++;
            String w = Words.lower(s, i);
            if (CONTEXT_CUES.contains(w) || w.equals("long")) {
                return true;
            }
            if (w.equals(";") || w.equals("trained") || w.equals("on")) {
                break;
            }
        }
        return false;
    }

    /**
     * "The context window of X can reach up to 1M tokens during training and extrapolate to 4M tokens
     * during inference": a sentence about the context window keeps measuring it until it turns to
     * training data ("trained on").
     */
    private static boolean contextOfTheSentence(QuantityPlace place, Sentence s) {
        for (int i = place.groupFirst() - 1; i >= 0; i--) {
            String w = Words.lower(s, i);
            if (w.equals(";") || w.matches("(pre-?)?train(ed|ing)") && Words.is(s, i + 1, "on", "with", "for")) {
                return false;
            }
            if (w.equals("context") && Words.is(s, i + 1, "window", "length", "size")) {
                return true;
            }
        }
        return false;
    }

    /** "GPT-4 Turbo (128K)", "GLM-4-9B (128K, 1M)": a bare length in parentheses after a model's name. */
    private static boolean bareAfterName(QuantityPlace place, EntityLocations where, String text) {
        if (!BARE_LENGTH.matcher(text).matches()) {
            return false;
        }
        Sentence s = where.sentence(place.sentence());
        int open = place.groupFirst() - 1;
        return Words.is(s, open, "(") && where.at(place.sentence(), open - 1) != null;
    }

    private static boolean containsAny(String text, Set<String> cues) {
        for (String w : text.split("[\\s()]+")) {
            if (cues.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWord(Sentence s, int from, int to, Set<String> cues) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            if (cues.contains(Words.lower(s, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "trained on 2T tokens", "we continue pre-training ... up to 1T tokens", "2T training tokens",
     * "fine-tuned StarCoderBase on 35B Python tokens", "develop from scratch ... using 90B words".
     */
    static boolean trainingCue(QuantityPlace p, Sentence s) {
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

}
