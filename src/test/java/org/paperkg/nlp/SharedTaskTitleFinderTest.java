package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedTaskTitleFinderTest {

    private static String found(String title) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, "We describe our system for the task.");
        List<String> names = new SharedTaskTitleFinder().find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
        return String.join(" | ", names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CDHF at SemEval-2025 Task 9: A Multi-Task Learning Approach for Food Hazard Classification | dataset:SemEval-2025 Task 9
            TLab at #SMM4H 2024: Retrieval-Augmented Generation for ADE Extraction                    | dataset:SMM4H 2024
            CUFE at NADI 2024 shared task: Fine-Tuning Llama-3 To Translate Arabic Dialects            | dataset:NADI 2024
            DCU-NLG-PBN at the GEM'24 Data-to-Text Task: Open-Source LLM PEFT-Tuning                    | dataset:GEM'24 Data-to-Text Task
            KIKIS at WMT 2025 General Translation Task                                                  | dataset:WMT 2025 General Translation Task
            Stanford MLab at SemEval 2022 Task 7: Tree- and Transformer-Based Methods                   | dataset:SemEval 2022 Task 7
            NITK NLP at FinCausal-2020 Task 1 Using BERT and Linear models.                             | dataset:FinCausal-2020 Task 1
            UPB at FinCausal-2020, Tasks 1 & 2: Causality Analysis in Financial Documents               | dataset:FinCausal-2020
            Lab at SemEval-2020 Tasks 7 and 11: Humor and Propaganda                                    | dataset:SemEval-2020 Tasks 7 and 11
            """)
    void aTeamsTitleNamesTheSharedTaskItTookPartIn(String title, String expected) {
        assertEquals(expected, found(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A Look at Transformers: Attention in Context
            Language Models at Scale: Lessons Learned
            Looking at GPT-4: What It Knows About Chemistry
            Why Large Language Models Still Fail at WMT 2024: Five Lessons
            """)
    void anEventNeedsAYearATaskNumberOrATaskWord(String title) {
        assertEquals("", found(title));
    }
}
