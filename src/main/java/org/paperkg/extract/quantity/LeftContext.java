package org.paperkg.extract.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.nlp.Metrics;

/** What the text before a number says about it: glued to a name, a sign, a score, a training amount. */
final class LeftContext {
    /** How far back the phrase tests look. */
    private static final int SPAN = 60;
    private static final int MAX_NAME_TOKEN = 40;

    /** The symbols of a correlation or an agreement: Pearson's r, Spearman's ρ, Kendall's τ, Cohen's κ. */
    private static final String CORRELATION_SYMBOLS = "r\u03C1\u03C4\u03BA";

    private static final Pattern SCORE_CUE = Pattern.compile("\\b(?:(?i:score[sd]?|scoring|rating|perplexity"
            + "|accurac(?:y|ies)|win\\h+rate|exact\\h+match|precision|recall|kappa(?:\\h+value)?"
            // "a Spearman correlation of 0.4983", "Cohen's kappa agreement of 0.63", "a Pearson correlation of r=0.59"
            + "|correlations?|coefficients?|agreement"
            // "mean reciprocal rank of 65.69", "an average hit rate of 51.11", "a cosine similarity of 0.87"
            + "|reciprocal\\h+rank|hit\\h+rate|similarity)|" + Metrics.ACRONYMS
            // "r = 0.59", "r ≈ 0.93", "Spearman ρ = 0.62", "Kendall's τ = 0.31", "κ = 0.71"
            + "|(?<![A-Za-z])[" + CORRELATION_SYMBOLS + "](?=\\h*[=\u2248]))"
            // "Recall@10 of 0.34", "nDCG@10 to 0.27": a cut-off after the metric
            + "(?:@\\d{1,3})?"
            // "F1-macro is 0.08", "F1-micro of"
            + "(?i:-(?:macro|micro|weighted))?"
            // "macro average F1 score : 0.35": a colon, with or without a space before it
            + "(?i:(?:\\)|\\h\\([A-Za-z0-9@-]{1,12}\\))?(?:\\h?:)?"
            // "a COMET score gain of 0.04", "Recall@10 rose to 0.60": how the score moved
            + "(?i:\\h+(?:gains?|improvements?|increases?|rose|rises|increased|improved|dropped|fell))?"
            // "the best macro average F1-score achieved was 0.82"
            + "(?i:\\h+(?:achieved|obtained|attained|reported)(?=\\h+(?:was|is)\\b))?"
            // "F1=0.87", "COMET = 0.589", "an accuracy equal to 0.754", "LAS ranging from 82.89"
            + "(?i:\\h*[=\u2248]|\\h+(?:equal\\h+to|equals|of|to|from|at|is|was|reaches|reached|exceeding|exceeds"
            + "|ranging\\h+from|ranges\\h+from))?"
            // "an accuracy of more than 25 points"
            + "(?i:\\h+(?:about|approximately|around|only|just|nearly|over|above|below|almost|roughly"
            + "|more\\h+than|less\\h+than|up\\h+to|at\\h+least))?\\h*)$");
    /** "recall at 1", "precision at 10": the number after "at" is where the ranking is cut. */
    private static final Pattern RANK_CUTOFF = Pattern.compile("(?i:\\b(?:precision|recall|hits|accuracy)\\h+at\\h*)$");
    /** "a training loss of 1.70": a loss is a measurement, not a benchmark score. */
    private static final Pattern LOSS_CUE = Pattern.compile("(?i:\\bloss(?:es)?\\h+(?:of|is|was|reaches|reached"
            + "|to)\\h+(?:(?:about|approximately|around|only|just|nearly)\\h+)?)$");
    /** "Magistral Medium's 50.3", "its base model's 0.0": a bare result owned by a model. */
    private static final Pattern POSSESSIVE = Pattern.compile("[A-Za-z0-9)]['\u2019]s\\h$");
    private static final Pattern TRAINING_CUE = Pattern.compile("(?i:\\b(?:trained|pre-?trained|pre-?training"
            + "|training|continued\\h+pre-?training)\\h+(?:on|for|with)\\h+(?:(?:about|approximately|over|only"
            + "|just|nearly|roughly)\\h+|up\\h+to\\h+)?)$");
    private static final Pattern FACTOR_CUE = Pattern.compile("(?i:\\b(?<f>factor)\\h+of\\h+(?:(?:about"
            + "|approximately|over|nearly|roughly)\\h+|up\\h+to\\h+)?)$");
    /** "context length from 16K to 128K", "languages from 86 to 338": the unit precedes the range. */
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?i:\\b(?:(?<param>parameters|parameter\\h+counts?"
            + "|model\\h+sizes?)|(?<token>tokens|context(?:\\h+(?:lengths?|windows?|sizes?))?|sequence\\h+lengths?)"
            + "|(?<lang>languages))\\h+(?:(?:ranging\\h+)?from|of|between|up\\h+to|to)\\h+)$");
    private static final Pattern MONEY = Pattern.compile("(?:\\\\?\\$|US\\$|\u20AC|\u00A3)$");
    /** "over the past two years" is a period of time, not a measured duration. */
    private static final Pattern PERIOD_CUE = Pattern.compile("(?i:\\b(?:past|last|next|recent|coming|previous)\\h+)$");
    private static final Pattern SHAPE_SIDE = Pattern.compile("\\d\\h?(?:[xX\u00D7]|\\\\times|times)\\h?$");
    /** Words that can directly precede the number in the cue phrases above. */
    private static final Set<String> SCORE_LINKS = Set.of("of", "to", "from", "at", "is", "was", "reaches", "equals",
            "reached", "exceeding", "exceeds", "about", "approximately", "around", "only", "just", "nearly", "over",
            "above", "below", "almost", "roughly", "than");
    private static final Set<String> SCORE_WORDS = Set.of("score", "scores", "scored", "scoring", "rating",
            "perplexity", "accuracy", "accuracies", "rate", "match", "precision", "recall", "correlation",
            "correlations", "coefficient", "coefficients", "agreement", "kappa");
    private static final Set<String> AMOUNT_LINKS = Set.of("on", "for", "with", "of", "to", "about",
            "approximately", "over", "only", "just", "nearly", "roughly");
    private static final Set<String> RANGE_LINKS = Set.of("from", "of", "between", "to");
    /** "in 2088 on ..." would still be a year; these words announce one. */
    private static final Set<String> YEAR_WORDS = Set.of("in", "since", "by", "until", "of", "from", "early",
            "late", "mid", "during", "before", "after", "year");
    /** Capitalised words that are no names although they are not at a sentence start. */
    private static final Set<String> CAPITALISED_COMMON = Set.of("a", "an", "the", "our", "its", "their", "this",
            "these", "with", "for", "in", "on", "at", "from", "to", "by", "of", "and", "or", "each", "both", "all",
            "only", "using", "over", "under", "about", "approximately", "around", "nearly", "up", "than", "just",
            "some", "many", "first", "we", "it", "i", "across", "train", "training", "trained", "scaling",
            "scale", "towards", "toward", "into", "beyond", "achieving", "achieves", "reaching");

    private final TextCursor cursor;
    private final Matcher scoreCue;
    private final Matcher rankCutoff;
    private final Matcher trainingCue;
    private final Matcher lossCue;
    private final Matcher possessive;
    private final Matcher factorCue;
    private final Matcher unitBefore;
    private final Matcher money;
    private final Matcher periodCue;
    private final Matcher shapeSide;

    LeftContext(TextCursor cursor) {
        this.cursor = cursor;
        scoreCue = cursor.matcher(SCORE_CUE);
        rankCutoff = cursor.matcher(RANK_CUTOFF);
        trainingCue = cursor.matcher(TRAINING_CUE);
        lossCue = cursor.matcher(LOSS_CUE);
        possessive = cursor.matcher(POSSESSIVE);
        factorCue = cursor.matcher(FACTOR_CUE);
        unitBefore = cursor.matcher(UNIT_BEFORE);
        money = cursor.matcher(MONEY);
        periodCue = cursor.matcher(PERIOD_CUE);
        shapeSide = cursor.matcher(SHAPE_SIDE);
    }

    /**
     * Where the mention text starts, with a sign if one is written; -1 when the number is glued to
     * something that makes it part of a name, version, exponent or identifier.
     *
     * @param previousEnd end of the previous number, so that "17M-170M" stays a range while
     *                    "Llama-2-7B" stays a name
     */
    int textStart(int numberStart, int previousEnd) {
        int start = numberStart;
        char before = cursor.charAt(start - 1);
        if (before == '+' && !cursor.isLetterOrDigit(start - 2)) {
            start--;
        } else if ((before == '-' || before == '\u2212') && startsSignedNumber(start - 1)) {
            start--;
        }
        return gluedToSomething(start, previousEnd) ? -1 : start;
    }

    private boolean startsSignedNumber(int signIndex) {
        char before = cursor.charAt(signIndex - 1);
        return signIndex == 0 || before == '(' || before == '[' || Character.isWhitespace(before);
    }

    private boolean gluedToSomething(int start, int previousEnd) {
        char before = cursor.charAt(start - 1);
        if (secondSideOfShape(start)) {
            return true;
        }
        if (Character.isLetterOrDigit(before)) {
            return !afterApproximation(start);
        }
        switch (before) {
            case '_', '^', '#', '@', '\\' -> {
                return true;
            }
            case '{' -> {
                char command = cursor.charAt(start - 2);
                return command == '^' || command == '_' || Character.isLetter(command);
            }
            case '.', ':' -> {
                return cursor.isLetterOrDigit(start - 2);
            }
            case '-', '\u2013', '/' -> {
                return cursor.isLetterOrDigit(start - 2) && previousEnd != start - 1 && !afterApproximation(start);
            }
            default -> {
                return false;
            }
        }
    }

    /** "1500 x 1500 pixels", "1008times 1008": the second side of a shape is no amount either. */
    private boolean secondSideOfShape(int start) {
        return cursor.matchesBefore(shapeSide, start, 12);
    }

    /** "\sim4.4 million" (or "sim4.4" once the backslash is lost) is an approximation, not a name. */
    private boolean afterApproximation(int start) {
        String text = cursor.text;
        for (String cue : new String[] {"sim", "approx", "sub-", "over-"}) {
            int cueStart = start - cue.length();
            if (cueStart >= 0 && text.startsWith(cue, cueStart) && !cursor.isLetterOrDigit(cueStart - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number is the size or version part of a model name: "Mistral 7B", "Llama 2",
     * "SOLAR 10.7B", "Llama 2 70B" (after a version number), "Table 3".
     */
    boolean namePart(int start, Atom previous) {
        if (!cursor.isHorizontalSpace(start - 1) || cursor.isHorizontalSpace(start - 2)) {
            return false;
        }
        if (previous != null && previous.end == start - 1) {
            return previous.nameBound || (!previous.scaled() && previous.unit == null && !previous.year);
        }
        int tokenEnd = start - 1;
        int tokenStart = tokenEnd;
        while (tokenStart > 0 && tokenEnd - tokenStart < MAX_NAME_TOKEN && isNameChar(cursor.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = cursor.text.substring(tokenStart, tokenEnd);
        return tokenStart < tokenEnd && nameLike(token, tokenStart) && !scoreWord(token.toLowerCase(Locale.ROOT));
    }

    /** Whether the digits at {@code start} go on with a decimal point and a digit. */
    private boolean decimalAt(int start) {
        int k = start;
        while (k < cursor.length && Character.isDigit(cursor.charAt(k))) {
            k++;
        }
        return k > start && cursor.charAt(k) == '.' && Character.isDigit(cursor.charAt(k + 1));
    }

    /**
     * A score word, alone or as the head of a metric's hyphenated name: "F1-scores 0.77 and 0.88", "an F-score
     * 0.686", "f1-score (0.52)". Such a word before a number is no model's name.
     */
    private static boolean scoreWord(String lowerCaseWord) {
        return SCORE_WORDS.contains(lowerCaseWord.substring(lowerCaseWord.lastIndexOf('-') + 1));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_';
    }

    private boolean nameLike(String token, int tokenStart) {
        String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (Metrics.isAcronym(word)) {
            return false; // "ROUGE-1 49.17", "BLEU 31.2": the number is the metric's value, not part of a name
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !CAPITALISED_COMMON.contains(word.toLowerCase(Locale.ROOT)) && !sentenceInitial(tokenStart);
    }

    private boolean sentenceInitial(int tokenStart) {
        int i = tokenStart - 1;
        while (i >= 0 && Character.isWhitespace(cursor.charAt(i)) && tokenStart - i < 4) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = cursor.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '|' || c == '"' || c == '\n'
                || Character.isWhitespace(c);
    }

    /** "a score of 1356", "perplexity of 15.8", "accuracy to 73.1". */
    boolean scoreCue(int start) {
        start = beforeBracketAfterMetric(beforeApproximationSign(start));
        String word = previousWord(start);
        if (word.isEmpty()) {
            // "strict F1: 0.378": the metric names the number across a colon
            word = wordBefore(start, ':');
        }
        if (word.isEmpty()) {
            // "F1=0.87", "COMET = 0.589", "(r=0.51)": a correlation's symbol counts only before "="
            word = wordBefore(start, '=');
            if (correlationSymbol(word)) {
                return cursor.matchesBefore(scoreCue, start, SPAN);
            }
        }
        if (word.equals("at") && cursor.matchesBefore(rankCutoff, start, SPAN)) {
            return false; // "recall at 1", "precision at 10": a rank cut-off, not a result
        }
        return (SCORE_LINKS.contains(word) || scoreWord(word) || Metrics.isAcronymIgnoringCase(word)
                || correlationSymbol(word)) && cursor.matchesBefore(scoreCue, start, SPAN);
    }

    /** Whether the word is the symbol of a correlation or an agreement, which names a score before "=" or "≈". */
    private static boolean correlationSymbol(String word) {
        return word.length() == 1 && CORRELATION_SYMBOLS.indexOf(word.charAt(0)) >= 0;
    }

    /** "a training loss of 1.70". */
    boolean lossCue(int start) {
        start = beforeApproximationSign(start);
        return SCORE_LINKS.contains(previousWord(start)) && cursor.matchesBefore(lossCue, start, SPAN);
    }

    /** "Magistral Medium's 50.3". */
    boolean afterPossessive(int start) {
        return cursor.matchesBefore(possessive, start, 4);
    }

    /** "trained on 2T" is a token amount, not a model size. */
    boolean trainingCue(int start) {
        start = beforeApproximationSign(start);
        return AMOUNT_LINKS.contains(previousWord(start)) && cursor.matchesBefore(trainingCue, start, SPAN);
    }

    /** Start of "factor of" before the number, or -1. */
    int factorCueStart(int start) {
        start = beforeApproximationSign(start);
        return AMOUNT_LINKS.contains(previousWord(start)) && cursor.matchesBefore(factorCue, start, SPAN)
                ? factorCue.start("f") : -1;
    }

    /** The unit named just before the number ("tokens from 1.6B to 30B"), or null. */
    Unit unitBefore(int start) {
        start = beforeApproximationSign(start);
        if (!RANGE_LINKS.contains(previousWord(start)) || !cursor.matchesBefore(unitBefore, start, SPAN)) {
            return null;
        }
        if (unitBefore.group("param") != null) {
            return Unit.PARAMETER;
        }
        return unitBefore.group("token") != null ? Unit.TOKEN : Unit.LANGUAGE;
    }

    /**
     * "an F1 score of ∼0.8", "accuracy of ~ 80%", "trained on ≈2T tokens": the phrase that names the
     * number ends before an approximation sign (and the space after it). The position of the sign, or
     * {@code start} when there is none.
     */
    private int beforeApproximationSign(int start) {
        int i = start;
        while (i > 0 && start - i < 2 && cursor.isHorizontalSpace(i - 1)) {
            i--;
        }
        char c = cursor.charAt(i - 1);
        if (i >= 7 && cursor.text.regionMatches(true, i - 7, "approx.", 0, 7)) {
            return i - 7; // "an average F1 score of approx. 0.86"
        }
        return c == '~' || c == '\u223C' || c == '\u2248' ? i - 1 : start;
    }

    /**
     * "the highest F1 score (0.944 using ...)": a number that opens a bracket right after its metric is
     * named by it. The position of the bracket when a score word or metric precedes it, else {@code start}.
     */
    private int beforeBracketAfterMetric(int start) {
        if (cursor.charAt(start - 1) != '(' || !cursor.isHorizontalSpace(start - 2)) {
            return start;
        }
        String word = previousWord(start - 2);
        // a hyphenated score word only before a decimal: "f1-score (0.52)", not "F1-score (2^{st} rank)"
        boolean metric = SCORE_WORDS.contains(word) || Metrics.isAcronymIgnoringCase(word) || scoreWord(word) && decimalAt(start);
        return metric ? start - 1 : start;
    }

    /** Start of a currency sign right before the number ("$7,800", "\\$148K"), or -1. */
    int moneyStart(int start) {
        return cursor.matchesBefore(money, start, 3) ? money.start() : -1;
    }

    /** "past two years", "last 5 months". */
    boolean periodCue(int start) {
        return cursor.matchesBefore(periodCue, start, 20);
    }

    /**
     * The lower-cased word right before the number, or "". The phrase regexes run only when this
     * word can end their phrase, which keeps long runs of bare numbers cheap.
     */
    private String previousWord(int start) {
        int wordEnd = start;
        while (wordEnd > 0 && start - wordEnd < 3 && cursor.isHorizontalSpace(wordEnd - 1)) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 12 && isCueChar(cursor.charAt(wordStart - 1))) {
            wordStart--;
        }
        return cursor.text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
    }

    /** The word before a mark ("F1:", "F1 =") and spaces that end right before start, or "" when no such mark is there. */
    private String wordBefore(int start, char mark) {
        int at = start;
        while (at > 0 && start - at < 3 && cursor.isHorizontalSpace(at - 1)) {
            at--;
        }
        return at > 0 && cursor.charAt(at - 1) == mark ? previousWord(at - 1) : "";
    }


    private static boolean isCueChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '-';
    }

    /** "in 2025", "since 2019": the word before a number that makes it a date. */
    boolean afterYearWord(int start) {
        int wordEnd = start;
        while (wordEnd > 0 && start - wordEnd < 3 && cursor.isHorizontalSpace(wordEnd - 1)) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 10 && cursor.isLetter(wordStart - 1)) {
            wordStart--;
        }
        return wordStart < wordEnd
                && YEAR_WORDS.contains(cursor.text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }
}
