package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled model must give OpenNLP's probabilities exactly, on the real English POS model. */
class CompiledMaxentModelTest {

    private static POSModel posModel;
    private static MaxentModel original;
    private static MaxentModel compiled;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CompiledMaxentModelTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            posModel = new POSModel(in);
        }
        original = posModel.getArtifact("pos.model");
        compiled = CompiledMaxentModel.compile(original);
    }

    @Test
    void theEnglishPosModelIsCompiled() {
        assertNotSame(original, compiled, "the bundled POS model is a GIS model with a uniform prior");
        assertEquals(original.getNumOutcomes(), compiled.getNumOutcomes());
        for (int i = 0; i < original.getNumOutcomes(); i++) {
            assertEquals(original.getOutcome(i), compiled.getOutcome(i));
            assertEquals(i, compiled.getIndex(original.getOutcome(i)));
        }
    }

    @Test
    void probabilitiesAreBitForBitTheOriginalOnes() {
        String text = "We introduce Llama 2, a collection of pretrained and fine-tuned large language models "
                + "ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called "
                + "Llama 2-Chat, outperform open-source chat models on most benchmarks we tested (MMLU 68.9%). "
                + "Xyzzyq frobnicates the qwertzuiop, naïvely — 3.2TB × 25× faster!";
        POSContextGenerator cg = posModel.getFactory().getPOSContextGenerator();
        String[] words = SimpleTokenizer.INSTANCE.tokenize(text);
        String[] tags = new String[words.length];
        int contexts = 0;
        for (int i = 0; i < words.length; i++) {
            String[] context = cg.getContext(i, words, tags, null);
            double[] expected = original.eval(context, new double[original.getNumOutcomes()]);
            double[] actual = compiled.eval(context, new double[compiled.getNumOutcomes()]);
            assertArrayEquals(expected, actual, 0.0, "token " + i + " '" + words[i] + "'");
            assertEquals(original.getBestOutcome(expected), compiled.getBestOutcome(actual));
            tags[i] = original.getBestOutcome(expected);
            contexts++;
        }
        assertTrue(contexts > 50);
        assertEquals("PROPN", tags[2], "Llama");
    }

    @Test
    void unseenAndRepeatedFeaturesBehaveAsInOpenNlp() {
        List<String[]> contexts = new ArrayList<>();
        contexts.add(new String[0]);
        contexts.add(new String[] {"never-seen-feature", "w=zzzzzz", ""});
        contexts.add(new String[] {"w=model", "w=model", "never-seen"});
        for (String[] c : contexts) {
            assertArrayEquals(original.eval(c), compiled.eval(c), 0.0, String.join(" ", c));
        }
    }

    @Test
    void otherModelsAreLeftAlone() {
        assertSame(compiled, CompiledMaxentModel.compile(compiled));
        assertEquals(null, CompiledMaxentModel.compile(null));
    }

    @Test
    void theHashSpreadsSimilarStrings() {
        assertTrue(CompiledMaxentModel.hash("w=a") != CompiledMaxentModel.hash("w=b"));
        assertTrue(CompiledMaxentModel.hash("") != 0L, "0 marks an empty slot");
    }
}
