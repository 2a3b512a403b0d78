package org.paperkg.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP's name finder on annotated abstracts in the gold layout. The annotations name each
 * entity but not where it occurs, so every occurrence of a name or alias in the title and abstract is
 * labelled with the entity's type (the longest match wins). Entities the annotator marked optional are
 * left unlabelled: they are the borderline cases, and teaching them either way would teach noise.
 */
public final class NameFinderTraining {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NAME_TOKENS = 10;

    private NameFinderTraining() {}

    /** Trains on the given gold files and writes the model; returns the number of sentences used. */
    public static int train(List<Path> goldFiles, Path modelOut, int iterations) throws IOException {
        List<NameSample> samples = samples(goldFiles);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // Greedy decoding: a beam of 3 triples the finder's time for no measurable gain on these names.
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1);
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                params, new TokenNameFinderFactory());
        Files.createDirectories(modelOut.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            model.serialize(out);
        }
        return samples.size();
    }

    /**
     * Trains the candidate classifier: every candidate of a training abstract is an event whose
     * outcome is the type of the gold entity it spells, or "none". Candidates that spell an optional
     * entity are left out, like in the name finder.
     */
    public static int trainCandidateClassifier(List<Path> goldFiles, Path outDir, int iterations) throws IOException {
        List<Event> events = new ArrayList<>();
        TextAnalyzer analyzer = TextAnalyzer.get();
        List<JsonNode> records = records(goldFiles);
        NameDictionary dictionary = NameDictionary.empty();
        for (JsonNode rec : records) {
            dictionary.addPaper(namesOf(rec));
        }
        for (JsonNode rec : records) {
            AnalyzedText text = analyzer.analyzeDocument(rec.path("title").asText(), rec.path("abstract").asText());
            Map<String, MentionType> names = namesOf(rec);
            java.util.Set<String> optional = optionalNames(rec);
            List<NameCandidates.Candidate> candidates = NameCandidates.find(text);
            CandidateFeatures.DocumentContext doc = CandidateFeatures.DocumentContext.of(text, candidates, dictionary, names);
            for (NameCandidates.Candidate c : candidates) {
                String key = NameKey.of(c.text(text));
                if (optional.contains(key)) {
                    continue;
                }
                MentionType t = names.get(key);
                events.add(new Event(t == null ? CandidateClassifier.NONE : t.tag(), CandidateFeatures.of(text, c, doc)));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        // L-BFGS with regularisation generalises better than GIS on a few thousand sparse events.
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put("L1Cost", 0.1);
        params.put("L2Cost", 0.1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        Files.createDirectories(outDir);
        CandidateClassifier.write(model, outDir.resolve("candidates-en.bin.gz"));
        dictionary.write(outDir.resolve(NameDictionary.FILE_NAME));
        return events.size();
    }

    public static List<JsonNode> records(List<Path> goldFiles) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Path file : goldFiles) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    public static java.util.Set<String> optionalNames(JsonNode rec) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (MentionType type : MentionType.values()) {
            for (JsonNode e : rec.path(type.tag() + "s")) {
                if (e.path("optional").asBoolean(false)) {
                    out.add(NameKey.of(e.path("name").asText()));
                    for (JsonNode alias : e.path("aliases")) {
                        out.add(NameKey.of(alias.asText()));
                    }
                }
            }
        }
        return out;
    }

    /** One sample per sentence of every record; a new document resets the finder's adaptive data. */
    public static List<NameSample> samples(List<Path> goldFiles) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        TextAnalyzer analyzer = TextAnalyzer.get();
        for (Path file : goldFiles) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode rec = JSON.readTree(line);
                    AnalyzedText text = analyzer.analyzeDocument(rec.path("title").asText(), rec.path("abstract").asText());
                    Map<String, MentionType> names = namesOf(rec);
                    boolean first = true;
                    for (Sentence s : text.sentences()) {
                        samples.add(new NameSample(s.words(), label(s, names), first));
                        first = false;
                    }
                }
            }
        }
        return samples;
    }

    /** Normalised surface form to type, for every non-optional entity of the record. */
    public static Map<String, MentionType> namesOf(JsonNode rec) {
        Map<String, MentionType> names = new HashMap<>();
        for (MentionType type : MentionType.values()) {
            for (JsonNode e : rec.path(type.tag() + "s")) {
                if (e.path("optional").asBoolean(false)) {
                    continue;
                }
                names.putIfAbsent(NameKey.of(e.path("name").asText()), type);
                for (JsonNode alias : e.path("aliases")) {
                    names.putIfAbsent(NameKey.of(alias.asText()), type);
                }
            }
        }
        names.remove("");
        return names;
    }

    /** Token spans of the sentence whose words spell one of the names, longest first, not overlapping. */
    public static Span[] label(Sentence s, Map<String, MentionType> names) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int matchedEnd = -1;
            MentionType matchedType = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(s.size(), i + MAX_NAME_TOKENS); j++) {
                String part = NameKey.of(s.words()[j]);
                key.append(part);
                MentionType t = names.get(key.toString());
                // A name neither starts nor ends on a token that normalises to nothing (punctuation).
                if (t != null && !part.isEmpty() && !NameKey.of(s.words()[i]).isEmpty()) {
                    matchedEnd = j + 1;
                    matchedType = t;
                }
            }
            if (matchedEnd > 0) {
                spans.add(new Span(i, matchedEnd, matchedType.tag()));
                i = matchedEnd;
            } else {
                i++;
            }
        }
        return spans.toArray(new Span[0]);
    }
}
