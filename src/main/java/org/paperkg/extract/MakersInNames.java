package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.DictionaryMentionFinder;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;

/**
 * "Meta WikiExpert-8B", "Snowflake Arctic", "OpenAI o1-mini": a model or dataset whose name starts with
 * a listed organisation's name names its maker too. The mention finders give the whole stretch to the
 * product (one mention per stretch of text); this step adds the organisation back with a mention inside
 * the product's, so that it is traced to its sentence like any other, and {@link DevelopedByRule} links
 * the two.
 */
final class MakersInNames {
    private final DictionaryMentionFinder organizations = DictionaryMentionFinder.organizations();

    List<ExtractedEntity> add(AnalyzedText text, List<ExtractedEntity> entities) {
        List<ExtractedEntity> out = new ArrayList<>(entities);
        for (ExtractedEntity product : entities) {
            if (product.type() == MentionType.ORGANIZATION) {
                continue;
            }
            for (Mention m : product.mentions()) {
                Mention maker = organizations.leadingName(text, m.start(), m.end());
                if (maker != null) {
                    addMention(out, text.covered(maker.start(), maker.end()), maker);
                }
            }
        }
        return out;
    }

    /** To the organisation of that name if the paper has one, else as a new organisation. */
    private static void addMention(List<ExtractedEntity> entities, String name, Mention m) {
        String key = NameKey.of(name);
        for (int i = 0; i < entities.size(); i++) {
            ExtractedEntity e = entities.get(i);
            if (e.type() == MentionType.ORGANIZATION && e.isCalled(key)) {
                entities.set(i, e.withMention(m));
                return;
            }
        }
        entities.add(new ExtractedEntity(name, List.of(), MentionType.ORGANIZATION, false, false, List.of(m)));
    }
}
