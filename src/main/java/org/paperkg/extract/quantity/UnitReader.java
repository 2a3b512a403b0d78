package org.paperkg.extract.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the unit that follows a number (and its scale): symbols first, then unit nouns. */
final class UnitReader {
    /** "3.2 pp", "3.2 percentage points", "8.3%p" (a spelling common in Korean papers). */
    private static final Pattern PERCENTAGE_POINT = Pattern.compile(
            "(?:[\\h-](?i:percentage|percent)[\\h-](?i:points?)|\\h?(?:pp|p\\.p\\.|%p))(?![A-Za-z])");
    private static final Pattern PERCENT = Pattern.compile(
            "\\h?(?:\\\\%|%|\uFF05)|\\h(?i:percent|per\\h?cent)(?![A-Za-z])");
    /** Metrics that are percentages, whose points after a percentage are percentage points: "8.0% F1 points". */
    private static final String PERCENT_METRIC = "(?:(?:macro|micro)[\\h-]?)?F1|accuracy|EM|recall|precision|AUC";
    /** "5% points" is a difference of percentages, not a percentage; so is "8.0% F1 points". */
    private static final Pattern PERCENT_POINTS = Pattern.compile(
            // "21.3% absolute points", "6% absolute F1 points", "up to 9 % absolute": an absolute difference of percentages
            "\\h?(?i:absolute(?:\\h(?:(?:" + PERCENT_METRIC + ")\\h)?(?:points?|pts?))?"
                    + "|(?:(?:" + PERCENT_METRIC + ")\\h)?(?:points?|pts?))(?![A-Za-z])");
    private static final Pattern ELO = Pattern.compile("\\h?Elo(?:\\h(?i:points?))?(?![A-Za-z])");
    private static final Pattern FOLD = Pattern.compile("\\h?-?\\h?(?i:fold)(?![A-Za-z])");
    /** "5-fold cross-validation", "a 7-point Likert scale": settings of an experiment, not amounts. */
    private static final Pattern PROCEDURE_AFTER = Pattern.compile(
            "[\\h-]+(?i:cross[\\h-]?validat\\w*|CV|Likert|scales?|rating\\h+scales?)(?![A-Za-z])");
    private static final Pattern TIMES = Pattern.compile("\\h?(?i:times)(?![A-Za-z])");
    private static final Pattern MULTIPLY = Pattern.compile("\\h?(?:[xX\u00D7]|\\$?\\\\times\\$?)");
    private static final Pattern LATEX_CLOSE = Pattern.compile("\\h?(?:\\\\\\)|\\$)");
    private static final Pattern DIGIT_NEXT = Pattern.compile("\\h?\\d");
    private static final Pattern GLUED_WORD = Pattern.compile("[A-Za-z]{1,20}(?:-[A-Za-z]{1,20})?(?![A-Za-z0-9])");
    private static final Set<String> COMPARATIVES = Set.of("larger", "smaller", "faster", "slower", "fewer",
            "more", "less", "higher", "lower", "longer", "shorter", "cheaper", "bigger", "greater", "speedup",
            "speed-up", "reduction", "improvement", "compression", "increase", "decrease");
    private static final Pattern BYTES = Pattern.compile(
            "\\h?(?:(?<prefix>[kKMGTPE])(?<binary>i?)B|(?i:(?<word>kilo|mega|giga|tera|peta|exa)?bytes?))(?![A-Za-z])");
    private static final Pattern PER_SECOND = Pattern.compile(
            "(?:\\h?/\\h?s(?:ec)?|ps|\\h(?i:per)\\h(?i:second|sec))(?![A-Za-z])");
    private static final Pattern FLOPS = Pattern.compile(
            "\\h?(?:(?<word>(?i:peta|tera|exa|giga|zetta|yotta))|(?<letter>[PTEGZY]))?-?(?<flop>(?i:flop))(?<s>[sS]?)"
                    + "(?<rate>\\h?/\\h?s(?:ec)?(?![A-Za-z]))?(?:\\h?/\\h?GPU)?(?![A-Za-z])");
    private static final Pattern FLOP_DAYS = Pattern.compile("\\h?-\\h?(?i:days?)(?![A-Za-z])");
    /** "30TF": sustained tera-FLOP/s, written glued to the number. */
    private static final Pattern GLUED_FLOPS = Pattern.compile("(?<letter>[TPE])F(?![A-Za-z])");
    private static final Pattern HERTZ = Pattern.compile("\\h?(?<prefix>[kMG]?)Hz(?![A-Za-z])");
    private static final Pattern FPS = Pattern.compile("\\h?(?i:fps)(?![A-Za-z])");
    private static final Pattern GLUED_DURATION = Pattern.compile("(?<d>ms|s|secs?|h|hrs?|mins?)(?![A-Za-z0-9])");

