package org.paperkg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.paperkg.eval.Section;

/** The charts of the main page, each null when there is nothing to draw. */
record ReportCharts(SvgChart papersPerMonth, SvgChart largestModels, SvgChart sizeOverTime, SvgChart datasetSizes,
                    SvgChart lineage, SvgChart extraction) {

    /** @param hrefs the href of a node's page from the page the chart is shown in, or null */
    static ReportCharts draw(ReportContent c, ReportGraph graph, Function<String, String> hrefs) {
        List<SvgChart.Bar> months = c.papersPerMonth().stream().filter(r -> r.get("year") != null && r.get("month") != null)
                .map(r -> new SvgChart.Bar(MainPage.nz(r.get("period")), r.number("papers"), null)).toList();
        SvgChart perMonth = months.isEmpty() ? null : SvgChart.columns("chart-papers-per-month", "Papers per month (papers with a known year)",
                "Column chart of the number of papers per publication month, for the " + (long) months.stream().mapToDouble(SvgChart.Bar::value).sum()
                        + " papers whose date has a year.",
                "publication month (year-month)", "papers (count)", months);

        List<SvgChart.Bar> largest = c.largestModels().stream().limit(MainPage.TOP)
                .map(r -> new SvgChart.Bar(MainPage.nz(r.get("label")), r.number("parameters"), r.get("model"))).toList();
        SvgChart largestChart = largest.isEmpty() ? null : SvgChart.bars("chart-largest-models", "Largest models by parameter count",
                "Bar chart, logarithmic axis: the " + largest.size() + " models with the most parameters; the largest is "
                        + largest.get(0).label() + " with " + ReportNumbers.compact(largest.get(0).value()) + " parameters.",
                "parameters (count, logarithmic scale)", largest, true, hrefs);

        SvgChart overTime = c.sizeOverTime().isEmpty() ? null : SvgChart.timeScatter("chart-size-over-time",
                "Model size over time", "Scatter plot of " + c.sizeOverTime().size() + " models: parameter count (logarithmic axis)"
                        + " against the date of the first paper that reports it.",
                "date of the first paper reporting the count (year)", "parameters (count, log scale)", c.sizeOverTime(), 12, hrefs);

        List<SvgChart.Bar> sizes = c.datasetSizes().stream().limit(MainPage.TOP)
                .map(r -> new SvgChart.Bar(MainPage.nz(r.get("label")), r.number("size"), r.get("dataset"))).toList();
        SvgChart sizeChart = sizes.isEmpty() ? null : SvgChart.bars("chart-dataset-sizes", "Datasets by size in tokens",
                "Bar chart, logarithmic axis: the " + sizes.size() + " largest datasets measured in tokens; the largest is "
                        + sizes.get(0).label() + " with " + ReportNumbers.compact(sizes.get(0).value()) + " tokens.",
                "size (tokens, logarithmic scale)", sizes, true, hrefs);

        SvgChart lineage = c.lineage().isEmpty() ? null : LineageDiagram.draw("chart-lineage", "Model lineage: based on and part of",
                "Graph of " + c.lineage().size() + " basedOn and partOf facts between models; arrows point to the base model or family.",
                c.lineage(), graph::label, hrefs);

        SvgChart extraction = null;
        if (c.extraction() != null) {
            List<SvgChart.Bar> f1 = new ArrayList<>();
            for (Section s : Section.values()) f1.add(new SvgChart.Bar(s.id(), c.extraction().section(s).f1() * 100, null));
            f1.add(new SvgChart.Bar("overall", c.extraction().overall().f1() * 100, null));
            extraction = SvgChart.bars("chart-extraction", "Extraction F1 per section",
                    "Bar chart of the F1 score per section of the gold file; overall F1 "
                            + ReportNumbers.plain(c.extraction().overall().f1() * 100) + " percent.",
                    "F1 (percent)", f1, false, hrefs);
        }
        return new ReportCharts(perMonth, largestChart, overTime, sizeChart, lineage, extraction);
    }

    List<SvgChart> all() {
        List<SvgChart> out = new ArrayList<>();
        for (SvgChart c : new SvgChart[] {papersPerMonth, largestModels, sizeOverTime, datasetSizes, lineage, extraction}) {
            if (c != null) out.add(c);
        }
        return out;
    }
}
