package org.paperkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCORE_PY = Path.of("data/gold/score.py");
    private static final Path DEV = Path.of("data/gold/dev.jsonl");

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- helpers

    /** A record written with single quotes, for readability. */
    private static JsonNode rec(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    private static Scores score(String gold, String pred) {
        return GoldScorer.score(List.of(rec(gold)), List.of(rec(pred)));
    }

    private static void assertCounts(int tp, int fp, int fn, Counts actual) {
        assertEquals(new Counts(tp, fp, fn), actual);
    }

    // ---------------------------------------------------------------- counts and table

    @Test
    void ratiosFollowPrf() {
        Counts none = Counts.ZERO;
        assertEquals(1.0, none.precision());
        assertEquals(1.0, none.recall());
        assertEquals(1.0, none.f1());
        Counts miss = new Counts(0, 2, 3);
        assertEquals(0.0, miss.precision());
        assertEquals(0.0, miss.f1());
        Counts some = new Counts(2, 1, 1);
        assertEquals(2.0 / 3, some.precision());
        assertEquals(2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3), some.f1());
        assertEquals(new Counts(3, 3, 4), some.plus(new Counts(1, 2, 3)));
    }

    @Test
    void tableRoundsHalfEvenLikePython() {
        assertEquals("0.062", ScoreTable.fixed3(1.0 / 16)); // Java's %.3f would say 0.063
        assertEquals("0.123", ScoreTable.fixed3(0.1235)); // binary 0.12349999...
        assertEquals("1.000", ScoreTable.fixed3(1.0));
        String table = ScoreTable.format(score("{'id':'a','title':'T','models':[{'name':'X'}]}", "{'id':'a'}"));
        assertTrue(table.startsWith("section               P      R     F1    tp    fp    fn\n"
                + "models            1.000  0.000  0.000     0     0     1\n"), table);
        assertTrue(table.endsWith("overall           1.000  0.000  0.000     0     0     1\ndocuments: 1\n"), table);
    }

    @Test
    void pythonFloatReprAndParse() {
        assertEquals("1e-05", PyFloat.repr(1e-5));
        assertEquals("0.0001", PyFloat.repr(1e-4));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("1000000000000000.0", PyFloat.repr(1e15));
        assertEquals("0.3333333333333333", PyFloat.repr(1.0 / 3));
        assertEquals(1000.0, PyFloat.parse("1_000").getAsDouble());
        assertEquals(76.0, PyFloat.parse("\u00a0\u0667\u0666 ").getAsDouble()); // Arabic-Indic digits
        assertTrue(PyFloat.parse("0x10").isEmpty());
        assertTrue(PyFloat.parse("1d").isEmpty());
        assertTrue(PyFloat.parse("1__0").isEmpty());
        assertTrue(Double.isNaN(PyFloat.parse("nan").getAsDouble()));
    }

    // ---------------------------------------------------------------- entities

    @Test
    void namesAreNormalised() {
        Scores s = score("{'id':'a','title':'T','datasets':[{'name':'The Pile'},{'name':'C4'}],"
                        + "'models':[{'name':'LLaMA-2'},{'name':'Théta Net'}]}",
                "{'id':'a','datasets':[{'name':'pile!'},{'name':'c.4'}],"
                        + "'models':[{'name':'llama 2'},{'name':'th eta-net'}]}");
        assertCounts(2, 0, 0, s.section(Section.DATASETS));
        // Python's [^0-9a-z] also drops the non-ASCII 'é': "thtanet" is not "thetanet".
        assertCounts(1, 1, 1, s.section(Section.MODELS));
        // "the" counts as an article only when whitespace follows it.
        Scores t = score("{'id':'a','title':'T','datasets':[{'name':'The Pile'}]}",
                "{'id':'a','datasets':[{'name':'ThePile'}]}");
        assertCounts(0, 1, 1, t.section(Section.DATASETS));
    }

    @Test
    void aliasesCountOnEitherSide() {
        Scores s = score("{'id':'a','title':'T','datasets':[{'name':'Paralinguistic Speech Captions',"
                        + "'aliases':['ParaSpeechCaps']}],'models':[{'name':'GPT-4'}]}",
                "{'id':'a','datasets':[{'name':'ParaSpeechCaps'}],"
                        + "'models':[{'name':'OpenAI flagship','aliases':['gpt4']}]}");
        assertCounts(1, 0, 0, s.section(Section.DATASETS));
        assertCounts(1, 0, 0, s.section(Section.MODELS));
    }

    @Test
    void secondMentionOfMatchedEntityIsFree() {
        Scores s = score("{'id':'a','title':'T','models':[{'name':'Mixtral 8x7B','aliases':['Mixtral']}]}",
                "{'id':'a','models':[{'name':'Mixtral 8x7B'},{'name':'Mixtral'},{'name':'Mistral'}]}");
        assertCounts(1, 1, 0, s.section(Section.MODELS));
    }

    @Test
    void optionalEntitiesAndWhatTouchesThemAreIgnored() {
        String gold = "{'id':'a','title':'T',"
                + "'models':[{'name':'Mixtral','introduced':true},{'name':'GPT-3.5','optional':true}],"
                + "'quantities':[{'value':70,'unit':'percent','subject':'GPT-3.5','property':'score'},"
                + "{'value':3,'unit':'other','optional':true}],"
                + "'relations':[{'s':'Mixtral','p':'outperforms','o':'GPT-3.5'}]}";
        Scores found = score(gold, "{'id':'a','models':[{'name':'GPT-3.5'}],"
                + "'quantities':[{'value':70,'unit':'score','subject':'gpt 3.5','property':'score'},"
                + "{'value':3,'unit':'other'}],"
                + "'relations':[{'s':'Mixtral','p':'outperforms','o':'GPT 3.5'}]}");
        assertCounts(0, 0, 1, found.section(Section.MODELS));
        assertCounts(1, 0, 0, found.section(Section.QUANTITIES)); // the optional 3 absorbs its prediction
        assertCounts(0, 0, 0, found.section(Section.QUANTITY_FACTS));
        assertCounts(0, 0, 0, found.section(Section.RELATIONS));
        Scores silent = score(gold, "{'id':'a','models':[{'name':'Mixtral','introduced':true}]}");
        assertCounts(1, 0, 0, silent.section(Section.MODELS));
        assertCounts(1, 0, 0, silent.section(Section.INTRODUCED));
        assertCounts(0, 0, 1, silent.section(Section.QUANTITIES)); // only the required 70 is missed
    }

    // ---------------------------------------------------------------- quantities

    @Test
    void quantityValuesMatchWithinOnePercentOfGold() {
        String gold = "{'id':'a','title':'T','quantities':[{'value':100,'unit':'parameter'},"
                + "{'value':93.4,'unit':'score'},{'value':0,'unit':'gpu'}]}";
        assertCounts(3, 0, 0, score(gold, "{'id':'a','quantities':[{'value':101,'unit':'parameter'},"
                + "{'value':'93.4','unit':'score'},{'value':0.0,'unit':'gpu'}]}").section(Section.QUANTITIES));
        assertCounts(0, 3, 3, score(gold, "{'id':'a','quantities':[{'value':102,'unit':'parameter'},"
                + "{'value':'about 93','unit':'score'},{'value':null,'unit':'gpu'}]}").section(Section.QUANTITIES));
        assertCounts(0, 1, 3, score(gold, "{'id':'a','quantities':[{'value':100,'unit':'token'}]}")
                .section(Section.QUANTITIES));
    }

    @Test
    void percentAndScoreAreOneUnit() {
        String gold = "{'id':'a','title':'T','quantities':[{'value':76,'unit':'percent'},{'value':7.9,'unit':'score'}]}";
        assertCounts(2, 0, 0, score(gold, "{'id':'a','quantities':[{'value':76,'unit':'score'},"
                + "{'value':7.9,'unit':'percent'}]}").section(Section.QUANTITIES));
        assertCounts(1, 1, 1, score(gold, "{'id':'a','quantities':[{'value':76,'unit':'percentage_point'},"
                + "{'value':7.9,'unit':'percent'}]}").section(Section.QUANTITIES));
    }

    @Test
    void quantityFactNeedsSameResolvedSubjectAndProperty() {
        String gold = "{'id':'a','title':'T','models':[{'name':'Mixtral 8x7B','aliases':['Mixtral']},{'name':'Mistral 7B'}],"
                + "'quantities':[{'value':47e9,'unit':'parameter','subject':'Mixtral 8x7B','property':'parameterCount'},"
                + "{'value':32000,'unit':'token','subject':'Mixtral 8x7B','property':'contextLength'},"
                + "{'value':7e9,'unit':'parameter','subject':null,'property':null}]}";
        Scores s = score(gold, "{'id':'a','quantities':["
                + "{'value':4.7e10,'unit':'parameter','subject':'mixtral','property':'parameterCount'},"
                + "{'value':32000,'unit':'token','subject':'Mixtral','property':'trainingTokens'},"
                + "{'value':7e9,'unit':'parameter','subject':'Mistral 7B','property':'parameterCount'}]}");
        assertCounts(3, 0, 0, s.section(Section.QUANTITIES));
        assertCounts(1, 2, 1, s.section(Section.QUANTITY_FACTS));
    }

    // ---------------------------------------------------------------- relations

    @Test
    void relationsWithUnknownNamesCompareByNormalisedName() {
        String gold = "{'id':'a','title':'T','models':[{'name':'Mixtral 8x7B','aliases':['Mixtral']}],"
                + "'relations':[{'s':'Mixtral 8x7B','p':'outperforms','o':'Llama 2 70B'},"
                + "{'s':'Mixtral','p':'basedOn','o':'Mistral 7B'}]}";
        Scores s = score(gold, "{'id':'a','relations':[{'s':'mixtral','p':'outperforms','o':'llama-2 70b'},"
                + "{'s':'Mixtral','p':'basedOn','o':'Mistral'},{'s':'Mixtral','p':'outperforms','o':'Llama 2 70B'}]}");
        assertCounts(1, 1, 1, s.section(Section.RELATIONS)); // the repeat is one set element
    }

    @Test
    void missingNamesFollowPythonNone() {
        // norm(None) is None: a missing subject matches a missing subject, not an empty one.
        String gold = "{'id':'a','title':'T','models':[{'name':''}],'relations':[{'p':'outperforms','o':'B'}]}";
        Scores s = score(gold, "{'id':'a','models':[{'name':'!!'}],'relations':[{'s':null,'p':'outperforms','o':'b'},"
                + "{'s':'','p':'outperforms','o':'B'}]}");
        assertCounts(1, 1, 0, s.section(Section.RELATIONS));
        assertCounts(0, 1, 1, s.section(Section.MODELS)); // names with no letters or digits match nothing
    }

    // ---------------------------------------------------------------- pairing records

    @Test
    void missingPredictionIsAllMisses() {
        Scores s = GoldScorer.score(List.of(rec("{'id':'a','title':'T','models':[{'name':'A'}],"
                + "'quantities':[{'value':1,'unit':'gpu','subject':'A','property':'acceleratorCount'}],"
                + "'relations':[{'s':'A','p':'trainedOn','o':'D'}]}")), List.of(rec("{'id':'b','title':'U'}")));
        assertCounts(0, 0, 1, s.section(Section.MODELS));
        assertCounts(0, 0, 1, s.section(Section.QUANTITIES));
        assertCounts(0, 0, 1, s.section(Section.QUANTITY_FACTS));
        assertCounts(0, 0, 1, s.section(Section.RELATIONS));
        assertCounts(0, 0, 4, s.overall());
        assertEquals(1, s.documents());
    }

    @Test
    void pairsByTitleWhenIdsDiffer() {
        Scores s = score("{'id':'dev-07','title':'Mixtral of Experts','models':[{'name':'Mixtral'}]}",
                "{'id':'run-3','title':'MIXTRAL of experts!','models':[{'name':'Mixtral'}]}");
        assertCounts(1, 0, 0, s.section(Section.MODELS));
        assertEquals("dev-07", s.perDocument().get(0).key());
    }

    @Test
    void laterRecordWithSameIdReplacesEarlierInPlace() {
        List<JsonNode> gold = List.of(rec("{'id':'x','title':'First','models':[{'name':'A'}]}"),
                rec("{'id':'y','title':'Second'}"),
                rec("{'id':'x','title':'Third','models':[{'name':'C'}]}"));
        Scores s = GoldScorer.score(gold, List.of());
        assertEquals(2, s.documents());
        assertEquals(List.of("x", "y"), s.perDocument().stream().map(DocScores::key).toList());
        assertCounts(0, 0, 1, s.section(Section.MODELS)); // "First" is displaced and never scored
    }

    @Test
    void readsJsonLinesAndNamesBadLines() throws IOException {
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"title\":\"T\",\"models\":[{\"name\":\"A\"}]}\n\n  \n");
        Path pred = tmp.resolve("pred.jsonl");
        Files.writeString(pred, "{\"id\":\"a\",\"models\":[{\"name\":\"A\"}]}\n");
        assertCounts(1, 0, 0, GoldScorer.score(gold, pred).section(Section.MODELS));

        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"a\"}\n{\"id\": b}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldScorer.score(gold, bad));
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains(":2:"), e.getMessage());
        // json.loads rejects Jackson's extra non-finite spellings and trailing data.
        Files.writeString(bad, "{\"id\":\"a\",\"v\":+INF}\n");
        assertThrows(IllegalArgumentException.class, () -> GoldScorer.score(gold, bad));
        Files.writeString(bad, "{\"id\":\"a\"} {}\n");
        assertThrows(IllegalArgumentException.class, () -> GoldScorer.score(gold, bad));
    }

    // ---------------------------------------------------------------- agreement with score.py

    @Test
    void agreesWithPythonOnDevAgainstItself() throws Exception {
        assertSameAsPython(DEV, DEV);
    }

    @Test
    void agreesWithPythonOnPerturbedDev() throws Exception {
        Path pred = tmp.resolve("perturbed.jsonl");
        writeLines(pred, perturb(JsonLines.read(DEV)));
        Scores s = assertSameAsPython(DEV, pred);
        assertTrue(s.overall().fp() > 0 && s.overall().fn() > 0 && s.overall().tp() > 0, ScoreTable.format(s));
    }

    @Test
    void agreesWithPythonOnMismatchedTrainingParts() throws Exception {
        Scores s = assertSameAsPython(Path.of("data/train/parts/gold-00.jsonl"), Path.of("data/train/parts/gold-01.jsonl"));
        assertTrue(s.overall().fn() > s.overall().tp(), ScoreTable.format(s));
    }

    @Test
    void agreesWithPythonOnOddValues() throws Exception {
        Random r = new Random(7);
        List<JsonNode> gold = new ArrayList<>();
        List<JsonNode> pred = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ObjectNode g = oddRecord(r, "odd-" + i);
            gold.add(g);
            pred.add(r.nextInt(4) == 0 ? oddRecord(r, "odd-" + i) : mutate(r, g));
        }
        Path goldFile = tmp.resolve("odd-gold.jsonl");
        Path predFile = tmp.resolve("odd-pred.jsonl");
        writeLines(goldFile, gold);
        writeLines(predFile, pred);
        assertSameAsPython(goldFile, predFile);
    }

    /** Runs both scorers in all three output modes and demands identical text. */
    private Scores assertSameAsPython(Path gold, Path pred) throws Exception {
        Assumptions.assumeTrue(pythonAvailable(), "python3 is not on PATH");
        Scores s = GoldScorer.score(gold, pred);
        assertEquals(python(gold, pred), ScoreTable.format(s));
        assertEquals(python(gold, pred, "--json"), ScoreTable.toJson(s));
        assertEquals(python(gold, pred, "--by-doc"), ScoreTable.format(s) + ScoreTable.formatByDoc(s));
        return s;
    }

    private static boolean pythonAvailable() {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(Path gold, Path pred, String... flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORE_PY.toString(), gold.toString(), pred.toString()));
        cmd.addAll(List.of(flags));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "score.py failed on " + cmd);
        return out;
    }

    private static void writeLines(Path file, List<? extends JsonNode> records) throws IOException {
        StringBuilder b = new StringBuilder();
        for (JsonNode r : records) {
            b.append(JSON.writeValueAsString(r)).append('\n');
        }
        Files.writeString(file, b.toString());
    }

    /**
     * A deterministic imperfect extractor: drops, renames and re-spells entities, shifts
     * quantity values by 0.5 % (still a match) or 5 % (a miss), drops relations and adds
     * bogus ones, re-keys some records (paired by title) and loses one.
     */
    private static List<ObjectNode> perturb(List<ObjectNode> gold) {
        Random r = new Random(42);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (i == 3) {
                continue; // a paper the extractor skipped: all misses
            }
            ObjectNode p = gold.get(i).deepCopy();
            if (i % 7 == 0) {
                p.put("id", "run-" + i);
            }
            for (String kind : EntityIndex.KINDS) {
                if (p.get(kind) instanceof ArrayNode list) {
                    ArrayNode kept = p.putArray(kind);
                    for (JsonNode e : list) {
                        double x = r.nextDouble();
                        if (x < 0.15) {
                            continue;
                        }
                        ObjectNode c = (ObjectNode) e;
                        if (x < 0.25) {
                            c.put("name", c.path("name").asText() + " Pro");
                        } else if (x < 0.35) {
                            c.put("name", c.path("name").asText().toUpperCase().replace('-', ' '));
                        }
                        kept.add(c);
                    }
                }
            }
            if (p.get("quantities") instanceof ArrayNode qs) {
                for (JsonNode q : qs) {
                    double x = r.nextDouble();
                    if (q.get("value").isNumber() && x < 0.4) {
                        ((ObjectNode) q).put("value", q.get("value").doubleValue() * (x < 0.2 ? 1.005 : 1.05));
                    }
                }
            }
            if (p.get("relations") instanceof ArrayNode rels) {
                ArrayNode kept = p.putArray("relations");
                for (JsonNode rel : rels) {
                    if (r.nextDouble() >= 0.25) {
                        kept.add(rel);
                    }
                }
                if (r.nextBoolean()) {
                    kept.addObject().put("s", "Bogus Model " + i).put("p", "outperforms").put("o", "GPT-4");
                }
            }
            out.add(p);
        }
        out.add((ObjectNode) rec("{'id':'not-in-gold','title':'Elsewhere','models':[{'name':'X'}]}"));
        return out;
    }

    // Values chosen to exercise Python's typing: numbers as names, string aliases,
    // numeric strings, NaN-free oddities, repeated ids and titles.
    private static final String[] NAMES = {"GPT-3", "gpt 3", "The Pile", "Pile", "the\u00a0pile", "LLaMA 2", "Llama-2",
        "\u0130BM", "ibm", "\u212aNN", "knn", "", "...", "Th\u00e9ta", "1e-05", "3"};
    private static final Object[] VALUES = {100, 100.5, 101.5, "100", " 1_00 ", "\u0661\u0660\u0660", null, true, 1, 0,
        0.0, "inf", "x", 93.4, 1e-5};
    private static final String[] UNITS = {"score", "percent", "parameter", "token", "Percent"};

    private static ObjectNode oddRecord(Random r, String id) {
        ObjectNode rec = JSON.createObjectNode();
        if (r.nextInt(6) > 0) {
            rec.put("id", r.nextInt(8) == 0 ? "odd-0" : id);
        }
        rec.put("title", r.nextInt(5) == 0 ? "Shared Title" : "Title " + id);
        List<String> names = new ArrayList<>();
        for (String kind : EntityIndex.KINDS) {
            ArrayNode list = rec.putArray(kind);
            for (int k = r.nextInt(4); k > 0; k--) {
                ObjectNode e = list.addObject();
                String name = pick(r, NAMES);
                names.add(name);
                if (r.nextInt(10) == 0) {
                    e.put("name", 1e-5); // str(1e-05) is "1e-05"
                } else {
                    e.put("name", name);
                }
                if (r.nextInt(4) == 0) {
                    e.put("aliases", pick(r, NAMES)); // a string: Python iterates its characters
                } else if (r.nextInt(3) == 0) {
                    e.putArray("aliases").add(pick(r, NAMES));
                }
                if (r.nextInt(5) == 0) {
                    e.put("optional", true);
                }
                e.put("introduced", r.nextBoolean());
            }
        }
        names.add("Unknown Model");
        ArrayNode qs = rec.putArray("quantities");
        for (int k = r.nextInt(5); k > 0; k--) {
            ObjectNode q = qs.addObject();
            q.set("value", JSON.valueToTree(VALUES[r.nextInt(VALUES.length)]));
            q.put("unit", pick(r, UNITS));
            if (r.nextBoolean()) {
                q.put("subject", names.get(r.nextInt(names.size())));
                q.put("property", r.nextBoolean() ? "score" : "parameterCount");
            }
            if (r.nextInt(6) == 0) {
                q.put("optional", true);
            }
        }
        ArrayNode rels = rec.putArray("relations");
        for (int k = r.nextInt(4); k > 0; k--) {
            ObjectNode rel = rels.addObject();
            if (r.nextInt(8) > 0) {
                rel.put("s", names.get(r.nextInt(names.size())));
            }
            rel.put("p", r.nextBoolean() ? "outperforms" : "trainedOn");
            rel.put("o", names.get(r.nextInt(names.size())));
        }
        return rec;
    }

    private static ObjectNode mutate(Random r, ObjectNode gold) {
        ObjectNode p = gold.deepCopy();
        if (r.nextInt(4) == 0) {
            p.put("id", "elsewhere-" + r.nextInt(1000));
        }
        for (String field : List.of("models", "datasets", "organizations", "quantities", "relations")) {
            ArrayNode list = (ArrayNode) p.get(field);
            for (int k = list.size() - 1; k >= 0; k--) {
                if (r.nextInt(4) == 0) {
                    list.remove(k);
                } else if (field.equals("quantities") && r.nextInt(3) == 0) {
                    ((ObjectNode) list.get(k)).set("value", JSON.valueToTree(VALUES[r.nextInt(VALUES.length)]));
                } else if (!field.equals("quantities") && !field.equals("relations") && r.nextInt(4) == 0) {
                    ((ObjectNode) list.get(k)).put("name", pick(r, NAMES));
                }
            }
        }
        return p;
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
