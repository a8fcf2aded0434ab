package id.ruangkonseling.reports.control;

import id.ruangkonseling.platform.entity.DateTimes;
import id.ruangkonseling.reports.control.SchoolBreakdown.CounselorLine;
import id.ruangkonseling.school.entity.ServiceField;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;

/**
 * A service report as a PDF laid out as a laporan pelaksanaan layanan: the school, the counselor (or the whole
 * school), the period; a table per month and of the whole period; the sessions per field and month as bars; the
 * ways of meeting; the answer times; for the school admin, the counselors' and courses' lines.
 */
public final class ServiceReportPdf {

    /** One colour per field, the page's too; distinguishable by people with the common colour-vision deficiencies. */
    static final List<Color> FIELD_COLORS = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7));
    private static final float CHART_HEIGHT = 120;
    /** About what a heading and a table of the four fields take, kept together on one page. */
    private static final float TABLE_HEIGHT = 110;

    private final PdfCanvas canvas;
    private final ServiceReport report;
    private final ReportTexts texts;

    private ServiceReportPdf(PdfCanvas canvas, ServiceReport report, ReportTexts texts) {
        this.canvas = canvas;
        this.report = report;
        this.texts = texts;
    }

    public static byte[] of(ServiceReport report, ResourceBundle bundle) {
        try (PdfCanvas canvas = new PdfCanvas()) {
            new ServiceReportPdf(canvas, report, new ReportTexts(bundle)).write();
            return canvas.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() throws IOException {
        canvas.line(texts.of("reports.title"), 16);
        canvas.line(texts.of("reports.school") + ": " + report.school(), 10);
        canvas.line(report.counselor().map(name -> texts.of("reports.counselor") + ": " + name)
                .orElseGet(() -> texts.of("reports.wholeSchool")), 10);
        canvas.line(texts.of("reports.period") + ": " + texts.period(report.period()), 10);
        canvas.line(texts.of("reports.madeAt") + ": " + DateTimes.toMinute(report.madeAt(), report.zone(), texts.bundle().getLocale()), 10);
        for (MonthFigures month : report.months()) {
            canvas.room(TABLE_HEIGHT);
            heading(texts.month(month.month()));
            canvas.table(fieldRows(month::count), 90);
        }
        canvas.room(TABLE_HEIGHT);
        heading(texts.of("reports.wholePeriod"));
        canvas.table(fieldRows(report::total), 90);
        canvas.room(CHART_HEIGHT + 70);
        heading(texts.of("reports.chart.sessions"));
        chart();
        heading(texts.of("reports.modes"));
        List<List<String>> modes = new ArrayList<>(List.of(List.of(texts.of("reports.mode"), texts.of("reports.count"))));
        report.figures().modes().forEach((mode, n) -> modes.add(List.of(texts.mode(mode), report.shown(n))));
        canvas.table(modes, 300);
        heading(texts.of("reports.times"));
        canvas.table(TimeRows.of(report, texts), 300);
        if (report.suppressed()) {
            breakdown();
        }
    }

    private interface CountOf {
        long of(ServiceField field, Figure figure);
    }

    private List<List<String>> fieldRows(CountOf count) {
        List<List<String>> rows = new ArrayList<>(List.of(figureRow(texts.of("reports.field"), figure -> -1)));
        for (ServiceField field : ServiceField.values()) {
            rows.add(figureRow(texts.field(field), figure -> count.of(field, figure)));
        }
        return rows;
    }

    /** A row of every figure after its first cell; the header row (of the figures' names) when {@code count} gives -1. */
    private List<String> figureRow(String first, ToLongFunction<Figure> count) {
        List<String> row = new ArrayList<>(List.of(first));
        for (Figure figure : Figure.values()) {
            long n = count.applyAsLong(figure);
            row.add(n < 0 ? texts.figure(figure) : report.shown(n));
        }
        return row;
    }

    /** Sessions per month, a bar per field, with the legend; the tables above carry the same numbers. */
    private void chart() throws IOException {
        float top = canvas.room(CHART_HEIGHT + 40) - 10;
        float bottom = top - CHART_HEIGHT;
        long most = Math.max(1, report.months().stream().flatMap(m -> m.counts().values().stream())
                .mapToLong(perField -> report.charted(perField.get(Figure.SESSIONS))).max().orElse(1));
        float slot = Math.min(120, canvas.width() / Math.max(1, report.months().size()));
        float barWidth = (slot - 16) / ServiceField.values().length;
        canvas.rule(PdfCanvas.MARGIN, bottom, PdfCanvas.MARGIN + slot * report.months().size(), bottom);
        for (int m = 0; m < report.months().size(); m++) {
            MonthFigures month = report.months().get(m);
            float x = PdfCanvas.MARGIN + m * slot + 8;
            for (ServiceField field : ServiceField.values()) {
                float height = CHART_HEIGHT * report.charted(month.count(field, Figure.SESSIONS)) / most;
                canvas.bar(x + field.ordinal() * barWidth, bottom, barWidth - 2, Math.max(height, 0.5f), FIELD_COLORS.get(field.ordinal()));
            }
            canvas.text(x, bottom - 12, texts.month(month.month()), PdfCanvas.TEXT - 1);
        }
        float legend = bottom - 26;
        for (ServiceField field : ServiceField.values()) {
            float x = PdfCanvas.MARGIN + field.ordinal() * 110;
            canvas.bar(x, legend, 8, 8, FIELD_COLORS.get(field.ordinal()));
            canvas.text(x + 12, legend, texts.field(field), PdfCanvas.TEXT);
        }
        canvas.moveTo(legend - 6);
    }

    private void breakdown() throws IOException {
        heading(texts.of("reports.counselors"));
        List<List<String>> rows = new ArrayList<>(List.of(figureRow(texts.of("reports.counselorColumn"), figure -> -1)));
        for (CounselorLine line : report.counselors()) {
            rows.add(figureRow(texts.of("reports.counselorNumber", line.number()), line.totals()::get));
        }
        canvas.table(rows, 90);
        heading(texts.of("reports.courses"));
        List<List<String>> courses = new ArrayList<>(List.of(List.of(texts.of("reports.course"), texts.of("reports.figure.REFERRALS"))));
        report.courses().forEach((course, n) -> courses.add(List.of(course, report.shown(n))));
        canvas.table(courses, 300);
    }

    private void heading(String text) throws IOException {
        canvas.gap(8);
        canvas.line(text, 12);
    }
}
