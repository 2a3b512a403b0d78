package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperKg;
import org.paperkg.rdf.Ontology;
import org.paperkg.store.KnowledgeStore;

/**
 * Every query of the library (queries/*.rq) against the graph of the seed corpus, built once: each runs
 * with its defaults (and some with other parameter values) and gives an answer the seed abstracts
 * support. The assertions stick to facts the seed text states plainly (Ring-1T's "1 trillion total
 * parameters", Dolma's "three trillion tokens", "phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench",
 * two papers listed by inclusionAI in October 2025, ...) and to properties any right answer has
 * (ordering, thresholds, counts that a second, independent query confirms), so that an improving
 * extractor does not break them but a wrong query does.
 *
 * <p>The time of every query is measured (median of several runs after a warm-up) and printed, not
 * asserted: machines differ.
 */
class QueryLibrarySeedTest {

    private static final String PKG = "https://w3id.org/paperkg/ontology#";
    private static final String MODEL = "https://w3id.org/paperkg/model/";
    private static final String DATASET = "https://w3id.org/paperkg/dataset/";
    private static final String PREFIXES = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path dir;
    private static KnowledgeStore kg;
    private static QueryRunner runner;
    private static final QueryLibrary library = QueryLibrary.load(Path.of("queries"));
    private static final Map<String, double[]> timings = new TreeMap<>();

    @BeforeAll
    static void buildSeedGraph() {
        Path store = dir.resolve("kg");
        int code = quietly(() -> PaperKg.commandLine().execute("build", "data/seeds", "--store", store.toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString()));
        assertEquals(0, code, "paperkg build of the seed corpus");
        kg = KnowledgeStore.open(store);
        runner = QueryRunner.local(kg.dataset());
    }

    @AfterAll
    static void closeAndReport() {
        if (!timings.isEmpty()) {
            StringBuilder report = new StringBuilder("query times on the seed graph (median of 7 runs after 2 warm-ups; "
                    + "wall clock, and CPU time of the querying thread):\n");
            timings.forEach((name, t) -> report.append(String.format(Locale.ROOT, "  %-32s %7.1f ms  (cpu %6.1f ms, %d rows)%n",
                    name, t[0], t[1], (long) t[2])));
            double[] medians = timings.values().stream().mapToDouble(t -> t[0]).sorted().toArray();
            report.append(String.format(Locale.ROOT, "  median over the library: %.1f ms; slowest: %.1f ms%n",
                    medians[medians.length / 2], medians[medians.length - 1]));
            System.out.print(report);
        }
        if (kg != null) kg.close();
    }

    // ------------------------------------------------------------------ the library as a whole

    @Test
    void theLibraryHasAtLeast15QueriesEachWithItsHeaderBlock() throws Exception {
        List<NamedQuery> all = library.all();
        assertTrue(all.size() >= 15, "at least 15 queries, found " + all.size());
        Pattern param = Pattern.compile("#\\s*param:\\s*([A-Za-z_]\\w*)\\s*=\\s*(.*?)\\s*(\u2014|\u2013| -- )\\s*\\S.*");
        for (NamedQuery q : all) {
            String text = Files.readString(Path.of("queries", q.name() + ".rq"));
            List<String> lines = text.lines().toList();
            assertTrue(lines.get(0).startsWith("# title: "), q.name() + " starts with '# title:'");
            assertTrue(lines.get(1).startsWith("# question: "), q.name() + ": the question follows the title");
            assertFalse(q.title().equals(q.name()) || q.title().isBlank(), q.name() + " has a title");
            assertTrue(q.question().endsWith("?") && q.question().length() > 20, q.name() + " asks a question: " + q.question());
            assertFalse(q.question().substring(0, q.question().length() - 1).matches(".*[.?!]\\s+[A-Z].*"),
                    q.name() + ": the question is one sentence: " + q.question());
            // every param line has a name, a default (possibly empty) and a description, and the
            // variable is used in the query body
            String body = text.lines().dropWhile(l -> l.isBlank() || l.startsWith("#")).collect(Collectors.joining("\n"));
            List<String> paramLines = lines.stream().takeWhile(l -> l.isBlank() || l.startsWith("#"))
                    .filter(l -> l.startsWith("# param:")).toList();
            assertEquals(q.parameterDefaults().size(), paramLines.size(), q.name());
            for (String line : paramLines) {
                Matcher m = param.matcher(line);
                assertTrue(m.matches(), q.name() + ": '" + line + "' is 'name = default — description'");
                assertTrue(Pattern.compile("\\?" + m.group(1) + "\\b").matcher(body).find(),
                        q.name() + ": parameter " + m.group(1) + " is used in the query");
            }
            Query parsed = QueryRunner.prepare(q, Map.of());     // parses with the defaults bound
            assertTrue(parsed.isSelectType(), q.name() + " is a SELECT query");
        }
    }

