package org.paperkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and parts of speech with OpenNLP's English models from Maven Central. The models
 * are loaded once and shared; the ME classes are not thread-safe, so each thread gets its own.
 */
public final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile TextAnalyzer shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    /** The tokenizer model as published, used only for the benchmark's floor. */
    private final TokenizerModel stockTokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<TokenizerME> stockTokenizers;
    private final ThreadLocal<PunctuationShortcut> shortcutTokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    private TextAnalyzer() {
        sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        stockTokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
        tokenizerModel = withAlphanumericShortcut(stockTokenizerModel);
        posModel = greedy(load(POS_MODEL, POSModel::new));
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        stockTokenizers = ThreadLocal.withInitial(() -> new TokenizerME(stockTokenizerModel));
        shortcutTokenizers = ThreadLocal.withInitial(() -> new PunctuationShortcut(tokenizers.get()));
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /** The analyser, its models loaded on first use. */
    public static TextAnalyzer get() {
        TextAnalyzer a = shared;
        if (a == null) {
            synchronized (TextAnalyzer.class) {
                a = shared;
                if (a == null) {
                    a = shared = new TextAnalyzer();
                }
            }
        }
        return a;
    }

    public AnalyzedText analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : sentenceSpans(text)) {
            out.add(analyzeSentence(text, s.getStart(), s.getEnd()));
        }
        return new AnalyzedText(text, out);
    }

    /**
     * A paper's text: the title as its own sentence, a blank line, then the abstract. Offsets of every
     * mention and evidence record are offsets into this text ({@link #documentText}).
     */
    public AnalyzedText analyzeDocument(String title, String abstractText) {
        String text = documentText(title, abstractText);
        List<Sentence> out = new ArrayList<>();
        out.add(analyzeSentence(text, 0, title.length()));
        int base = title.length() + 2;
        for (Span s : sentenceSpans(abstractText)) {
            out.add(analyzeSentence(text, s.getStart() + base, s.getEnd() + base));
        }
        return new AnalyzedText(text, out);
    }

    public static String documentText(String title, String abstractText) {
        return title + "\n\n" + abstractText;
    }

    /**
     * OpenNLP's sentence detection and tokenization alone, with the published models as they come
     * (none of this class's shortcuts): the floor the benchmark compares the extractor with.
     */
    public int tokenCount(String text) {
        int n = 0;
        for (Span s : sentences.get().sentPosDetect(text)) {
            n += stockTokenizers.get().tokenizePos(text.substring(s.getStart(), s.getEnd())).length;
        }
        return n;
    }

    private Span[] sentenceSpans(String text) {
        Span[] spans = sentences.get().sentPosDetect(text);
        if (spans.length == 0) {
            return text.isBlank() ? spans : new Span[] {new Span(0, text.length())};
        }
        return SentenceRepair.repair(text, spans);
    }

    private Sentence analyzeSentence(String text, int start, int end) {
        String s = withoutBoldMarks(text.substring(start, end));
        Span[] local = TokenRepair.mergeNameParts(s, shortcutTokenizers.get().tokenizePos(s));
        Span[] tokens = new Span[local.length];
        String[] words = new String[local.length];
        for (int i = 0; i < local.length; i++) {
            tokens[i] = new Span(local[i].getStart() + start, local[i].getEnd() + start);
            words[i] = s.substring(local[i].getStart(), local[i].getEnd());
        }
        return new Sentence(start, end, tokens, words, w -> taggers.get().tag(w));
    }

    /**
     * "we introduce **PILOT-Bench** (**P**atent ...)": Markdown bold marks, which some abstracts carry, are
     * blanked before tokenizing, two spaces for the two asterisks so that every offset stays the text's own;
     * otherwise they stick to the words ("**PILOT-", "Bench**") and split the names. No word of the sentence
     * then contains them, so every word is still a substring of the paper's text.
     */
    static String withoutBoldMarks(String sentence) {
        return sentence.contains("**") ? sentence.replace("**", "  ") : sentence;
    }

    /**
     * The same tokenizer model, told to keep purely alphanumeric words whole without asking the model
     * at every character. Twice as fast, and better on names: the model alone splits {@code EBMT},
     * {@code IndoWordNet} and {@code Flickr30k} in two. The model itself is evaluated by
     * {@link CompiledMaxentModel}: same probabilities, faster lookups.
     */
    private static TokenizerModel withAlphanumericShortcut(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        return new TokenizerModel(CompiledMaxentModel.compile(model.getMaxentModel()), Map.of(),
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    /**
     * The same tagging model decoded greedily instead of with a beam of three: a third of the model
     * evaluations, and no measurable change in what the extractor finds (dev and cross-validation
     * scores are unchanged; the tags are used for cues such as verbs and nouns, not as output), each
     * evaluation done by {@link CompiledMaxentModel}.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), new GreedySequenceModel(CompiledMaxentModel.compile(maxent)), Map.of(),
                model.getFactory());
    }

    private interface ModelLoader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelLoader<T> loader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
