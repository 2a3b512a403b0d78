package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.quantity.QuantityFinder;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;
import org.paperkg.nlp.TextAnalyzer;

/**
 * The extraction pipeline for one paper: analyse the text, find mentions, assemble entities, decide
 * which the paper introduces (joining a title's short name of a new dataset to its full name) and which
 * datasets are benchmarks, read the quantities and attach them,
 * then the relations. Thread-safe: one extractor serves all worker threads.
 */
public final class Extractor {
    /** Recorded on every named graph, so facts can be traced to the code that made them. */
    public static final String VERSION = "paperkg-extractor/0.1";

    private final TextAnalyzer analyzer;
    private final MentionFinder mentions;
    private final EntityAssembler assembler = new EntityAssembler();
    private final IntroductionDetector introductions = new IntroductionDetector();
    private final DatasetRoles roles = new DatasetRoles();
    private final QuantityFinder quantityFinder = new QuantityFinder();
    private final QuantityAttacher attacher = new QuantityAttacher();
    private final RelationRules relationRules = new RelationRules();
    private final MakersInNames makersInNames = new MakersInNames();

    public Extractor(TextAnalyzer analyzer, MentionFinder mentions) {
        this.analyzer = analyzer;
        this.mentions = mentions;
    }

    /** The standard pipeline: the bundled statistical finder backed by pattern finders. */
    public static Extractor standard() {
        return new Extractor(TextAnalyzer.get(), MentionFinders.standard());
    }

    public PaperFacts extract(Paper paper) {
        AnalyzedText text = analyzer.analyzeDocument(paper.title(), paper.abstractText());
        List<Mention> found = mentions.find(text);
        List<ExtractedEntity> entities = makersInNames.add(text, assembler.assemble(text, found));
        addListingOrganisation(paper, entities);
        entities = introductions.mark(paper, text, entities);
        entities = TitleShortNames.merge(text, entities);
        entities = roles.mark(text, entities);
        List<QuantityMention> numbers = quantityFinder.find(text.text());
        List<ExtractedQuantity> quantities = attacher.attach(text, entities, numbers);
        List<ExtractedRelation> relations = relationRules.find(paper, text, entities, quantities);
        quantities = ScoredResults.agree(quantities, relations);
        return new PaperFacts(paper, text, entities, quantities, relations);
    }

    /** The listing page's organisation line names an organisation even when the abstract does not. */
    private static void addListingOrganisation(Paper paper, List<ExtractedEntity> entities) {
        if (paper.organization() == null) {
            return;
        }
        String name = paper.organization().displayName();
        String key = NameKey.of(name);
        boolean present = entities.stream().anyMatch(e -> e.isCalled(key));
        if (!present) {
            entities.add(new ExtractedEntity(name, List.of(), MentionType.ORGANIZATION, false, false, List.of()));
        }
    }
}