    @Test
    void queriesUseOnlyTermsTheOntologyDeclares() throws Exception {
        Set<String> declared = new HashSet<>();
        Ontology.model().listSubjects().forEachRemaining(r -> {
            if (r.isURIResource()) declared.add(r.getURI());
        });
        Pattern term = Pattern.compile("\\bpkg:([A-Za-z_][\\w-]*)");
        for (NamedQuery q : library.all()) {
            String body = q.sparql().lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
            Matcher m = term.matcher(body);
            while (m.find()) {
                assertTrue(declared.contains(PKG + m.group(1)), q.name() + " uses pkg:" + m.group(1) + ", which paperkg.ttl does not declare");
            }
        }
    }

    @Test
    void everyQueryRunsWithItsDefaultsAndIsTimed() {
        for (NamedQuery q : library.all()) {
            Query query = QueryRunner.prepare(q, Map.of());
            int runs = 9, warmUp = 2;
            double[] wall = new double[runs - warmUp];
            double[] cpu = new double[runs - warmUp];
            long rows = 0;
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                rows = runner.select(query).size();
                if (i >= warmUp) {
                    wall[i - warmUp] = (System.nanoTime() - t0) / 1e6;
                    cpu[i - warmUp] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            timings.put(q.name(), new double[] {wall[wall.length / 2], cpu[cpu.length / 2], rows});
        }
    }

    @Test
    void everyQueryFileHasATestHere() throws Exception {
        Set<String> names = library.all().stream().map(NamedQuery::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, new TreeSet<>(PER_QUERY_TESTS.keySet()), "every query in queries/ has a test in QueryLibrarySeedTest");
        for (String method : PER_QUERY_TESTS.values()) {
            assertTrue(QueryLibrarySeedTest.class.getDeclaredMethod(method).isAnnotationPresent(Test.class), method);
        }
    }

    /** The query each per-query test covers: kept next to the tests so a new query needs a new entry. */
    private static final Map<String, String> PER_QUERY_TESTS = Map.ofEntries(
            Map.entry("paper-count", "paperCount"),
            Map.entry("model-parameters", "modelParameters"),
            Map.entry("organization-papers", "organizationPapers"),
            Map.entry("largest-models", "largestModels"),
            Map.entry("models-by-training-tokens", "modelsByTrainingTokens"),
            Map.entry("model-lineage", "modelLineage"),
            Map.entry("benchmark-leaderboard", "benchmarkLeaderboard"),
            Map.entry("datasets-by-size", "datasetsBySize"),
            Map.entry("organization-introductions", "organizationIntroductions"),
            Map.entry("models-on-two-benchmarks", "modelsOnTwoBenchmarks"),
            Map.entry("co-mentioned-models", "coMentionedModels"),
            Map.entry("papers-per-month", "papersPerMonth"),
            Map.entry("entity-facts", "entityFacts"),
            Map.entry("search-papers", "searchPapers"),
            Map.entry("single-paper-entities", "singlePaperEntities"),
            Map.entry("large-models-tokens-benchmark", "largeModelsTokensBenchmark"),
            Map.entry("model-outperforms", "modelOutperforms"),
            Map.entry("training-data", "trainingData"),
            Map.entry("most-mentioned-entities", "mostMentionedEntities"));

    // ------------------------------------------------------------------ one test per query

    @Test
    void paperCount() {
        List<QuerySolution> rows = rows("paper-count");
        assertEquals(1, rows.size());
        long papers = rows.get(0).getLiteral("papers").getLong();
        assertEquals(kg.paperCount(), papers);
        assertTrue(papers > 400, "the seed corpus has over 400 distinct papers: " + papers);
    }

    @Test
    void modelParameters() {
        List<QuerySolution> all = rows("model-parameters");
        assertDescending(all, "parameters");
        List<QuerySolution> trillion = rows("model-parameters", "minParams", "1e12");
        assertTrue(trillion.stream().allMatch(r -> dbl(r, "parameters") >= 1e12));
        // "It features 1 trillion total parameters and activates approximately 50 billion per token."
        assertTrue(trillion.stream().anyMatch(r -> iri(r, "model").equals(MODEL + "ring1t")
                && str(r, "rawText").toLowerCase(Locale.ROOT).contains("trillion")), labels(trillion, "label").toString());
        assertTrue(all.size() > trillion.size());
    }

    @Test
    void organizationPapers() {
        List<QuerySolution> rows = rows("organization-papers");
        assertDescending(rows, "papers");
        QuerySolution inclusion = only(rows, r -> "inclusionAI".equals(str(r, "label")));
        // both Ling 2.0 and Ring-1T are listed by inclusionAI on the seed listing page
        assertTrue(lng(inclusion, "listedPapers") >= 2, inclusion.toString());
        for (QuerySolution r : rows) {
            assertTrue(lng(r, "papers") >= Math.max(lng(r, "listedPapers"), lng(r, "mentioningPapers")), r.toString());
        }
    }

    @Test
    void largestModels() {
        List<QuerySolution> rows = rows("largest-models");
        assertFalse(rows.isEmpty());
        assertDescending(rows, "parameters");
        assertEquals(rows.size(), rows.stream().map(r -> iri(r, "model")).distinct().count(), "one row per model");
        QuerySolution top = rows.get(0);
        // the largest model is one the seeds call a trillion-parameter model
        assertTrue(dbl(top, "parameters") >= 1e12, top.toString());
        assertTrue(str(top, "rawText").matches("(?i).*(trillion|\\dT\\b).*"), top.toString());
        for (QuerySolution r : rows) {
            assertTrue(str(r, "evidence").contains(str(r, "rawText")), "the evidence sentence states the count: " + r);
        }
        QuerySolution ring = only(rows, r -> iri(r, "model").equals(MODEL + "ring1t"));
        assertEquals(1e12, dbl(ring, "parameters"));
        assertTrue(str(ring, "evidence").contains("1 trillion total parameters"), ring.toString());
        assertTrue(rows("largest-models", "minParams", "5e11").stream().allMatch(r -> dbl(r, "parameters") >= 5e11));
    }

    @Test
    void modelsByTrainingTokens() {
        List<QuerySolution> rows = rows("models-by-training-tokens");
        assertDescending(rows, "tokens");
        assertTrue(rows.stream().allMatch(r -> dbl(r, "tokens") > 1e12), "more than the default 1e12");
        // "MiMo-7B-Base is pre-trained on 25 trillion tokens"
        QuerySolution mimo = only(rows, r -> "MiMo-7B-Base".equals(str(r, "label")));
        assertEquals(2.5e13, dbl(mimo, "tokens"));
        assertTrue(str(mimo, "evidence").contains("25 trillion tokens"));
        List<QuerySolution> over20t = rows("models-by-training-tokens", "minTokens", "2e13");
        assertTrue(over20t.stream().allMatch(r -> dbl(r, "tokens") > 2e13));
        assertTrue(labels(over20t, "label").contains("MiMo-7B-Base"));
        assertFalse(labels(over20t, "label").contains("Poro 34B"), "Poro 34B was trained for 1 trillion tokens");
    }

    @Test
    void modelLineage() {
        // "... train OPT-IML 30B and 175B, which are instruction-tuned versions of OPT."
        List<QuerySolution> opt = rows("model-lineage");
        assertTrue(opt.stream().anyMatch(r -> "ancestor".equals(str(r, "direction")) && iri(r, "to").equals(MODEL + "opt")),
                "OPT-IML 30B goes back to OPT: " + opt);
        assertChainIsConnected(opt);

        // case-insensitive name; the three models of the Ling 2.0 series are part of it
        List<QuerySolution> ling = rows("model-lineage", "model", "ling 2.0");
        Set<String> members = ling.stream().filter(r -> "descendant".equals(str(r, "direction")))
                .map(r -> iri(r, "from")).collect(Collectors.toSet());
        assertTrue(members.contains(MODEL + "ling1t"), "Ling-1T belongs to Ling 2.0: " + ling);
        assertChainIsConnected(ling);

        // "We fine-tuned StarCoderBase on 35B Python tokens, resulting in the creation of StarCoder."
        List<QuerySolution> starcoder = rows("model-lineage", "model", "StarCoder");
        assertTrue(starcoder.stream().anyMatch(r -> "ancestor".equals(str(r, "direction"))
                && iri(r, "to").equals(MODEL + "starcoderbase") && iri(r, "relation").equals(PKG + "basedOn")), starcoder.toString());
        assertTrue(rows("model-lineage", "model", "no such model").isEmpty());
    }

    /** Every edge of a lineage starts at the model itself or where another edge of it ends. */
    private static void assertChainIsConnected(List<QuerySolution> rows) {
        for (QuerySolution r : rows) {
            boolean ancestor = "ancestor".equals(str(r, "direction"));
            String near = ancestor ? iri(r, "from") : iri(r, "to");
            String start = iri(r, "start");
            boolean direct = r.getLiteral("direct").getBoolean();
            assertEquals(direct, near.equals(start), r.toString());
            if (!direct) {
                assertTrue(rows.stream().anyMatch(o -> str(o, "direction").equals(str(r, "direction"))
                        && (ancestor ? iri(o, "to") : iri(o, "from")).equals(near)), "edge connects to the chain: " + r);
            }
        }
    }

    @Test
    void benchmarkLeaderboard() {
        List<QuerySolution> mmlu = rows("benchmark-leaderboard");
        // Chinchilla 67.5%, Flan-PaLM 540B 75.2%, phi-3-mini 69%, ...: the seeds give several MMLU scores
        assertFalse(mmlu.isEmpty(), "the seed abstracts report MMLU scores");
        assertDescending(mmlu, "score");
        for (QuerySolution r : mmlu) {
            assertEquals("MMLU", str(r, "benchmarkLabel"));
            assertTrue(str(r, "evidence").contains(number(dbl(r, "score"))), "the sentence states the score: " + r);
            assertTrue(str(r, "evidence").contains("MMLU"), r.toString());
        }
        assertEquals(iris(mmlu, "model"), iris(rows("benchmark-leaderboard", "benchmark", "mmlu"), "model"), "names match in any case");
        assertTrue(rows("benchmark-leaderboard", "benchmark", "no such benchmark").isEmpty());
    }

    @Test
    void datasetsBySize() {
        List<QuerySolution> rows = rows("datasets-by-size");
        // "we release Dolma, a three trillion tokens English corpus"
        QuerySolution dolma = only(rows, r -> iri(r, "dataset").equals(DATASET + "dolma") && "token".equals(str(r, "unitName")));
        assertEquals(3e12, dbl(dolma, "size"));
        assertTrue(str(dolma, "evidence").toLowerCase(Locale.ROOT).contains("three trillion tokens"), dolma.toString());
        // grouped by unit, largest first within a unit
        for (int i = 1; i < rows.size(); i++) {
            int byUnit = str(rows.get(i - 1), "unitName").compareTo(str(rows.get(i), "unitName"));
            assertTrue(byUnit < 0 || byUnit == 0 && dbl(rows.get(i - 1), "size") >= dbl(rows.get(i), "size"), rows.get(i).toString());
        }
        List<QuerySolution> tokens = rows("datasets-by-size", "unit", "token");
        assertTrue(tokens.stream().allMatch(r -> "token".equals(str(r, "unitName"))));
        assertTrue(iris(tokens, "dataset").contains(DATASET + "dolma"));
        assertTrue(tokens.size() < rows.size(), "other units exist too");
    }

    @Test
    void organizationIntroductions() {
        List<QuerySolution> all = rows("organization-introductions");
        assertFalse(all.isEmpty());
        // Ring-1T and Ling-1T: papers listed by inclusionAI that introduce them
        List<QuerySolution> inclusion = rows("organization-introductions", "organization", "INCLUSIONAI");
        assertTrue(inclusion.stream().allMatch(r -> "inclusionAI".equals(str(r, "orgLabel"))), inclusion.toString());
        Set<String> models = new HashSet<>(iris(inclusion, "entity"));
        assertTrue(models.containsAll(Set.of(MODEL + "ring1t", MODEL + "ling1t")), models.toString());
        assertTrue(inclusion.stream().allMatch(r -> "model".equals(str(r, "kind"))));
        assertTrue(all.size() > inclusion.size());
    }

    @Test
    void modelsOnTwoBenchmarks() {
        // "phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench"
        List<QuerySolution> rows = rows("models-on-two-benchmarks");
        QuerySolution phi = only(rows, r -> iri(r, "model").equals(MODEL + "phi3mini"));
        assertEquals("MMLU", str(phi, "firstLabel"));
        assertEquals("MT-bench", str(phi, "secondLabel"));
        if (phi.contains("firstScore")) assertEquals(69.0, dbl(phi, "firstScore"));
        if (phi.contains("secondScore")) assertEquals(8.38, dbl(phi, "secondScore"));
        assertEquals(iris(rows, "model"), iris(rows("models-on-two-benchmarks", "benchmark1", "mmlu", "benchmark2", "mt-BENCH"), "model"));
        assertTrue(rows("models-on-two-benchmarks", "benchmark2", "MMLU").isEmpty(), "a benchmark is not paired with itself");
    }

    @Test
    void coMentionedModels() {
        List<QuerySolution> rows = rows("co-mentioned-models");
        assertFalse(rows.isEmpty());
        assertDescending(rows, "papers");
        for (QuerySolution r : rows) {
            assertTrue(lng(r, "papers") >= 2);
            assertTrue(iri(r, "modelA").compareTo(iri(r, "modelB")) < 0, "each pair once");
            // the example paper names both models, and the title is that paper's own
            assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { <" + iri(r, "examplePaper") + "> pkg:mentions <"
                    + iri(r, "modelA") + "> , <" + iri(r, "modelB") + "> }"), r.toString());
            assertTrue(textOf(iri(r, "examplePaper")).startsWith(str(r, "exampleTitle") + " "), r.toString());
        }
        // the top pair's count, checked by a second query
        QuerySolution top = rows.get(0);
        long together = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:mentions|pkg:introduces <" + iri(top, "modelA")
                + "> , <" + iri(top, "modelB") + "> }");
        assertEquals(together, lng(top, "papers"), top.toString());
        assertTrue(rows("co-mentioned-models", "minPapers", "1").size() > rows.size());
    }

    @Test
    void papersPerMonth() {
        List<QuerySolution> rows = rows("papers-per-month");
        Map<String, Long> byPeriod = new LinkedHashMap<>();
        rows.forEach(r -> byPeriod.put(str(r, "period"), lng(r, "papers")));
        // the seed listing has Ling 2.0 (Oct 24, 2025) and Ring-1T (Oct 21, 2025)
        assertTrue(byPeriod.getOrDefault("2025-10", 0L) >= 2, byPeriod.toString());
        for (String period : byPeriod.keySet()) {
            assertTrue(period.matches("\\d{4}-\\d{2}|[A-Z][a-z]{2}|\\d{4}|undated"), "period " + period);
        }
        assertEquals(kg.paperCount(), byPeriod.values().stream().mapToLong(Long::longValue).sum(), "every paper is counted once");
        List<String> yearMonths = byPeriod.keySet().stream().filter(p -> p.matches("\\d{4}-\\d{2}")).toList();
        assertEquals(yearMonths.stream().sorted().toList(), yearMonths, "year-month rows in date order");
        assertTrue(yearMonths.size() >= 10, "the seeds span several years: " + yearMonths);
        // checked against the dates themselves: full dates and year-months count under "YYYY-MM",
        // dates without a year (xsd:gMonthDay, "Oct 9" on a listing page) under their month alone
        long withYear = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper ; pkg:publicationDate ?d "
                + "FILTER (DATATYPE(?d) IN (xsd:date, xsd:gYearMonth)) }");
        long withoutYear = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper ; pkg:publicationDate ?d "
                + "FILTER (DATATYPE(?d) = xsd:gMonthDay) }");
        assertEquals(withYear, sum(byPeriod, "\\d{4}-\\d{2}"), "papers with a year and a month");
        assertTrue(sum(byPeriod, "[A-Z][a-z]{2}") >= withoutYear, "papers with a month but no year: " + byPeriod);
        assertTrue(withoutYear == 0 || byPeriod.keySet().stream().anyMatch(p -> p.matches("[A-Z][a-z]{2}")), byPeriod.toString());
    }

    /** The date forms the seeds lack (a date text without a parsed date, a year alone) on four made-up papers. */
    @Test
    void papersPerMonthReadsEveryDateForm() {
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> org.apache.jena.riot.RDFParser.fromString("""
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <urn:x-test:p1> a pkg:Paper ; pkg:publicationDate "2025-10-21"^^xsd:date ; pkg:dateText "Oct 21, 2025" .
                <urn:x-test:p2> a pkg:Paper ; pkg:publicationDate "2025-10"^^xsd:gYearMonth .
                <urn:x-test:p3> a pkg:Paper ; pkg:publicationDate "--10-09"^^xsd:gMonthDay ; pkg:dateText "Oct 9" .
                <urn:x-test:p4> a pkg:Paper ; pkg:dateText "Published on Jan 8" .
                <urn:x-test:p5> a pkg:Paper ; pkg:publicationDate "2024"^^xsd:gYear .
                <urn:x-test:p6> a pkg:Paper ; pkg:dateText "yesterday" .
                <urn:x-test:p7> a pkg:Paper .
                """, org.apache.jena.riot.Lang.TURTLE).parse(ds.getDefaultModel()));
        ResultSetRewindable rs = QueryRunner.local(ds).select(QueryRunner.prepare(library.get("papers-per-month"), Map.of()));
        Map<String, Long> byPeriod = new LinkedHashMap<>();
        rs.forEachRemaining(r -> byPeriod.put(r.getLiteral("period").getString(), r.getLiteral("papers").getLong()));
        assertEquals(new ArrayList<>(List.of("2025-10", "Jan", "Oct", "2024", "undated")), new ArrayList<>(byPeriod.keySet()));
        assertEquals(List.of(2L, 1L, 1L, 1L, 2L), new ArrayList<>(byPeriod.values()));
    }

    @Test
    void entityFacts() {
        List<QuerySolution> ring = rows("entity-facts");
        assertTrue(ring.stream().allMatch(r -> iri(r, "subject").equals(MODEL + "ring1t") && !str(r, "sentence").isEmpty()));
        QuerySolution params = only(ring, r -> iri(r, "predicate").equals(PKG + "parameterCount"));
        assertEquals(1e12, dbl(params, "value"));
        assertTrue(str(params, "sentence").contains("1 trillion total parameters"), params.toString());

        List<QuerySolution> dolma = rows("entity-facts", "entity", "<" + DATASET + "dolma>");
        assertTrue(dolma.stream().anyMatch(r -> r.contains("value") && dbl(r, "value") == 3e12
                && iri(r, "unit").equals(PKG + "unit-token")
                && str(r, "sentence").toLowerCase(Locale.ROOT).contains("three trillion tokens")), dolma.toString());
        assertEquals(iris(ring, "predicate"), iris(rows("entity-facts", "entity", "RING-1t"), "predicate"), "any case");
    }

    @Test
    void searchPapers() {
        List<QuerySolution> moe = rows("search-papers");
        assertTrue(moe.size() >= 3, "several seed abstracts mention a mixture of experts");
        for (QuerySolution r : moe) {
            String paper = iri(r, "paper");
            // the three words in this order, whatever the case and the punctuation between them
            String words = textOf(paper).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
            assertTrue(words.contains("mixture of experts"), paper);
            assertEquals(str(r, "title").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").contains("mixture of experts"),
                    r.getLiteral("inTitle").getBoolean(), paper);
        }
        long substringMatches = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper ; dcterms:title ?t ."
                + " OPTIONAL { ?p pkg:abstract ?a } FILTER (CONTAINS(LCASE(CONCAT(?t, \" \", COALESCE(?a, \"\"))), \"mixture of experts\")) }");
        assertTrue(moe.size() >= substringMatches, "every paper with the phrase as written is found: " + moe.size() + " < " + substringMatches);
        List<QuerySolution> dolma = rows("search-papers", "text", "DOLMA");
        assertTrue(str(dolma.get(0), "title").startsWith("Dolma: an Open Corpus of Three Trillion Tokens"), dolma.toString());
        assertTrue(dolma.get(0).getLiteral("inTitle").getBoolean());
        assertTrue(rows("search-papers", "text", "\") } SELECT * WHERE { ?s ?p ?o").isEmpty(), "the text is a value, not SPARQL");
    }

    @Test
    void singlePaperEntities() {
        List<QuerySolution> rows = rows("single-paper-entities");
        assertFalse(rows.isEmpty());
        long expected = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pkg:mentionCount 1 ; a ?t "
                + "VALUES ?t { pkg:Model pkg:Dataset pkg:Organization } }");
        assertEquals(expected, rows.stream().map(r -> iri(r, "entity")).distinct().count());
        // spot-check the first rows with a second query: exactly one paper names them
        for (QuerySolution r : rows.subList(0, Math.min(20, rows.size()))) {
            long papers = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:mentions|pkg:introduces <" + iri(r, "entity") + "> }");
            assertEquals(1, papers, r.toString());
        }
        List<QuerySolution> orgs = rows("single-paper-entities", "type", "organization");
        assertTrue(!orgs.isEmpty() && orgs.stream().allMatch(r -> "Organization".equals(str(r, "kind"))));
    }

    @Test
    void largeModelsTokensBenchmark() {
        List<QuerySolution> rows = rows("large-models-tokens-benchmark");
        assertFalse(rows.isEmpty());
        for (QuerySolution r : rows) {
            assertTrue(dbl(r, "parameters") > 1e11 && dbl(r, "trainingTokens") > 2e12, r.toString());
            assertFalse(str(r, "parameterEvidence").isEmpty() || str(r, "tokenEvidence").isEmpty(), r.toString());
        }
        // Pangu Ultra: 135 billion parameters, 13.2 trillion tokens; Falcon-180B: over 3.5 trillion
        // tokens; Llama 3: 405 billion parameters trained on 15.6 trillion tokens
        Set<String> labels = labels(rows, "label");
        assertTrue(labels.stream().anyMatch(Set.of("Pangu Ultra", "Falcon-180B", "Llama 3")::contains), labels.toString());

        // smaller models with long training: the phi-3 models, with their MMLU scores where known
        List<QuerySolution> smaller = rows("large-models-tokens-benchmark", "minParams", "1e9", "minTokens", "3e12");
        QuerySolution phi = only(smaller, r -> iri(r, "model").equals(MODEL + "phi3mini"));
        assertEquals(3.8e9, dbl(phi, "parameters"));
        assertEquals(3.3e12, dbl(phi, "trainingTokens"));
        assertTrue(smaller.stream().anyMatch(r -> r.contains("score") && "MMLU".equals(str(r, "benchmarkLabel"))),
                "some model of this size has an MMLU score: " + smaller);
        for (QuerySolution r : smaller) {
            if (r.contains("score")) {
                assertTrue(str(r, "scoreEvidence").contains(number(dbl(r, "score"))), r.toString());
            }
        }
        if (phi.contains("score")) assertEquals(69.0, dbl(phi, "score"));
    }

    @Test
    void modelOutperforms() {
        List<QuerySolution> all = rows("model-outperforms");
        assertFalse(all.isEmpty());
        // "Falcon-180B significantly outperforms models such as PaLM or Chinchilla"
        List<QuerySolution> falcon = rows("model-outperforms", "model", "falcon-180b");
        assertTrue(falcon.stream().allMatch(r -> iri(r, "winner").equals(MODEL + "falcon180b") || iri(r, "loser").equals(MODEL + "falcon180b")));
        assertTrue(falcon.stream().anyMatch(r -> iri(r, "winner").equals(MODEL + "falcon180b")
                && Set.of(MODEL + "palm", MODEL + "chinchilla").contains(iri(r, "loser"))), falcon.toString());
        assertTrue(falcon.stream().allMatch(r -> str(r, "evidence").contains("Falcon-180B")));
    }

    @Test
    void trainingData() {
        List<QuerySolution> all = rows("training-data");
        assertFalse(all.isEmpty());
        // "Dolma has been used to train OLMo, a state-of-the-art, open language model"
        List<QuerySolution> dolma = rows("training-data", "dataset", "dolma");
        assertTrue(dolma.stream().allMatch(r -> iri(r, "trainingSet").equals(DATASET + "dolma")));
        QuerySolution olmo = only(dolma, r -> iri(r, "model").equals(MODEL + "olmo"));
        assertEquals(3e12, dbl(olmo, "trainingSetSize"), "Dolma's three trillion tokens");
    }

    @Test
    void mostMentionedEntities() {
        List<QuerySolution> rows = rows("most-mentioned-entities");
        assertDescending(rows, "papers");
        assertTrue(rows.stream().allMatch(r -> lng(r, "papers") >= 3));
        QuerySolution top = rows.get(0);
        long papers = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:mentions|pkg:introduces <" + iri(top, "entity") + "> }");
        assertEquals(papers, lng(top, "papers"), top.toString());
        assertTrue(iris(rows, "entity").contains(MODEL + "gpt4"), "GPT-4 is named in many seed abstracts");
        List<QuerySolution> benchmarks = rows("most-mentioned-entities", "type", "Benchmark");
        assertTrue(benchmarks.stream().allMatch(r -> "Benchmark".equals(str(r, "kind"))));
        assertTrue(iris(benchmarks, "entity").contains(DATASET + "mmlu"));
    }

    // ------------------------------------------------------------------ helpers

    private static List<QuerySolution> rows(String name, String... params) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) values.put(params[i], params[i + 1]);
        ResultSetRewindable rs = runner.select(QueryRunner.prepare(library.get(name), values));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static long count(String select) {
        String q = PREFIXES + select;
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static String textOf(String paper) {
        String q = PREFIXES + "SELECT ?t ?a WHERE { <" + paper + "> dcterms:title ?t OPTIONAL { <" + paper + "> pkg:abstract ?a } }";
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).build()) {
                QuerySolution r = qe.execSelect().next();
                return r.getLiteral("t").getString() + " " + (r.contains("a") ? r.getLiteral("a").getString() : "");
            }
        });
    }

    private static long sum(Map<String, Long> byPeriod, String periodPattern) {
        return byPeriod.entrySet().stream().filter(e -> e.getKey().matches(periodPattern)).mapToLong(Map.Entry::getValue).sum();
    }

    private static QuerySolution only(List<QuerySolution> rows, Predicate<QuerySolution> which) {
        List<QuerySolution> found = rows.stream().filter(which).toList();
        if (found.isEmpty()) fail("no such row among " + rows.size() + ": " + rows.stream().limit(30).toList());
        return found.get(0);
    }

    private static void assertDescending(List<QuerySolution> rows, String var) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(dbl(rows.get(i - 1), var) >= dbl(rows.get(i), var), var + " descending at row " + i + ": " + rows.get(i));
        }
    }

    /** How an abstract writes a number: 69.0 as "69", 67.5 as "67.5". */
    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double dbl(QuerySolution r, String var) {
        return r.getLiteral(var).getDouble();
    }

    private static long lng(QuerySolution r, String var) {
        return r.getLiteral(var).getLong();
    }

    private static String str(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : "";
    }

    private static List<String> iris(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> iri(r, var)).toList();
    }

    private static Set<String> labels(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> str(r, var)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Runs {@code action} with standard output and error captured (the build prints a summary). */
    private static int quietly(java.util.function.IntSupplier action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
            int code = action.getAsInt();
            if (code != 0) out.println(sink.toString(StandardCharsets.UTF_8));
            return code;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
