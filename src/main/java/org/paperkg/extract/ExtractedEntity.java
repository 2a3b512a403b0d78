package org.paperkg.extract;

import java.util.List;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;

/**
 * One entity of one paper: every mention of it in the title and abstract, under the fullest name.
 *
 * @param name       the fullest surface form the text uses
 * @param aliases    the other surface forms (abbreviations, short forms), not mere spelling variants
 * @param type       model, dataset or organisation
 * @param introduced whether the paper presents it as its own contribution
 * @param benchmark  for datasets: used to measure or compare models (else a corpus)
 * @param mentions   where it occurs, in text order (empty for an organisation taken from page metadata)
 */
public record ExtractedEntity(String name, List<String> aliases, MentionType type, boolean introduced,
                              boolean benchmark, List<Mention> mentions) {

    public ExtractedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public String key() {
        return NameKey.of(name);
    }

    /** Whether its name or one of its aliases has the normalised {@code key} ({@link NameKey}). */
    public boolean isCalled(String key) {
        return key().equals(key) || aliases.stream().anyMatch(a -> NameKey.of(a).equals(key));
    }

    /** Its name and then its aliases: every form the text writes it in. */
    public List<String> surfaceForms() {
        List<String> forms = new java.util.ArrayList<>(aliases.size() + 1);
        forms.add(name);
        forms.addAll(aliases);
        return forms;
    }

    /** The first mention, or null: where the entity enters the text. */
    public Mention firstMention() {
        return mentions.isEmpty() ? null : mentions.get(0);
    }

    public ExtractedEntity withIntroduced(boolean value) {
        return new ExtractedEntity(name, aliases, type, value, benchmark, mentions);
    }

    /** With one more mention, kept in text order. */
    public ExtractedEntity withMention(Mention m) {
        List<Mention> more = new java.util.ArrayList<>(mentions);
        more.add(m);
        more.sort(java.util.Comparator.comparingInt(Mention::start));
        return new ExtractedEntity(name, aliases, type, introduced, benchmark, more);
    }

    public ExtractedEntity withBenchmark(boolean value) {
        return new ExtractedEntity(name, aliases, type, introduced, value, mentions);
    }
}
