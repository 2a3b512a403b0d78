package org.paperkg.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.nlp.NumberWords;

/** One run of the finder over one text: reads every number into an {@link Atom}, then resolves lists. */
final class FinderPass {
    /**
     * A number literal: thousands separators only in groups of three ("10,000", not "1,2"); a space after
     * the comma only before "000" ("∼4, 000 messages", as text extracted from a PDF has it), which no list
     * of numbers has.
     */
    private static final Pattern DIGITS = Pattern.compile(
            // "77,9%": a decimal comma, read only before a percent sign, where a list ("Tasks 1,2") cannot stand
            "(?<decimalComma>\\d{1,3},\\d{1,2})(?=\\h?%)"
            // "55 329 documents", "87 210 364 words": groups of three set apart by spaces, as French and Ukrainian
            // write them, before a word or a mark; not "5 000-token", and no list of numbers ("16 32 64")
            + "|[1-9]\\d{0,2}(?:\\h\\d{3}){1,4}(?![\\d.,-])"
            + "(?=\\h?[\\p{L}%)]|[;:,.)](?!\\d)|$)"
            + "|\\d{1,3}(?:,(?:\\h(?=000(?!\\d)))?\\d{3}){1,6}(?!\\d)(?:\\.\\d{1,12})?|\\d{1,20}(?:\\.\\d{1,12})?");
    /** URLs, identifiers and LaTeX references: digits in them are never amounts. */
    private static final Pattern OPAQUE = Pattern.compile(
            "(?i:https?://|www\\.)[^\\s<>\"')\\]]{1,300}"
                    + "|\\\\(?:cite[a-z]{0,8}|ref|eqref|autoref|label|url|href|includegraphics)\\{[^{}]{0,300}\\}"
                    + "|\\b(?i:arxiv|doi):\\h?[^\\s,;]{1,100}"
                    + "|\\b[A-Za-z0-9-]{1,60}+\\.(?:com|org|io|ai|net|edu|dev)/[^\\s)\\]]{0,300}");
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "\\h?(?:\\\\times|\u00D7|x|times)\\h?10\\h?\\^\\h?\\{?\\h?(?<exp>[-\u2212]?\\d{1,2})\\h?\\}?"
                    + "|[eE](?<exp2>[-+]?\\d{1,2})(?!\\d)"
                    + "|(?<=(?<![\\d.])10)\\^\\{?(?<exp3>[-\u2212]?\\d{1,2})\\}?");
    private static final Pattern SCALE_SUFFIX = Pattern.compile(
            "(?:(?<strong>[KkMBT])|(?<bn>bn)|(?<weak>[mb]))(?![A-Za-z0-9])"
                    // "500Mparameters": a lost space before the unit
                    + "|(?<glued>[KMBT])(?=(?i:parameters?|params|tokens)(?![A-Za-z]))");
    private static final Pattern SCALE_WORD = Pattern.compile(
            "(?:\\h{1,2}|\\h?-\\h?)(?i:(?<hundred>hundred)(?:[\\h-](?<after>thousand|million|billion|trillion))?"
                    + "|(?<big>thousand|million|billion|trillion)(?<plural>s(?:\\h+of)?)?)(?![A-Za-z])"
                    + "(?:\\h?\\((?:[KMBT]|(?i:thousand|million|billion|trillion))\\))?");
    private static final Pattern PLUS = Pattern.compile("\\+(?![\\d+])");
    /** "less than a day", "within an hour": a bound before "a"/"an" and a duration makes the article one. */
    private static final Pattern ARTICLE_BOUND = Pattern.compile("(?i:\\b(?:less\\h+than|more\\h+than|under|within"
            + "|over|about|around|nearly|roughly|approximately)\\h+)$");
    private static final Pattern ARTICLE_DURATION = Pattern.compile(
            "\\h+(?i:second|minute|hour|day|week|month|year)(?![A-Za-z])");
    /** "more than a thousand agents", "a million tokens"; not "a trillion-parameter model" (a scale, no amount). */
    private static final Pattern ARTICLE_SCALE = Pattern.compile(
            "\\h+(?:hundred|thousand|million|billion|trillion)(?![A-Za-z-])");
    /** "1/3 of the energy": a simple fraction of something is a factor. */
    private static final Pattern FRACTION_OF = Pattern.compile("/(?<den>[2-9]|10)\\h+of(?![A-Za-z])");

    private final TextCursor cursor;
    private final LeftContext left;
    private final UnitReader units;
    private final ScoreCues scoreCues;
    private final Matcher scientific;
    private final Matcher scaleSuffix;
    private final Matcher scaleWord;
    private final Matcher per;
    private final Matcher plus;
    private final Matcher digits;
    private final Matcher articleBound;
    private final Matcher articleDuration;
    private final Matcher articleScale;
    private final Matcher fractionOf;
    private final List<Atom> atoms = new ArrayList<>();
    private final List<int[]> opaque = new ArrayList<>();
    private int opaqueIndex;

    FinderPass(String text) {
        cursor = new TextCursor(text);
        left = new LeftContext(cursor);
        units = new UnitReader(cursor);
        scoreCues = new ScoreCues(cursor, left);
        scientific = cursor.matcher(SCIENTIFIC);
        scaleSuffix = cursor.matcher(SCALE_SUFFIX);
        scaleWord = cursor.matcher(SCALE_WORD);
        per = cursor.matcher(PER);
        plus = cursor.matcher(PLUS);
        digits = cursor.matcher(DIGITS);
        articleBound = cursor.matcher(ARTICLE_BOUND);
        articleDuration = cursor.matcher(ARTICLE_DURATION);
        articleScale = cursor.matcher(ARTICLE_SCALE);
        fractionOf = cursor.matcher(FRACTION_OF);
        beforeLeadingPoint = cursor.matcher(BEFORE_LEADING_POINT);
    }

    List<QuantityMention> run() {
        findOpaqueSpans();
        scanNumbers();
        new ListResolver(cursor, atoms).resolve();
        return mentions();
    }

    /**
     * Visits every digit literal and every spelled-out number word once, left to right. A hand-written
     * scan because a regex alternation of number words would be tried at every character.
     */
    private void scanNumbers() {
        String text = cursor.text;
        int consumedUntil = 0;
        int position = 0;
        while (position < cursor.length) {
            char c = text.charAt(position);
            int start = position;
            int end;
            boolean spelledOut = false;
            boolean decimalComma = false;
            if (c == '.' && leadingPoint(position)) {
                // "an F1 score of .704", "(r = .66)": a decimal written without its zero, its digits alone after the
                // point (".12.5" or ".5 000" is no number)
                end = cursor.matchAt(digits, position + 1);
                if (end < 0 || !allDigits(cursor.text.substring(position + 1, end))) {
                    end = -1;
                }
                position = Math.max(end, position + 1);
            } else if (c >= '0' && c <= '9') {
                end = cursor.matchAt(digits, position);
                decimalComma = end >= 0 && digits.group("decimalComma") != null;
                position = end;
            } else if (Character.isLetter(c)) {
                position = endOfLetters(position);
                end = numberWordEnd(start, position);
                spelledOut = true;
            } else {
                position++;
                continue;
            }
            if (end > start && start >= consumedUntil && !insideOpaque(start)) {
                Atom atom = readAtom(start, end, spelledOut, decimalComma);
                if (atom != null) {
                    atoms.add(atom);
                    consumedUntil = atom.end;
                    position = Math.max(position, consumedUntil);
                }
            }
        }
    }

    /** Words and marks after which a point opens a decimal: "of .704", "= .66", "(.52)"; not a full stop. */
    private static final Pattern BEFORE_LEADING_POINT = Pattern.compile("(?:[=(\u2248~]|\\b(?i:of|is|was|were|at|to|and|from))\\h?$");
    private final Matcher beforeLeadingPoint;

    /** Whether the point at {@code position} opens a decimal without its zero: digits after it, a cue before it. */
    private boolean leadingPoint(int position) {
        return cursor.isDigit(position + 1) && !cursor.isDigit(position - 1) && !cursor.isLetter(position - 1)
                && cursor.matchesBefore(beforeLeadingPoint, position, 8);
    }

    /** Whether the literal is digits and nothing else: no separator, point or sign. */
    private static boolean allDigits(String literal) {
        return literal.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private int endOfLetters(int position) {
        while (position < cursor.length && Character.isLetter(cursor.text.charAt(position))) {
            position++;
        }
        return position;
    }

    /** End of the number word starting at wordStart ("three", "twenty-five"), or -1. */
    private int numberWordEnd(int wordStart, int wordEnd) {
        int length = wordEnd - wordStart;
        if (length <= 2 && articleAsOne(wordStart, wordEnd)) {
            return wordEnd;
        }
        if (length < 3 || length > 9 || !NumberWords.mayStart(cursor.text.charAt(wordStart))) {
            return -1;
        }
        String word = cursor.text.substring(wordStart, wordEnd);
        if (NumberWords.valueOf(word) < 0) {
            return -1;
        }
        if (cursor.charAt(wordEnd) == '-' && NumberWords.isTens(word)) {
            int unitsEnd = endOfLetters(wordEnd + 1);
            if (NumberWords.isDigitWord(cursor.text.substring(wordEnd + 1, unitsEnd))) {
                return unitsEnd;
            }
        }
        return wordEnd;
    }

    /** "less than a day", "within an hour": the article counts one duration unit after a bound. */
    private boolean articleAsOne(int wordStart, int wordEnd) {
        String word = cursor.text.substring(wordStart, wordEnd);
        if (!word.equals("a") && !word.equals("an")) {
            return false;
        }
        if (cursor.matchAt(articleScale, wordEnd) >= 0) {
            return true;
        }
        return cursor.matchAt(articleDuration, wordEnd) >= 0 && cursor.matchesBefore(articleBound, wordStart, 30);
    }

    private void findOpaqueSpans() {
        Matcher matcher = OPAQUE.matcher(cursor.text);
        while (matcher.find()) {
            opaque.add(new int[] {matcher.start(), matcher.end()});
        }
    }

    /** Candidates arrive in text order, so one forward-moving index suffices. */
    private boolean insideOpaque(int position) {
        while (opaqueIndex < opaque.size() && opaque.get(opaqueIndex)[1] <= position) {
            opaqueIndex++;
        }
        return opaqueIndex < opaque.size() && opaque.get(opaqueIndex)[0] <= position;
    }

    private Atom readAtom(int start, int end, boolean spelledOut, boolean decimalComma) {
        Atom atom = spelledOut ? spelledOutAtom(start, end) : digitAtom(start, end, decimalComma);
        if (atom == null) {
            return null;
        }
        Atom previous = atoms.isEmpty() ? null : atoms.get(atoms.size() - 1);
        int textStart = spelledOut ? start : left.textStart(start, previous == null ? -1 : previous.end);
        if (textStart < 0) {
            return null;
        }
        atom.start = textStart;
        if (textStart < start && (cursor.charAt(textStart) == '-' || cursor.charAt(textStart) == '\u2212')) {
            atom.negative = true; // "-48.2%": a written minus is part of the value, as "+12.3" is of the text
        }
        if (!spelledOut && readFraction(atom)) {
            return atom;
        }
        int position = readScale(atom, readScientific(atom, end));
        UnitMatch unit = units.read(atom, position);
        if (unit.isRejected()) {
            return null;
        }
        atom.end = position;
        applyUnit(atom, unit);
        readRate(atom);
        if (atom.unit == Unit.SECOND && (left.periodCue(atom.start) || units.followedByAgo(atom.end))) {
            return null;
        }
        atom.nameBound = left.namePart(textStart, previous) || rangeOfName(atom, previous);
        atom.year = atom.yearLike();
        applyMoney(atom);
        applyLeftCues(atom);
        return spelledOut && !acceptSpelledOut(atom) ? null : atom;
    }

    /**
     * "1,800 sentences per second", "1,150 sentences/second", "20 tokens per parameter": a count per unit of time
     * or per parameter is a rate. A count per item ("2,880 visual tokens per image", "4.3T tokens per model")
     * stays a count.
     */
    private static final Pattern PER = Pattern.compile("(?:\\h+per\\h+|\\h?/\\h?)(?:(?:active|total)\\h+)?"
            + "(?:second|sec|s|minute|min|hour|hr|h|day|parameter)(?![A-Za-z])");

    private void readRate(Atom atom) {
        boolean count = atom.unit == Unit.TOKEN || atom.unit == Unit.EXAMPLE || atom.unit == Unit.DOCUMENT
                || atom.unit == Unit.IMAGE || atom.unit == Unit.WORD;
        if (!count) {
            return;
        }
        int end = cursor.matchAt(per, atom.end);
        if (end >= 0) {
            atom.unit = Unit.OTHER;
            atom.end = end;
        }
    }

    /** "1/3 of the energy", "2/5 of the compute": a proper fraction of something, as a factor. */
    private boolean readFraction(Atom atom) {
        if (!atom.bareInteger || atom.number < 1 || cursor.matchAt(fractionOf, atom.numberEnd) < 0) {
            return false;
        }
        int denominator = Integer.parseInt(fractionOf.group("den"));
        if (atom.number >= denominator) {
            return false;
        }
        atom.scale = 1.0 / denominator;
        atom.unit = Unit.FACTOR;
        atom.unitWritten = true;
        atom.end = fractionOf.end("den");
        return true;
    }

    /** "Llama-2 7B/13B", "Llama 2-13B": what is glued to a name part is a name part. */
    private static boolean rangeOfName(Atom atom, Atom previous) {
        return previous != null && previous.nameBound && previous.end == atom.start - 1;
    }

    /** "$7,800", "\$148K" (LaTeX-escaped): money is a measurement with no unit of the list. */
    private void applyMoney(Atom atom) {
        if (atom.spelledOut) {
            return;
        }
        int moneyStart = left.moneyStart(atom.start);
        if (moneyStart >= 0 && !insideMath(moneyStart, atom)) {
            atom.start = moneyStart;
            atom.unit = Unit.OTHER;
            atom.unitFactor = 1;
            atom.unitWritten = true;
            atom.modelNoun = false;
        }
    }

    /** {@code decimalComma}: the literal matched as "77,9" before a percent sign, where the comma is a decimal point. */
    private Atom digitAtom(int start, int end, boolean decimalComma) {
        // A longer digit run, or a dotted version ("3.5.1", "2024.01.05"), is an identifier.
        if (cursor.isDigit(end) || (cursor.charAt(end) == '.' && cursor.isDigit(end + 1))) {
            return null;
        }
        String literal = cursor.text.substring(start, end);
        boolean plainInteger = !decimalComma && allDigits(literal);
        double number = Double.parseDouble(decimalComma ? literal.replace(',', '.') : literal.replaceAll("[,\\h]", ""));
        return new Atom(number, start, end, false, plainInteger);
    }

    private Atom spelledOutAtom(int start, int end) {
        if (cursor.charAt(start - 1) == '-' || (cursor.charAt(end) == '-' && !followedByHyphenUnit(end))) {
            return null;
        }
        String word = cursor.text.substring(start, end);
        int value = word.equals("a") || word.equals("an") ? 1 : NumberWords.valueOf(word);
        return value < 0 ? null : new Atom(value, start, end, true, false);
    }

    /** "three-fold", "one-day", "ten-billion-parameter": hyphens that do not make a compound word. */
    private boolean followedByHyphenUnit(int hyphen) {
        String rest = cursor.text.substring(hyphen + 1, Math.min(cursor.length, hyphen + 12)).toLowerCase(Locale.ROOT);
        for (String word : new String[] {"fold", "day", "hour", "minute", "second", "week", "month", "year", "hundred",
                "thousand", "million", "billion", "trillion", "gpu", "language", "point", "percent"}) {
            if (rest.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** "2.2 times 10^{15}", "1e15", "10^24". */
    private int readScientific(Atom atom, int position) {
        if (atom.spelledOut) {
            return position;
        }
        int end = cursor.matchAt(scientific, position);
        if (end < 0) {
            return position;
        }
        if (scientific.group("exp3") != null) {
            // "10^24 FLOPs": the number is the base; the power of ten is the value
            atom.scale = Math.pow(10, Integer.parseInt(scientific.group("exp3").replace('\u2212', '-')) - 1);
            return end;
        }
        String exponent = scientific.group("exp") != null ? scientific.group("exp") : scientific.group("exp2");
        atom.scale = Math.pow(10, Integer.parseInt(exponent.replace('\u2212', '-')));
        return end;
    }

    /** Suffix ("7B", "32k") or words ("1.6 trillion", "one hundred", "ten trillions of"), and a "+". */
    private int readScale(Atom atom, int position) {
        position = skipPlus(position);
        int end = atom.spelledOut ? -1 : cursor.matchAt(scaleSuffix, position);
        if (end >= 0) {
            setSuffixScale(atom);
            return skipPlus(end);
        }
        end = cursor.matchAt(scaleWord, position);
        if (end >= 0) {
            setWordScale(atom);
            return skipPlus(end);
        }
        return position;
    }

    private int skipPlus(int position) {
        int end = cursor.matchAt(plus, position);
        return end >= 0 ? end : position;
    }

    private void setSuffixScale(Atom atom) {
        String strong = scaleSuffix.group("strong") != null ? scaleSuffix.group("strong") : scaleSuffix.group("glued");
        if (strong != null) {
            char letter = strong.charAt(0);
            atom.scaleKind = switch (letter) {
                case 'K', 'k' -> Atom.Scale.SUFFIX_K;
                case 'M' -> Atom.Scale.SUFFIX_M;
                case 'B' -> Atom.Scale.SUFFIX_B;
                default -> Atom.Scale.SUFFIX_T;
            };
            atom.scale *= letter == 'B' ? 1e9 : UnitReader.prefixValue(letter);
        } else if (scaleSuffix.group("bn") != null) {
            atom.scaleKind = Atom.Scale.SUFFIX_B;
            atom.scale *= 1e9;
        } else {
            atom.scaleKind = Atom.Scale.WEAK_SUFFIX;
            atom.scale *= scaleSuffix.group("weak").equals("m") ? 1e6 : 1e9;
        }
    }

    private void setWordScale(Atom atom) {
        double multiplier;
        if (scaleWord.group("hundred") != null) {
            String after = scaleWord.group("after");
            multiplier = 100 * (after == null ? 1 : scaleWordValue(after));
        } else {
            multiplier = scaleWordValue(scaleWord.group("big"));
        }
        atom.scale *= multiplier;
        atom.scaleKind = multiplier >= 1e6 ? Atom.Scale.WORD_LARGE : Atom.Scale.WORD_SMALL;
    }

    private static double scaleWordValue(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1e12;
        };
    }

    private void applyUnit(Atom atom, UnitMatch unit) {
        if (unit.hasUnit()) {
            atom.unit = unit.unit();
            atom.unitFactor = unit.factor();
            atom.unitWritten = true;
            atom.modelNoun = unit.kind() == UnitMatch.Kind.MODEL_NOUN;
            atom.place = unit.kind() == UnitMatch.Kind.PLACE;
            atom.end = unit.end();
            closeLatexMath(atom);
        } else if (unit.end() > atom.end && countsSomething(atom)) {
            // "100K edits", "42,002 speakers": a measured count of something off the unit list.
            atom.unit = Unit.OTHER;
            atom.unitWritten = true;
            atom.end = unit.end();
        }
    }

    /**
     * Scaled counts, and counts written in digits from ten up ("154 datasets", "18 tasks"): those
     * measure a collection. "three approaches" or "5 tasks" merely number the items of a list.
     */
    private boolean countsSomething(Atom atom) {
        if (atom.spelledOut && !atom.scaled()) {
            return false;
        }
        return switch (atom.scaleKind) {
            // not after "B"/"T": "DeepSeek LLM 67B Chat exhibits" is a size in a name, before a verb
            case SUFFIX_K, SUFFIX_M, WORD_SMALL, WORD_LARGE -> true;
            case NONE -> atom.number >= 10 && (atom.bareInteger || groupedInteger(atom)) && !atom.yearLike();
            default -> false;
        };
    }

    /** "25,000 entities", "42,002 speakers", "55 329 documents": an integer with thousands separators is a count too. */
    private boolean groupedInteger(Atom atom) {
        String literal = cursor.text.substring(atom.numberStart, atom.numberEnd);
        return literal.indexOf('.') < 0 && !allDigits(literal);
    }

    /** "\(7\times\)": the opening delimiter belongs to the mention when the closing one does. */
    private void closeLatexMath(Atom atom) {
        String text = cursor.text;
        if (text.startsWith("\\)", atom.end - 2) && atom.start >= 2 && text.startsWith("\\(", atom.start - 2)) {
            atom.start -= 2;
        }
    }

    private void applyLeftCues(Atom atom) {
        if (atom.unit != null || atom.nameBound) {
            return;
        }
        int factorStart = left.factorCueStart(atom.start);
        if (factorStart >= 0) {
            atom.unit = Unit.FACTOR;
            atom.start = Math.max(factorStart, previousEnd());
            return;
        }
        if (atom.spelledOut) {
            return;
        }
        Unit named = left.unitBefore(atom.start);
        if (named != null) {
            atom.unit = named;
            atom.unitFromContext = true;
            atom.unitFromLeftCue = true;
            return;
        }
        if (!atom.scaled()) {
            applyScoreCues(atom);
        } else if (atom.largeScale()) {
            atom.trainingAmountContext = left.trainingCue(atom.start);
        }
    }

    /** "$7B$", "$2\\times$" are LaTeX math, not dollars: a bare "$" closed within the same word. */
    private boolean insideMath(int signStart, Atom atom) {
        if (cursor.charAt(signStart) != '$') {
            return false;
        }
        for (int i = atom.numberEnd; i < cursor.length && i < atom.numberEnd + 20; i++) {
            char c = cursor.charAt(i);
            if (c == '$') {
                return cursor.charAt(i - 1) != '\\';
            }
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private int previousEnd() {
        return atoms.isEmpty() ? 0 : atoms.get(atoms.size() - 1).end;
    }

    private void applyScoreCues(Atom atom) {
        boolean yearLike = atom.year && left.afterYearWord(atom.start);
        if (yearLike) {
            return;
        }
        if (left.lossCue(atom.start)) {
            atom.unit = Unit.OTHER;
        } else if (left.scoreCue(atom.start)) {
            atom.unit = Unit.SCORE;
            atom.unitFromLeftCue = true;
        } else if (scoreCues.after(atom) || parallelToScore(atom)) {
            atom.unit = Unit.SCORE;
        }
    }

    /**
     * What stands between two parallel results: " for Tamil and ", " on the validation set and ", and a comma inside a
     * longer list (" for Yorùbá, 0.8638 for Igbo, and ...").
     */
    private static final Pattern PARALLEL = Pattern.compile(
            "\\h*%?\\h+(?:for|on|in)\\h+[^,;.()\\d]{1,40}?(?:,?\\h+and\\h+|,\\h+)");

    /**
     * A rank between two parallel results: "a macro F1 score of 0.2005 for Malayalam, ranking 15th in this task,
     * 0.1356 for Tamil", "an F1 of 0.874, ranking 6th in binary classification, and 0.628".
     */
    private static final Pattern RANKED = Pattern.compile("\\h*%?(?:\\h+(?:for|on|in)\\h+[^,;.()\\d]{1,40}?)?"
            + ",\\h+(?:ranking|ranked|securing|placing|placed)\\h+[^,;.()]{1,40}?(?:,?\\h+and\\h+|,\\h+)");

    /** The other side of a comparison of results: "an F-score 0.686 compared to 0.703", "0.81 versus 0.77". */
    private static final Pattern COMPARED = Pattern.compile(
            "\\h*%?\\h+(?:compared\\h+(?:to|with)|versus|vs\\.?)\\h+");

    /**
     * "F1-scores of 0.4218 for Tamil and 0.3935 for Tulu", "0.536 on the validation dataset and 0.486 on the
     * test dataset", "0.686 compared to 0.703": a bare decimal in parallel with the score before it is a score
     * too (compared, only on the same scale: "0.92 compared to 85.1" is no comparison of one metric).
     */
    private boolean parallelToScore(Atom atom) {
        if (atoms.isEmpty() || !cursor.decimal(atom)) {
            return false;
        }
        Atom previous = atoms.get(atoms.size() - 1);
        if (previous.place && atoms.size() > 1) {
            previous = atoms.get(atoms.size() - 2); // "0.2005 for Malayalam, ranking 15th in this task, 0.1356": the rank is an aside
        }
        if (previous.unit != Unit.SCORE || previous.end >= atom.start) {
            return false;
        }
        String between = cursor.text.substring(previous.end, atom.start);
        return PARALLEL.matcher(between).matches() || RANKED.matcher(between).matches()
                || COMPARED.matcher(between).matches() && (previous.value() <= 1) == (atom.value() <= 1);
    }

    /** Spelled-out numbers are quantities only with a scale word or a unit that is never a list count. */
    private static boolean acceptSpelledOut(Atom atom) {
        if (atom.unit == null) {
            return true;
        }
        boolean single = atom.number == 1;
        if (single) {
            return atom.unit == Unit.GPU || atom.unit == Unit.SECOND || atom.scaled();
        }
        if (atom.scaled()) {
            return true;
        }
        return switch (atom.unit) {
            case GPU, SECOND, LANGUAGE, FACTOR, PERCENT, PERCENTAGE_POINT, BYTE, FLOP, FLOP_PER_S -> true;
            default -> false;
        };
    }

    private List<QuantityMention> mentions() {
        List<QuantityMention> mentions = new ArrayList<>();
        for (Atom atom : atoms) {
            if (emitted(atom)) {
                String text = cursor.text.substring(atom.start, atom.end);
                mentions.add(new QuantityMention(atom.start, atom.end, text, atom.value(), atom.unit,
                        atom.unitFromContext));
            }
        }
        return mentions;
    }

    private static boolean emitted(Atom atom) {
        if (atom.unit == null || !Double.isFinite(atom.value())) {
            return false;
        }
        if (atom.spelledOut && !atom.unitWritten && !atom.unitFromContext) {
            return false;
        }
        if (atom.nameBound) {
            return atom.unitWritten && !atom.modelNoun;
        }
        return !atom.year || (atom.unitWritten && !atom.unitFromContext) || atom.unit == Unit.SCORE;
    }
}
