package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * Reads the coordinated mentions that follow a cue: "outperforms Gopher (280B), GPT-3 (175B), and
 * Jurassic-1", "models such as PaLM or Chinchilla", "on object detection (COCO), semantic segmentation
 * (ADE20K)". The list may start after a few noun-phrase words ("the performance of larger models, such
 * as"); consecutive items need a comma, conjunction or bracket between them; it ends at a clause word,
 * a preposition other than "of"/"as"/"like", a full stop, or a mention of another kind.
 */
final class RelationLists {
    private RelationLists() {}

    /** Most noun-phrase words allowed between two items of one list. */
    private static final int MAX_GAP = 6;

    /**
     * The mentions accepted by {@code accept} coordinated after token {@code from}.
     *
     * @param maxLead          most tokens before the first item
     * @param leadCrossesPreps whether the lead may contain prepositions and participles ("on 1 trillion
     *                         tokens sourced from The Stack"): used after training verbs
     */
    static List<Slot> after(RelationSentence s, int from, Predicate<Slot> accept, int maxLead,
                            boolean leadCrossesPreps) {
        List<Slot> out = new ArrayList<>();
        int lead = 0;
        int gap = 0;
        boolean glue = false;
        boolean conjunction = false; // "and"/"or" since the last item
        boolean closed = false;      // the last item came after "and"/"or"
        boolean closedBeforeBracket = false;
        int i = from;
        while (i < s.size()) {
            if (s.word(i).equals("(")) {
                closedBeforeBracket = closed;
            } else if (s.word(i).equals(")")) {
                // "(like A and B), commercial models like C": the "and" closed the list in the brackets only
                closed = closedBeforeBracket;
            }
            Slot slot = s.slotAt(i);
            if (slot != null) {
                int next = slot.last() + 1;
                if (s.word(next).equals("'s") || s.word(next).equals("’s")) {
                    next++;
                }
                if (slot.isOrganization() && s.slotAt(next) != null && accept.test(s.slotAt(next))
                        && (out.isEmpty() || glue)) {
                    i = next; // "the OpenAI code-cushman-001 model", "OpenAI's o1-mini": the maker names the model
                    continue;
                }
                if (!accept.test(slot)) {
                    // A mention of another kind ends the list; only a long training lead may cross one
                    // ("pre-trained on imagery of <another named thing> from the HLS dataset").
                    if (out.isEmpty() && leadCrossesPreps && lead < maxLead) {
                        lead += slot.last() - slot.first() + 1;
                        i = slot.last() + 1;
                        continue;
                    }
                    break;
                }
                if (!out.isEmpty() && (!glue || closed && !conjunction)) {
                    // "models like A, B, and C, M delivers": after "and C" a comma ends the list.
                    break;
                }
                if (!out.contains(slot)) {
                    out.add(slot);
                }
                closed = conjunction;
                conjunction = false;
                gap = 0;
                glue = false;
                i = slot.last() + 1;
                continue;
            }
            String w = s.word(i);
            if (w.equals(".") && (s.word(i - 1).equals("e.g") || s.word(i - 1).equals("i.e"))) {
                i++;
                continue;
            }
            if (out.isEmpty()) {
                if (ends(s, i, true, leadCrossesPreps)) {
                    break;
                }
                if (RelationWords.opensItems(s, i)) {
                    // "eleven LVLMs, including powerful open-source models (like LLaMA-3.2": the list proper
                    // starts here, however long the noun phrase that led to it
                    lead = 0;
                } else if (!RelationWords.LIST_INTRODUCERS.contains(w) && ++lead > maxLead) {
                    // a list's own words ("popular", "LLMs", "such") do not lengthen the lead
                    break;
                }
            } else {
                int aside = asideEnd(s, i);
                if (aside > 0) {
                    // "AlBERTo (a BERT-based model pre-trained on Italian tweets) and mBERT": a bracket that
                    // describes the last item is no item of the list and does not end it.
                    i = aside + 1;
                    continue;
                }
                if (ends(s, i, false, false)) {
                    break;
                }
                if (RelationWords.GLUE.contains(w)) {
                    glue = true;
                    conjunction |= w.equals("and") || w.equals("or") || w.equals("&") || w.equals("nor");
                } else if (w.equals("as") && s.word(i + 1).equals("well") && s.word(i + 2).equals("as")) {
                    glue = true;
                    conjunction = true;
                    i += 2;
                } else if (++gap > MAX_GAP) {
                    break;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * The closing bracket of a description in brackets at i ("(a BERT-based model ...)", "(the largest
     * variant)"), or -1: a bracket that opens on an article describes the item before it. A bracket that
     * opens on a name or number ("(Multi30K, CoMMuTE)", "(280B)") is not one.
     */
    private static int asideEnd(RelationSentence s, int i) {
        if (!s.word(i).equals("(") || s.slotAt(i + 1) != null) {
            return -1;
        }
        String first = s.word(i + 1).toLowerCase();
        if (!(first.equals("a") || first.equals("an") || first.equals("the"))) {
            return -1;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 25); k++) {
            String w = s.word(k);
            if (w.equals(")")) {
                return k;
            }
            if (w.equals("(") || w.equals(".") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the token at i is tagged as a noun, a proper noun or an adjective. */
    private static boolean nominal(RelationSentence s, int i) {
        return s.tagIs(i, "NOUN") || s.tagIs(i, "ADJ") || s.tagIs(i, "PROPN");
    }

    /** Whether the token at i ends a list (in the lead before the first item, or after one). */
    private static boolean ends(RelationSentence s, int i, boolean inLead, boolean leadCrossesPreps) {
        String w = s.word(i);
        String tag = s.tag(i);
        if (w.equals(".") || w.equals(";") || w.equals("!") || w.equals("?")) {
            return true;
        }
        if (w.equals(":")) {
            return !inLead;
        }
        if (RelationWords.GLUE.contains(w) && !(inLead && leadCrossesPreps && w.equals(","))) {
            return false;
        }
        if (RelationWords.LIST_INTRODUCERS.contains(w)) {
            return false;
        }
        if (inLead && w.equals("from") && RelationWords.MODEL_PLURALS.contains(s.word(i - 1))) {
            return false; // "we evaluate models from the GPT-3 family": the family names what was evaluated
        }
        if (inLead && (w.endsWith("ed") || w.endsWith("ing")) && !RelationWords.CLAUSE_WORDS.contains(w)
                && (nominal(s, i + 1) || (s.word(i + 1).equals("and") || s.word(i + 1).equals("or")) && nominal(s, i + 2))) {
            // "concurrently developed models such as", "reasoning LLMs, including", "quantized and
            // non-quantized LLMs – LLaMA-3, ..."
            return false;
        }
        if (inLead && leadCrossesPreps) {
            // "on 1 trillion tokens sourced from The Stack", "with 50B tokens drawn from"
            return w.equals(",") || RelationWords.CLAUSE_WORDS.contains(w) || RelationWords.CLAUSE_BREAKS.contains(w);
        }
        if (RelationWords.CLAUSE_WORDS.contains(w) || RelationWords.CLAUSE_BREAKS.contains(w)) {
            return true;
        }
        if (tag.startsWith("ADP") || tag.startsWith("SCONJ") || tag.startsWith("VERB") || tag.startsWith("AUX")
                || tag.startsWith("PART")) {
            return true;
        }
        if (tag.startsWith("PRON")) {
            return !(w.equals("its") || w.equals("their") || w.equals("our"));
        }
        return !(RelationWords.isNounPhraseTag(tag) || tag.startsWith("PUNCT") || tag.startsWith("CCONJ"));
    }
}
