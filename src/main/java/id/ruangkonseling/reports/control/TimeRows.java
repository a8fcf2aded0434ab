package id.ruangkonseling.reports.control;

import java.util.List;

/** The answer times as table rows (what, how many, median, 90th percentile), for the page and the PDF alike. */
public final class TimeRows {

    private TimeRows() {
    }

    public static List<List<String>> of(ServiceReport report, ReportTexts texts) {
        return List.of(
                List.of(texts.of("reports.times.what"), texts.of("reports.times.count"), texts.of("reports.times.median"),
                        texts.of("reports.times.p90")),
                row(report, texts, texts.of("reports.times.firstAnswer"), report.figures().firstAnswer()),
                row(report, texts, texts.of("reports.times.crisisSeen"), report.figures().crisisSeen()));
    }

    private static List<String> row(ServiceReport report, ReportTexts texts, String what, Durations times) {
        boolean shown = report.showsTimesOf(times.count());
        return List.of(what, report.shown(times.count()), shown ? texts.duration(times.median()) : "–",
                shown ? texts.duration(times.p90()) : "–");
    }
}
