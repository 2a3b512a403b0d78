package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "AfriBERTa large", "GPT-2 large yields", "XLM-R Large on", "Mistral Large", "BART base achieves": a
 * model's size tier written as a word of its own names one member of the family, as "RoBERTa-large" does
 * with a hyphen. The finders see the family name and stop before the tier, so this extends a model mention
 * over the tier word that follows it. Not when the tier starts a phrase of its own: "GPT-4 large language
 * models", "LLM Base Agents", "large-scale".
 */
public final class SizeTierNames implements MentionFinder {
    private final MentionFinder inner;

    public SizeTierNames(MentionFinder inner) {
        this.inner = inner;
    }

    /**
     * The tiers of commercial model lines, capitalised as their makers write them: "Gemini Flash", "Claude Haiku",
     * "Gemini 1.5 Pro", "GPT-4 Turbo". Lower case they are ordinary words ("a pro", "flash memory").
     */
    private static final Set<String> PRODUCT_TIERS = Set.of("Flash", "Pro", "Ultra", "Nano", "Opus", "Sonnet", "Haiku",
            "Turbo", "Lite");

    /**
     * The tuned releases of an open model, capitalised as their makers write them: "Llama 2 Chat", "Mistral Instruct",
     * "Qwen2.5 Instruct" (written with a hyphen, "Llama-2-Chat", they are one token already). Alone, "Chat" is no name.
     */
    private static final Set<String> TUNED_RELEASES = Set.of("Chat", "Instruct");

    /** Whether the word is a product line's tier or tuned release as its maker writes it ("Flash", "Sonnet", "Chat"). */
    static boolean isProductTier(String word) {
        return PRODUCT_TIERS.contains(word) || TUNED_RELEASES.contains(word);
    }

    /** Whether the word is a size tier ("base", "XXL") or a product line's tier ("Flash", "Sonnet", "Instruct"). */
    private static boolean isTier(String word) {
        return NonNameFilter.isSizeTier(word) || isProductTier(word);
    }

    /** Punctuation that may follow the tier without a space: "RoBERTa large, BART base." */
    private static final Set<String> CLOSING = Set.of(",", ".", ")", ";", ":");

    /**
     * Nouns the tier is an adjective of, so that it starts a phrase of its own: "GPT-4 large language models",
     * "a BART base system". A capitalised word after the tier is such a phrase too ("Large Language Models").
     */
    private static final Set<String> PHRASE_NOUNS = Set.of("language", "languages", "scale", "system", "systems",
            "agent", "agents", "vision", "multimodal");

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> found = inner.find(text);
        List<Mention> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
            int end = m.type() == MentionType.MODEL ? tierEnd(text, m, next) : -1;
            out.add(end < 0 ? m : new Mention(m.start(), end, m.type(), m.confidence(), m.finder()));
            if (end >= 0 && next != null && next.start() < end) {
                i++; // the tier the name finder had cut off as a name of its own ("Llama 2" and "Chat")
            }
        }
        return out;
    }

    /** The end of the size tier word right after {@code m}, or -1 when none follows or it is no part of the name. */
    private static int tierEnd(AnalyzedText text, Mention m, Mention next) {
        String t = text.text();
        if (m.end() + 1 >= t.length() || t.charAt(m.end()) != ' ' || !tierWordAt(t, m.end() + 1)) {
            return -1; // the cheap test on the text first: most names have no tier after them
        }
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return -1;
        }
        int last = s.tokenAt(m.end() - 1);
        int tier = last + 1;
        if (last < 0 || tier >= s.size() || s.tokens()[tier].getStart() != m.end() + 1
                || !isTier(s.words()[tier])
                || next != null && next.start() < s.tokens()[tier].getEnd() && !isTierAlone(next, s, tier)) {
            return -1;
        }
        String[] words = s.words();
        if (isTier(words[last])) {
            return -1; // "BERT base large", "Gemini Pro Flash": one tier is the name's already
        }
        if (tier + 1 < s.size()) {
            String after = words[tier + 1];
            boolean glued = s.tokens()[tier + 1].getStart() == s.tokens()[tier].getEnd();
            // the tagger is no help here: it reads "yields" and "achieves" after "large" and "base" as nouns
            if (glued && !CLOSING.contains(after) || Character.isUpperCase(after.charAt(0))
                    || PHRASE_NOUNS.contains(after.toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return s.tokens()[tier].getEnd();
    }

    /** Whether the mention is the tier word at token {@code tier} alone, as a model: the name finder's split of one name. */
    private static boolean isTierAlone(Mention next, Sentence s, int tier) {
        return next.type() == MentionType.MODEL && next.start() == s.tokens()[tier].getStart()
                && next.end() == s.tokens()[tier].getEnd();
    }

    /** Whether the letters starting at {@code from} form a size tier word. */
    private static boolean tierWordAt(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && isTier(text.substring(from, end));
    }

    @Override
    public String name() {
        return inner.name();
    }
}