    private static final Pattern GAP = Pattern.compile("\\h{1,3}");
    private static final Pattern AGO = Pattern.compile("\\h(?i:ago|earlier|later)(?![A-Za-z])");
    private static final Pattern NOUN = Pattern.compile("(?i:"
            + "(?<pp>percentage\\h+points?|points?|pts)"
            + "|(?<param>parameters?|params?|weights)"
            + "|(?<ctx>context(?:[\\h-](?:lengths?|windows?|sizes?))?|sequence[\\h-]lengths?)"
            + "|(?<token>tokens?|morphemes|subwords)"
            + "|(?<gpu>GPUs?|TPUs?(?:[\\h-]?v\\d[a-z]?)?|NPUs?|xPUs?|IPUs?|accelerators?|GCDs?|chips"
            + "|[AHVB]\\d{2,4}[A-Z]{0,3}|T4s?|L4s?|L40S?s?|MI\\d{3}[A-Z]?s?|Gaudi\\d?s?)"
            + "|(?<doc>documents?|docs|papers|web[\\h-]?pages|webpages|articles|books|textbooks|files"
            + "|repositories|repos|patents|publications|posts|tweets|reviews|reports|abstracts|emails|pages|texts|stories"
            + "|threads|passages|notes|poems|essays|speeches|letters|transcriptions)"
            + "|(?<example>examples?|samples?|instances?|dialogues?|dialogs?|conversations?|instructions?|pairs"
            + "|problems?|questions?|prompts?|trajectories|traces|demonstrations|annotations|judge?ments|responses"
            + "|queries|utterances|sentences?|solutions|exercises|puzzles|workflows|captions|transcripts|QAs|statements"
            // items of a dataset that are no documents: "908 amendment–law pairs", "7,706 comments", "32.9k rows"
            + "|claims|interviews|records|entries|answers|turns|messages|comments|paragraphs|rows|preferences"
            + "|arguments|ratings|items|clauses)"
            + "|(?<lang>languages?|dialects|varieties|language[\\h-](?:variants|varieties))"
            + "|(?<word>words|word(?=\\h+(?i:corpus|corpora|datasets?|collection)))"
            + "|(?<image>images|photos|pictures)"
            + "|(?<dur>milliseconds?|ms|msecs?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
            + "|(?<elo>Elo)"
            + "|(?<bits>bits?)"
            + "|(?<other>layers|experts|steps|epochs|iterations|nodes|rollouts|frames|pixels|heads|speakers"
            + "|neurons)"
            + "|(?<model>models?|LLMs?|LMs?|MLLMs?|VLMs?|SLMs?|backbones?|variants?|versions?|checkpoints?|scale"
            + "|sizes?|sized|class|level|encoders?|decoders?|teachers?|students?|networks?|transformers?"
            + "|counterparts?)"
            + "|(?<data>data))(?![A-Za-z0-9])");
    /** Metrics on a scale of their own, not a percentage: their points are the score's own. */
    private static final Pattern UNSCALED_METRIC = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:(?:sp|sacre)?BLEU(?:-?[1-4])?|chrF\\+{0,2}|COMET|METEOR|TER|BLEURT|CIDEr|SARI|MOS)(?![A-Za-z])");
    /** "A100 80GB GPU", "H800 GPU hours", "A100-GPU-hours": what may follow an accelerator name. */
    private static final Pattern GPU_TAIL = Pattern.compile(
            "(?:\\h\\d{2,3}\\h?GB)?(?:[\\h-](?i:GPUs?|accelerators?|cards?))?(?<dur>[\\h-](?i:hours?|hrs?|days?))?"
                    + "(?![A-Za-z])");
    /** "NVIDIA 3090": a bare model number is an accelerator only after a vendor word. */
    private static final Pattern NUMERIC_GPU = Pattern.compile("(?:RTX\\h?)?\\d{4}(?:\\h?Ti)?s?(?![A-Za-z0-9])");
    private static final Set<String> GPU_VENDORS = Set.of("nvidia", "rtx", "geforce", "gtx", "amd", "radeon");
    private static final Pattern TOKEN_TAIL = Pattern.compile(
            "[\\h-](?i:database|dataset|corpus|sequences?|budget|context(?:[\\h-](?:lengths?|windows?))?)(?![A-Za-z])");
    private static final Pattern BITS_TAIL = Pattern.compile("\\h(?i:per)\\h(?i:parameter|param|weight|token)(?![A-Za-z])");
    private static final Pattern MODIFIER = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]{0,30}(?:[-'\u2019][A-Za-z0-9]{1,30}){0,4}(?![A-Za-z0-9])");
    /** At most this many words ("4.2M global time series samples") between number and unit noun. */
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private static final Set<String> PARAMETER_ADJECTIVES = Set.of("total", "active", "activated", "trainable");
    private static final Set<String> DISPLAY_WORDS = Set.of("hd", "uhd", "resolution", "resolutions", "video",
            "videos", "standard", "display", "displays", "monitor", "screen", "screens");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "from", "with", "without", "by", "and", "or", "nor", "but", "than", "as", "is", "are", "was", "were",
            "be", "been", "being", "has", "have", "had", "that", "which", "who", "whose", "this", "these", "those",
            "it", "its", "their", "our", "we", "they", "per", "vs", "versus", "via", "while", "when", "where",
            "using", "used", "use", "uses", "achieves", "achieving", "achieve", "achieved", "outperforms",
            "outperforming", "reaches", "shows", "can", "could", "will", "would", "may", "might", "should", "only",
            "each", "every", "all", "both", "more", "fewer", "less", "up", "down", "about", "over", "under",
            "into", "onto", "across", "through", "between", "among", "after", "before", "during", "within",
            "including", "such", "like", "also", "not", "no", "so", "then", "thus", "respectively", "times",
            "trained", "pretrained", "evaluated", "resolution", "higher", "lower", "larger", "smaller", "faster");

    private final TextCursor cursor;
    private final RankPlaces places;
    private final Matcher percentagePoint;
    private final Matcher unscaledMetric;
    private final Matcher percent;
    private final Matcher percentPoints;
    private final Matcher elo;
    private final Matcher fold;
    private final Matcher procedureAfter;
    private final Matcher times;
    private final Matcher multiply;
    private final Matcher latexClose;
    private final Matcher digitNext;
    private final Matcher gluedWord;
    private final Matcher bytes;
    private final Matcher perSecond;
    private final Matcher flops;
    private final Matcher flopDays;
    private final Matcher gluedFlops;
    private final Matcher hertz;
    private final Matcher fps;
    private final Matcher gluedDuration;
    private final Matcher gap;
    private final Matcher noun;
    private final Matcher gpuTail;
    private final Matcher numericGpu;
    private final Matcher tokenTail;
    private final Matcher bitsTail;
    private final Matcher modifier;
    private final Matcher ago;

    UnitReader(TextCursor cursor) {
        this.cursor = cursor;
        places = new RankPlaces(cursor);
        percentagePoint = cursor.matcher(PERCENTAGE_POINT);
        unscaledMetric = UNSCALED_METRIC.matcher("");
        percent = cursor.matcher(PERCENT);
        percentPoints = cursor.matcher(PERCENT_POINTS);
        elo = cursor.matcher(ELO);
        fold = cursor.matcher(FOLD);
        procedureAfter = cursor.matcher(PROCEDURE_AFTER);
        times = cursor.matcher(TIMES);
        multiply = cursor.matcher(MULTIPLY);
        latexClose = cursor.matcher(LATEX_CLOSE);
        digitNext = cursor.matcher(DIGIT_NEXT);
        gluedWord = cursor.matcher(GLUED_WORD);
        bytes = cursor.matcher(BYTES);
        perSecond = cursor.matcher(PER_SECOND);
        flops = cursor.matcher(FLOPS);
        flopDays = cursor.matcher(FLOP_DAYS);
        gluedFlops = cursor.matcher(GLUED_FLOPS);
        hertz = cursor.matcher(HERTZ);
        fps = cursor.matcher(FPS);
        gluedDuration = cursor.matcher(GLUED_DURATION);
        gap = cursor.matcher(GAP);
        noun = cursor.matcher(NOUN);
        gpuTail = cursor.matcher(GPU_TAIL);
        numericGpu = cursor.matcher(NUMERIC_GPU);
        tokenTail = cursor.matcher(TOKEN_TAIL);
        bitsTail = cursor.matcher(BITS_TAIL);
        modifier = cursor.matcher(MODIFIER);
        ago = cursor.matcher(AGO);
    }

    /** "two years ago" places an event in time rather than measuring a duration. */
    boolean followedByAgo(int end) {
        return cursor.matchAt(ago, end) >= 0;
    }

    /** The unit after the atom's number and scale, which end at from. */
    UnitMatch read(Atom atom, int from) {
        UnitMatch place = places.read(atom, from);
        if (place != null) {
            return place;
        }
        UnitMatch symbol = readSymbol(atom, from);
        if (symbol != null) {
            return symbol;
        }
        char next = cursor.charAt(from);
        if (next == '-' && cursor.isLetter(from + 1)) {
            return readHyphenated(atom, from + 1);
        }
        if (cursor.isHorizontalSpace(from)) {
            return readNounPhrase(atom, from);
        }
        if (atom.scaled() && Character.isLetter(next)) {
            // "500Mparameters", "124Mparameter": a lost space between the scale and its unit
            int end = cursor.matchAt(noun, from);
            if (end >= 0 && (noun.group("param") != null || noun.group("token") != null)) {
                UnitMatch unit = classifyNoun(atom, from, end, true);
                if (unit != null && unit.hasUnit()) {
                    return unit;
                }
            }
        }
        // Letters glued to the number that are no unit: "2nd" (but for a place in a ranking), "3D", "GPT-4o".
        return Character.isLetter(next) ? UnitMatch.reject() : UnitMatch.none(-1);
    }

    private UnitMatch readSymbol(Atom atom, int from) {
        int end;
        if ((end = cursor.matchAt(percentagePoint, from)) >= 0) {
            return UnitMatch.written(Unit.PERCENTAGE_POINT, end);
        }
        if ((end = cursor.matchAt(percent, from)) >= 0) {
            return afterPercent(end);
        }
        if ((end = cursor.matchAt(elo, from)) >= 0) {
            return UnitMatch.written(Unit.SCORE, end);
        }
        if ((end = cursor.matchAt(fold, from)) >= 0) {
            return cursor.matchAt(procedureAfter, end) >= 0 ? UnitMatch.reject() : UnitMatch.written(Unit.FACTOR, end);
        }
        if ((end = cursor.matchAt(times, from)) >= 0) {
            // "1008 times 1008" is a shape; "2.2 times 10^{15}" was read as a literal already.
            if (cursor.matchAt(digitNext, end) >= 0) {
                return UnitMatch.reject();
            }
            // "downloaded over 100,000 times" counts repetitions rather than comparing two amounts.
            return UnitMatch.written(atom.value() >= 1000 ? Unit.OTHER : Unit.FACTOR, end);
        }
        if ((end = cursor.matchAt(multiply, from)) >= 0) {
            return afterMultiply(atom, from, end);
        }
        UnitMatch measured = readMeasurementSymbol(atom, from);
        if (measured != null) {
            return measured;
        }
        if (cursor.isDigit(from - 1) && (end = cursor.matchAt(gluedDuration, from)) >= 0) {
            return gluedDuration(atom, end);
        }
        return null;
    }

    private UnitMatch readMeasurementSymbol(Atom atom, int from) {
        int end;
        if ((end = cursor.matchAt(bytes, from)) >= 0) {
            return byteAmount(end);
        }
        if ((end = cursor.matchAt(flops, from)) >= 0) {
            return flopAmount(atom, end);
        }
        if (cursor.isDigit(from - 1) && (end = cursor.matchAt(gluedFlops, from)) >= 0) {
            return UnitMatch.written(Unit.FLOP_PER_S, end, prefixValue(gluedFlops.group("letter").charAt(0)));
        }
        if ((end = cursor.matchAt(hertz, from)) >= 0) {
            String prefix = hertz.group("prefix");
            return UnitMatch.written(Unit.OTHER, end, prefix.isEmpty() ? 1 : prefixValue(prefix.charAt(0)));
        }
        if ((end = cursor.matchAt(fps, from)) >= 0) {
            return UnitMatch.written(Unit.OTHER, end);
        }
        return null;
    }

    private UnitMatch afterPercent(int end) {
        int pointsEnd = cursor.matchAt(percentPoints, end);
        return pointsEnd >= 0 ? UnitMatch.written(Unit.PERCENTAGE_POINT, pointsEnd) : UnitMatch.written(Unit.PERCENT, end);
    }

    /** "25x", "7.7x faster", "4x NVIDIA A6000" (a GPU count), "8x7B" (a model name), "\(7\times\)". */
    private UnitMatch afterMultiply(Atom atom, int from, int symbolEnd) {
        boolean latex = multiply.group().contains("times"); // "\\times", "$\\times$"
        if (cursor.matchAt(digitNext, symbolEnd) >= 0) {
            return UnitMatch.reject();
        }
        if (latex) {
            int close = cursor.matchAt(latexClose, symbolEnd);
            return UnitMatch.written(Unit.FACTOR, close >= 0 && cursor.charAt(close - 1) == ')' ? close : symbolEnd);
        }
        int gpuStart = cursor.isHorizontalSpace(symbolEnd) ? symbolEnd : -1;
        UnitMatch gpus = cursor.isLetter(symbolEnd) ? readGpuAt(symbolEnd) : null;
        if (gpus == null && gpuStart >= 0) {
            gpus = readNounPhrase(atom, gpuStart);
            if (gpus.unit() != Unit.GPU) {
                gpus = null;
            }
        }
        if (gpus != null) {
            return gpus;
        }
        if (cursor.isLetter(symbolEnd)) {
            int wordEnd = cursor.matchAt(gluedWord, symbolEnd);
            boolean comparative = wordEnd >= 0
                    && COMPARATIVES.contains(cursor.text.substring(symbolEnd, wordEnd).toLowerCase(Locale.ROOT));
            return comparative ? UnitMatch.written(Unit.FACTOR, wordEnd) : UnitMatch.reject();
        }
        if (cursor.isDigit(symbolEnd)) {
            return UnitMatch.reject();
        }
        return UnitMatch.written(Unit.FACTOR, symbolEnd);
    }

    private UnitMatch byteAmount(int end) {
        double factor;
        String prefix = bytes.group("prefix");
        if (prefix != null) {
            boolean binary = !bytes.group("binary").isEmpty();
            factor = binary ? binaryPrefixValue(Character.toUpperCase(prefix.charAt(0)))
                    : prefixValue(Character.toUpperCase(prefix.charAt(0)));
        } else {
            String word = bytes.group("word");
            factor = word == null ? 1 : wordPrefixValue(word.toLowerCase(Locale.ROOT));
        }
        int rateEnd = cursor.matchAt(perSecond, end);
        // Bandwidth ("900 GB/s") measures a rate, which the unit list has no place for.
        return rateEnd >= 0 ? UnitMatch.written(Unit.OTHER, rateEnd, factor) : UnitMatch.written(Unit.BYTE, end, factor);
    }

    /** Counts ("FLOPs", "120 million exaflops") versus rates ("FLOP/s", "15 Petaflops", "TFLOPS"). */
    private UnitMatch flopAmount(Atom atom, int end) {
        String word = flops.group("word");
        String letter = flops.group("letter");
        double prefix = word != null ? wordPrefixValue(word.toLowerCase(Locale.ROOT))
                : letter != null ? prefixValue(letter.charAt(0)) : 1;
        boolean prefixed = word != null || letter != null;
        int daysEnd = cursor.matchAt(flopDays, end);
        if (daysEnd >= 0) {
            return UnitMatch.written(Unit.FLOP, daysEnd, prefix * 86400);
        }
        boolean shouted = flops.group("flop").equals("FLOP") && flops.group("s").equals("S");
        boolean rate = flops.group("rate") != null || shouted
                || (prefixed && atom.scaleKind != Atom.Scale.WORD_LARGE);
        return UnitMatch.written(rate ? Unit.FLOP_PER_S : Unit.FLOP, end, prefix);
    }

    private UnitMatch gluedDuration(Atom atom, int end) {
        // "1990s" is a decade, not 1990 seconds.
        if (atom.yearLike()) {
            return UnitMatch.reject();
        }
        String unit = gluedDuration.group("d");
        double seconds = switch (unit) {
            case "ms" -> 0.001;
            case "h", "hr", "hrs" -> 3600;
            case "min", "mins" -> 60;
            default -> 1;
        };
        return UnitMatch.written(Unit.SECOND, end, seconds);
    }

    /** "7B-parameter", "128-GPU", "10-second", "3.7-point"; anything else glued by a hyphen is a name part. */
    private UnitMatch readHyphenated(Atom atom, int wordStart) {
        int end = cursor.matchAt(noun, wordStart);
        if (end < 0) {
            return UnitMatch.reject();
        }
        UnitMatch unit = classifyNoun(atom, wordStart, end, true);
        return unit == null || !unit.hasUnit() ? UnitMatch.reject() : unit;
    }

    /** Up to three modifiers, then a unit noun: "13B active parameters", "128 H100 GPUs". */
    private UnitMatch readNounPhrase(Atom atom, int from) {
        int first = cursor.matchAt(gap, from);
        if (atom.yearLike() && first >= 0 && Character.isUpperCase(cursor.charAt(first))) {
            return UnitMatch.reject(); // "Nigerian 2023 Election Tweets": a year that names an event
        }
        int position = from;
        int pluralNounEnd = -1;
        String firstWord = "";
        int firstWordEnd = -1;
        String previousWord = "";
        boolean conjunctionSeen = false;
        for (int words = 0; words <= MAX_MODIFIERS; words++) {
            int wordStart = cursor.matchAt(gap, position);
            if (wordStart < 0) {
                break;
            }
            int nounEnd = cursor.matchAt(noun, wordStart);
            if (nounEnd >= 0 && !startsHyphenCompound(nounEnd) && !singularModifier(atom, wordStart, nounEnd)) {
                UnitMatch unit = classifyNoun(atom, wordStart, nounEnd, false);
                return unit != null ? unit : UnitMatch.none(pluralNounEnd);
            }
            if (GPU_VENDORS.contains(previousWord) && (nounEnd = cursor.matchAt(numericGpu, wordStart)) >= 0) {
                return gpuWithTail(nounEnd);
            }
            int wordEnd = cursor.matchAt(modifier, wordStart);
            if (wordEnd < 0) {
                break;
            }
            String word = cursor.text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (words == 0 && displayStandard(atom, word)) {
                return UnitMatch.reject();
            }
            if (CONJUNCTIONS.contains(word) && words > 0 && !conjunctionSeen) {
                // "7 million Chinese and English conversations": one conjunction is free.
                conjunctionSeen = true;
                words--;
                position = wordEnd;
                continue;
            }
            if (STOP_WORDS.contains(word)) {
                break;
            }
            if (words == 0) {
                firstWord = word;
                firstWordEnd = wordEnd;
            }
            if (pluralNounEnd < 0 && looksPlural(word)) {
                pluralNounEnd = wordEnd;
            }
            previousWord = word;
            position = wordEnd;
        }
        return countingAdjective(atom, firstWord) ? UnitMatch.written(Unit.PARAMETER, firstWordEnd)
                : UnitMatch.none(pluralNounEnd);
    }

    /** "4K HD", "8K resolution": a display standard, not thousands of anything. */
    private static boolean displayStandard(Atom atom, String word) {
        return atom.scaleKind == Atom.Scale.SUFFIX_K && atom.number <= 16 && DISPLAY_WORDS.contains(word);
    }

    /** "671B total, 37B activated": parameter counts whose noun is left out. */
    private static boolean countingAdjective(Atom atom, String word) {
        return atom.largeScale() && PARAMETER_ADJECTIVES.contains(word);
    }

    /**
     * "language-specific", "token-level": a singular noun only modifies a longer compound, unless it
     * names hardware ("A100-GPU-hours"). A plural ends the phrase ("72B parameters-and").
     */
    private boolean startsHyphenCompound(int nounEnd) {
        return cursor.charAt(nounEnd) == '-' && cursor.isLetter(nounEnd + 1) && noun.group("gpu") == null
                && Character.toLowerCase(cursor.charAt(nounEnd - 1)) != 's';
    }

    private static boolean looksPlural(String word) {
        return word.length() >= 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") || IRREGULAR_PLURALS.contains(word);
    }

    /** Plurals without an "s": "over 100 million people" counts people, it is no parameter count. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women");

    /**
     * The unit a matched noun gives this atom, or null when the noun ends the phrase without a unit
     * ("3 models": a count of models is no quantity of the list).
     */
    private UnitMatch classifyNoun(Atom atom, int start, int end, boolean hyphenated) {
        if (noun.group("param") != null) {
            return UnitMatch.written(Unit.PARAMETER, end);
        }
        if (noun.group("token") != null) {
            return tokenAmount(end);
        }
        if (noun.group("ctx") != null) {
            return atom.scaled() || atom.number >= 256 ? UnitMatch.written(Unit.TOKEN, end) : null;
        }
        if (noun.group("gpu") != null) {
            return gpuWithTail(end);
        }
        if (noun.group("dur") != null) {
            double seconds = secondsPer(cursor.text.substring(start, end));
            // "5-year disease prediction", "3-month follow-up" name a horizon, not a measured duration.
            return hyphenated && seconds > 86400 ? null : UnitMatch.written(Unit.SECOND, end, seconds);
        }
        if (noun.group("pp") != null) {
            if (hyphenated && cursor.matchAt(procedureAfter, end) >= 0) {
                return null;
            }
            if (atom.scaled() || atom.number > 100) {
                return null;
            }
            // "2.2 BLEU points", "1.4 SacreBLEU points": points of a score that is no percentage are that score; so
            // are those the metric follows in the same phrase ("6 points BLEU", "10 points above on the BLEU score")
            boolean scoreMetric = unscaledMetric.reset(cursor.text).region(atom.end, start).find()
                    || unscaledMetric.reset(cursor.text).region(end, phraseEnd(end, 40)).find();
            return UnitMatch.written(scoreMetric ? Unit.SCORE : Unit.PERCENTAGE_POINT, end);
        }
        if (noun.group("elo") != null) {
            return UnitMatch.written(Unit.SCORE, end);
        }
        if (noun.group("model") != null) {
            return modelNoun(atom, end);
        }
        if (hyphenated) {
            // "4-bit", "3-layer", "5-sample" are settings of a method, not amounts.
            return hyphenatedCount(atom, end);
        }
        return countNoun(atom, end);
    }

    /** Where the phrase after {@code from} ends: at a clause's punctuation or the next number, or {@code max} chars on. */
    private int phraseEnd(int from, int max) {
        int limit = Math.min(cursor.text.length(), from + max);
        for (int k = from; k < limit; k++) {
            char c = cursor.text.charAt(k);
            if (c == ',' || c == ';' || c == '.' || c == ')' || c == '(' || Character.isDigit(c)) {
                return k;
            }
        }
        return limit;
    }

    private boolean isPlural(int start, int end) {
        char last = Character.toLowerCase(cursor.charAt(end - 1));
        return last == 's' || cursor.text.regionMatches(true, start, "data", 0, 4);
    }

    /**
     * "7B model" is a model size; "7k new checkpoints" or "59 models" a count of models; "3 models"
     * nothing (a list count).
     */
    private UnitMatch modelNoun(Atom atom, int end) {
        if (atom.largeScale()) {
            return new UnitMatch(Unit.PARAMETER, end, 1, UnitMatch.Kind.MODEL_NOUN);
        }
        boolean collection = atom.bareInteger && !atom.spelledOut && atom.number >= 10 && !atom.yearLike()
                && Character.toLowerCase(cursor.charAt(end - 1)) == 's';
        return atom.scaled() || collection ? UnitMatch.written(Unit.OTHER, end) : null;
    }

    private UnitMatch hyphenatedCount(Atom atom, int end) {
        if (noun.group("example") != null) {
            // "a 1200-sentence benchmark", "106k-instance" count data; "5-sample", "3-sentence summaries" set a size
            return atom.scaled() || atom.number >= 100 ? UnitMatch.written(Unit.EXAMPLE, end) : null;
        }
        if (noun.group("doc") != null) {
            return UnitMatch.written(Unit.DOCUMENT, end);
        }
        if (noun.group("lang") != null) {
            return UnitMatch.written(Unit.LANGUAGE, end);
        }
        return null;
    }

    /** A singular count noun modifies the next word: "200 language models", "1.8 trillion prompt tokens". */
    private boolean singularModifier(Atom atom, int start, int end) {
        boolean countable = noun.group("doc") != null || noun.group("example") != null || noun.group("lang") != null;
        return countable && !isPlural(start, end) && atom.value() != 1;
    }

    private UnitMatch countNoun(Atom atom, int end) {
        if (noun.group("doc") != null) {
            return UnitMatch.written(Unit.DOCUMENT, end);
        }
        if (noun.group("example") != null) {
            return UnitMatch.written(Unit.EXAMPLE, end);
        }
        if (noun.group("lang") != null) {
            return UnitMatch.written(Unit.LANGUAGE, end);
        }
        if (noun.group("word") != null) {
            return UnitMatch.written(Unit.WORD, end);
        }
        if (noun.group("image") != null) {
            return UnitMatch.written(Unit.IMAGE, end);
        }
        if (noun.group("bits") != null) {
            int perEnd = cursor.matchAt(bitsTail, end);
            return UnitMatch.written(Unit.OTHER, perEnd >= 0 ? perEnd : end);
        }
        if (noun.group("other") != null) {
            return UnitMatch.written(Unit.OTHER, end);
        }
        // "5B synthetic data" is a token count, "58k chat data" a count of examples.
        if (atom.scaleKind == Atom.Scale.SUFFIX_B || atom.scaleKind == Atom.Scale.SUFFIX_T
                || (atom.scaleKind == Atom.Scale.WORD_LARGE && atom.scale >= 1e9)) {
            return UnitMatch.written(Unit.TOKEN, end);
        }
        // "6,000 SFT data" counts examples; "the 2023 data" is a date.
        return atom.scaled() || (atom.number >= 100 && !atom.yearLike()) ? UnitMatch.written(Unit.EXAMPLE, end) : null;
    }

    private UnitMatch tokenAmount(int end) {
        int rateEnd = cursor.matchAt(perSecond, end);
        if (rateEnd >= 0) {
            int perGpu = cursor.text.startsWith("/GPU", rateEnd) ? rateEnd + 4 : rateEnd;
            return UnitMatch.written(Unit.OTHER, perGpu);
        }
        int tailEnd = cursor.matchAt(tokenTail, end);
        return UnitMatch.written(Unit.TOKEN, tailEnd >= 0 ? tailEnd : end);
    }

    private UnitMatch readGpuAt(int start) {
        int end = cursor.matchAt(noun, start);
        return end >= 0 && noun.group("gpu") != null ? gpuWithTail(end) : null;
    }

    /**
     * Accelerator counts. Accelerator time ("59.4K H100 GPU hours") is a compute budget, not a
     * duration: it stays "other", counted in GPU hours as written.
     */
    private UnitMatch gpuWithTail(int end) {
        int tailEnd = cursor.matchAt(gpuTail, end);
        if (tailEnd < 0) {
            return UnitMatch.written(Unit.GPU, end);
        }
        return UnitMatch.written(gpuTail.group("dur") != null ? Unit.OTHER : Unit.GPU, tailEnd);
    }

    static double secondsPer(String durationWord) {
        String word = durationWord.toLowerCase(Locale.ROOT);
        if (word.startsWith("milli") || word.startsWith("ms")) {
            return 0.001;
        }
        if (word.startsWith("min")) {
            return 60;
        }
        if (word.startsWith("h")) {
            return 3600;
        }
        if (word.startsWith("d")) {
            return 86400;
        }
        if (word.startsWith("w")) {
            return 604800;
        }
        if (word.startsWith("mo")) {
            return 30 * 86400;
        }
        if (word.startsWith("y")) {
            return 365 * 86400;
        }
        return 1;
    }

    static double prefixValue(char prefix) {
        return switch (prefix) {
            case 'K', 'k' -> 1e3;
            case 'M' -> 1e6;
            case 'G' -> 1e9;
            case 'T' -> 1e12;
            case 'P' -> 1e15;
            case 'E' -> 1e18;
            case 'Z' -> 1e21;
            case 'Y' -> 1e24;
            default -> 1;
        };
    }

    private static double binaryPrefixValue(char prefix) {
        return switch (prefix) {
            case 'K' -> 0x1p10;
            case 'M' -> 0x1p20;
            case 'G' -> 0x1p30;
            case 'T' -> 0x1p40;
            case 'P' -> 0x1p50;
            case 'E' -> 0x1p60;
            default -> 1;
        };
    }

    private static double wordPrefixValue(String word) {
        return switch (word) {
            case "kilo" -> 1e3;
            case "mega" -> 1e6;
            case "giga" -> 1e9;
            case "tera" -> 1e12;
            case "peta" -> 1e15;
            case "exa" -> 1e18;
            case "zetta" -> 1e21;
            case "yotta" -> 1e24;
            default -> 1;
        };
    }
}
