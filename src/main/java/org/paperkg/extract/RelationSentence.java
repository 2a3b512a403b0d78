package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * One sentence as the relation rules see it: its tokens (lower-cased words and UD tags) with the
 * entity mentions laid over them as slots, in text order. Rules walk the tokens and ask, at each
 * position, whether a slot starts there; the words between two slots are the cue.
 */
final class RelationSentence {

    /** One mention of an entity, with the tokens it covers (inclusive). */
    record Slot(ExtractedEntity entity, MentionType type, Mention mention, int first, int last) {
        boolean isModel() {
            return type == MentionType.MODEL;
        }

        boolean isDataset() {
            return type == MentionType.DATASET;
        }

        boolean isOrganization() {
            return type == MentionType.ORGANIZATION;
        }

        String name() {
            return entity.name();
        }
    }

    private final AnalyzedText text;
    private final Sentence sentence;
    private final int index;
    private final String[] lower;
    private final List<Slot> slots;
    private final Slot[] slotByToken;

    RelationSentence(AnalyzedText text, int index, List<ExtractedEntity> entities, RelationTypes types) {
        this.text = text;
        this.index = index;
        this.sentence = text.sentences().get(index);
        this.lower = new String[sentence.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = sentence.words()[i].toLowerCase(Locale.ROOT);
        }
        this.slotByToken = new Slot[sentence.size()];
        List<Slot> found = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() || m.start() >= sentence.end()) {
                    continue;
                }
                int first = sentence.tokenAt(m.start());
                int last = sentence.tokenAt(Math.max(m.start(), m.end() - 1));
                if (first < 0 || last < 0) {
                    continue;
                }
                found.add(new Slot(e, types.of(e), m, first, last));
            }
        }
        found.addAll(rematched(text, sentence, entities, types, found));
        // Longer mentions first, so that an overlapping shorter one is the one dropped.
        found.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(b.last(), a.last()));
        List<Slot> kept = new ArrayList<>();
        for (Slot s : found) {
            boolean free = true;
            for (int t = s.first(); t <= s.last(); t++) {
                if (slotByToken[t] != null) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(s);
                for (int t = s.first(); t <= s.last(); t++) {
                    slotByToken[t] = s;
                }
            }
        }
        this.slots = List.copyOf(kept);
    }

    /**
     * Occurrences of an entity's name or alias that the mention finders did not mark in this sentence:
     * a finder that knows "ONE-PEACE" from the title may miss it in "..., ONE-PEACE achieves leading
     * results", and the relation is lost with it. Matching is exact (case included) and on word
     * boundaries, so "math" does not become MATH.
     */
    private static List<Slot> rematched(AnalyzedText text, Sentence sentence, List<ExtractedEntity> entities,
                                        RelationTypes types, List<Slot> marked) {
        List<Slot> out = new ArrayList<>();
        String body = text.covered(sentence.start(), sentence.end());
        for (ExtractedEntity e : entities) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String form : forms) {
                if (form.length() < 2) {
                    continue;
                }
                for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
                    int start = sentence.start() + at;
                    int end = start + form.length();
                    if (!boundary(text.text(), start - 1) || !boundary(text.text(), end)) {
                        continue;
                    }
                    int first = sentence.tokenAt(start);
                    int last = sentence.tokenAt(end - 1);
                    if (first < 0 || last < 0 || overlaps(marked, first, last) || overlaps(out, first, last)) {
                        continue;
                    }
                    out.add(new Slot(e, types.of(e), new Mention(start, end, e.type(), 0.5, "relation-rematch"), first, last));
                }
            }
        }
        return out;
    }

    /** A character that may border a name: none, or neither a letter, a digit, nor a joining mark. */
    static boolean boundary(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.' || c == '.' && (i + 1 >= text.length()
                || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean overlaps(List<Slot> slots, int first, int last) {
        for (Slot s : slots) {
            if (first <= s.last() && s.first() <= last) {
                return true;
            }
        }
        return false;
    }

    int index() {
        return index;
    }

    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    int size() {
        return lower.length;
    }

    /** Whether the word at a token starts with a capital, as written. */
    boolean capitalised(int i) {
        return i >= 0 && i < lower.length && Character.isUpperCase(sentence.words()[i].charAt(0));
    }

    /** The word at a token, lower-cased. */
    String word(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    String tag(int i) {
        return i >= 0 && i < lower.length ? sentence.tags()[i] : "";
    }

    boolean tagIs(int i, String tag) {
        return tag(i).startsWith(tag);
    }

    int tokenStart(int i) {
        return sentence.tokens()[i].getStart();
    }

    int tokenEnd(int i) {
        return sentence.tokens()[i].getEnd();
    }

    List<Slot> slots() {
        return slots;
    }

    /** The last slot of a kind that ends before token {@code end}, or null. */
    Slot lastSlotBefore(int end, java.util.function.Predicate<Slot> kind) {
        Slot last = null;
        for (Slot slot : slots) {
            if (slot.last() < end && kind.test(slot)) {
                last = slot;
            }
        }
        return last;
    }

    /** The slot covering a token, or null. */
    Slot slotAt(int i) {
        return i >= 0 && i < slotByToken.length ? slotByToken[i] : null;
    }

    /** The document text from one offset to another, for character-level checks ("OpenAI's"). */
    String textBetween(int from, int to) {
        int a = Math.max(0, Math.min(from, text.text().length()));
        int b = Math.max(a, Math.min(to, text.text().length()));
        return text.covered(a, b);
    }

    /** The text right after a slot, up to the end of the sentence. */
    String textAfter(Slot s, int maxChars) {
        return textBetween(s.mention().end(), Math.min(end(), s.mention().end() + maxChars));
    }

    /** The text right before a slot, from the start of the sentence. */
    String textBefore(Slot s, int maxChars) {
        return textBetween(Math.max(start(), s.mention().start() - maxChars), s.mention().start());
    }

    /** Whether any token in [from, to) has one of the given lower-case words. */
    boolean anyWord(int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            if (slotAt(i) == null && words.contains(lower[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text.covered(start(), end());
    }
}
