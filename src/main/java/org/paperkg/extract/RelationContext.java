package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionType;

/** What every relation rule reads about one paper: its sentences with mentions, quantities, own models. */
final class RelationContext {
    final Paper paper;
    final AnalyzedText text;
    final List<ExtractedEntity> entities;
    final List<ExtractedQuantity> quantities;
    final List<RelationSentence> sentences;
    final RelationOwnModels own;
    final RelationTypes types;

    RelationContext(Paper paper, AnalyzedText text, List<ExtractedEntity> entities,
                    List<ExtractedQuantity> quantities) {
        this.paper = paper;
        this.text = text;
        this.entities = List.copyOf(entities);
        this.quantities = List.copyOf(quantities);
        this.types = new RelationTypes(text, entities);
        List<RelationSentence> list = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            list.add(new RelationSentence(text, i, entities, types));
        }
        this.sentences = List.copyOf(list);
        this.own = RelationOwnModels.of(sentences, entities, types);
    }

    /**
     * A relation found in a sentence, with the sentence as evidence; with no sentence (a relation the
     * names state), the sentence where the subject is first named.
     */
    ExtractedRelation relation(ExtractedEntity s, String predicate, ExtractedEntity o, Double score,
                               RelationSentence evidence, double confidence, String rule) {
        RelationSentence where = evidence != null ? evidence : sentenceOf(s);
        int start = where == null ? 0 : where.start();
        int end = where == null ? 0 : where.end();
        return new ExtractedRelation(s.name(), predicate, o.name(), score, start, end, confidence, rule);
    }

    /**
     * The entity a quantity or a rule names by its canonical name, or null. Quantities keep their subject and
     * benchmark as names, so the rules that turn them into relations look the entities up here.
     */
    ExtractedEntity entityNamed(String name) {
        for (ExtractedEntity e : entities) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The kind the rules read an entity as (see {@link RelationTypes}). */
    MentionType typeOf(ExtractedEntity e) {
        return types.of(e);
    }

    /** The sentence of an entity's first mention, or null for an entity with no mention. */
    RelationSentence sentenceOf(ExtractedEntity e) {
        return e.firstMention() == null ? null : sentenceAt(e.firstMention().start());
    }

    /** The sentence a quantity stands in, or null when its offset is in none. */
    RelationSentence sentenceOf(ExtractedQuantity q) {
        return sentenceAt(q.start());
    }

    private RelationSentence sentenceAt(int offset) {
        int index = text.sentenceIndexAt(offset);
        return index < 0 ? null : sentences.get(index);
    }

    /** A rule's reaction to one word of a sentence that is not part of a name. */
    interface CueHandler {
        void cue(RelationContext ctx, RelationSentence s, int word, java.util.List<ExtractedRelation> out);
    }

    /** Runs {@code handler} on every word outside the names of every sentence; returns what it found. */
    java.util.List<ExtractedRelation> scanCues(CueHandler handler) {
        java.util.List<ExtractedRelation> out = new java.util.ArrayList<>();
        for (RelationSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.slotAt(i) == null) {
                    handler.cue(this, s, i, out);
                }
            }
        }
        return out;
    }
}
