package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.reports.control.Figure;
import id.ruangkonseling.reports.control.MonthFigures;
import id.ruangkonseling.reports.control.ReportTexts;
import id.ruangkonseling.reports.control.ServiceReport;
import id.ruangkonseling.reports.control.TimeRows;
import id.ruangkonseling.school.entity.ServiceField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service report as a page shows it: its tables (each chart's text alternative too) and its charts' bars,
 * every text in the page's language and every count as the report may show it.
 */
public class ReportView {

    /** The height of a chart's drawing area, in its own units. */
    public static final int CHART_HEIGHT = 160;
    /** One colour per field, the PDF's too; told apart also with the common colour-vision deficiencies. */
    private static final List<String> COLORS = List.of("#0072B2", "#B45F06", "#007A5A", "#A0467E");
    private static final int BAR = 14;

    private final ServiceReport report;
    private final ReportTexts texts;

    public ReportView(ServiceReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    public ServiceReport getReport() {
        return report;
    }

    public String getPeriod() {
        return texts.period(report.period());
    }

    public List<String> getColors() {
        return COLORS;
    }

    public List<String> getFields() {
        return List.of(ServiceField.values()).stream().map(texts::field).toList();
    }

    /** Every figure of the whole period per field, with the total over the fields. */
    public ReportTable getSummary() {
        List<List<String>> rows = new ArrayList<>();
        for (ServiceField field : ServiceField.values()) {
            rows.add(figureRow(texts.field(field), figure -> report.total(field, figure)));
        }
        rows.add(figureRow(texts.of("reports.total"), report::total));
        return new ReportTable("summary", texts.of("reports.summary", getPeriod()), header(texts.of("reports.field")), rows);
    }

    /** The sessions per month and field: the bar chart's table. */
    public ReportTable getSessions() {
        List<String> header = new ArrayList<>(List.of(texts.of("reports.month")));
        header.addAll(getFields());
        List<List<String>> rows = report.months().stream().map(month -> {
            List<String> row = new ArrayList<>(List.of(texts.month(month.month())));
            List.of(ServiceField.values()).forEach(field -> row.add(report.shown(month.count(field, Figure.SESSIONS))));
            return row;
        }).toList();
        return new ReportTable("sessions", texts.of("reports.chart.sessions"), header, rows);
    }

    /** A group of four bars per month, one per field, as high as its sessions. */
    public List<ChartBar> getSessionBars() {
        long most = Math.max(1, report.months().stream().mapToLong(month -> List.of(ServiceField.values()).stream()
                .mapToLong(field -> report.charted(month.count(field, Figure.SESSIONS))).max().orElse(0)).max().orElse(0));
        List<ChartBar> bars = new ArrayList<>();
        for (int m = 0; m < report.months().size(); m++) {
            MonthFigures month = report.months().get(m);
            for (ServiceField field : ServiceField.values()) {
                long count = month.count(field, Figure.SESSIONS);
                int height = (int) Math.round((double) CHART_HEIGHT * report.charted(count) / most);
                bars.add(new ChartBar(m * getMonthWidth() + 8 + field.ordinal() * BAR, CHART_HEIGHT - height, BAR - 2, height,
                        COLORS.get(field.ordinal()), texts.month(month.month()) + ", " + texts.field(field) + ": " + report.shown(count)));
            }
        }
        return bars;
    }

    public int getMonthWidth() {
        return BAR * ServiceField.values().length + 16;
    }

    public int getChartWidth() {
        return Math.max(1, report.months().size()) * getMonthWidth();
    }

    /** The month labels under the bars: their x and text. */
    public List<ChartBar> getMonthLabels() {
        List<ChartBar> labels = new ArrayList<>();
        for (int m = 0; m < report.months().size(); m++) {
            labels.add(new ChartBar(m * getMonthWidth() + getMonthWidth() / 2, CHART_HEIGHT + 14, 0, 0, "",
                    texts.monthShort(report.months().get(m).month())));
        }
        return labels;
    }

    /** Cases opened per way of meeting, with each way's share. */
    public ReportTable getModes() {
        long all = report.figures().modes().values().stream().mapToLong(Long::longValue).sum();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<ContactMode, Long> mode : report.figures().modes().entrySet()) {
            rows.add(List.of(texts.mode(mode.getKey()), report.shown(mode.getValue()), share(mode.getValue(), all)));
        }
        return new ReportTable("modes", texts.of("reports.modes"), List.of(texts.of("reports.mode"), texts.of("reports.count"),
                texts.of("reports.share")), rows);
    }

    /** The share of each way of meeting as a bar 0–100 wide; none drawn where the count is suppressed. */
    public List<ChartBar> getModeBars() {
        long all = report.figures().modes().values().stream().mapToLong(Long::longValue).sum();
        List<ChartBar> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<ContactMode, Long> mode : report.figures().modes().entrySet()) {
            boolean hidden = report.suppressed() && !report.shown(mode.getValue()).equals(Long.toString(mode.getValue()));
            int width = all == 0 || hidden ? 0 : (int) Math.round(100.0 * mode.getValue() / all);
            bars.add(new ChartBar(0, row++ * 24, width, 16, COLORS.get(0), texts.mode(mode.getKey()) + ": " + share(mode.getValue(), all)));
        }
        return bars;
    }

    /** The median time to a first answer per month: the trend's table. */
    public ReportTable getTrend() {
        List<List<String>> rows = report.months().stream().map(month -> List.of(texts.month(month.month()),
                report.shown(month.firstAnswer().count()), report.showsTimesOf(month.firstAnswer().count())
                        ? texts.duration(month.firstAnswer().median()) : "–")).toList();
        return new ReportTable("trend", texts.of("reports.chart.trend"), List.of(texts.of("reports.month"),
                texts.of("reports.times.count"), texts.of("reports.times.median")), rows);
    }

    /** One bar per month, as high as that month's median first-answer time. */
    public List<ChartBar> getTrendBars() {
        List<Long> medians = report.months().stream().map(month -> report.showsTimesOf(month.firstAnswer().count())
                ? month.firstAnswer().median().map(java.time.Duration::toSeconds).orElse(0L) : 0L).toList();
        long most = Math.max(1, medians.stream().mapToLong(Long::longValue).max().orElse(1));
        List<ChartBar> bars = new ArrayList<>();
        for (int m = 0; m < medians.size(); m++) {
            int height = (int) Math.round((double) CHART_HEIGHT * medians.get(m) / most);
            bars.add(new ChartBar(m * getMonthWidth() + 12, CHART_HEIGHT - height, getMonthWidth() - 24, height, COLORS.get(0),
                    getTrend().rows().get(m).get(0) + ": " + getTrend().rows().get(m).get(2)));
        }
        return bars;
    }

    public ReportTable getTimes() {
        List<List<String>> rows = TimeRows.of(report, texts);
        return new ReportTable("times", texts.of("reports.times"), rows.get(0), rows.subList(1, rows.size()));
    }

    /** The school's report: each counselor's totals, numbered, never named. */
    public ReportTable getCounselors() {
        List<List<String>> rows = report.counselors().stream()
                .map(line -> figureRow(texts.of("reports.counselorNumber", line.number()), line.totals()::get)).toList();
        return new ReportTable("counselors", texts.of("reports.counselors"), header(texts.of("reports.counselorColumn")), rows);
    }

    public ReportTable getCourses() {
        List<List<String>> rows = report.courses().entrySet().stream()
                .map(course -> List.of(course.getKey(), report.shown(course.getValue()))).toList();
        return new ReportTable("courses", texts.of("reports.courses"), List.of(texts.of("reports.course"),
                texts.of("reports.figure.REFERRALS")), rows);
    }

    private List<String> header(String first) {
        List<String> header = new ArrayList<>(List.of(first));
        List.of(Figure.values()).forEach(figure -> header.add(texts.figure(figure)));
        return header;
    }

    private List<String> figureRow(String first, java.util.function.ToLongFunction<Figure> count) {
        List<String> row = new ArrayList<>(List.of(first));
        List.of(Figure.values()).forEach(figure -> row.add(report.shown(count.applyAsLong(figure))));
        return row;
    }

    private String share(long count, long all) {
        boolean hidden = report.suppressed() && !report.shown(count).equals(Long.toString(count));
        return all == 0 || hidden ? "–" : Math.round(100.0 * count / all) + " %";
    }
}
