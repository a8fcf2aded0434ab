package id.ruangkonseling.reports.control;

import id.ruangkonseling.platform.control.CsvCells;
import id.ruangkonseling.school.entity.ServiceField;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A service report as CSV for LibreOffice and Excel: UTF-8 with a byte order mark (Excel reads UTF-8 only then),
 * commas, CRLF, a header row, one row per month and field; numbers bare, suppressed counts {@code <5}, the
 * field in the reader's language.
 */
public final class ServiceReportCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "period,field," + Arrays.stream(Figure.values()).map(Figure::column).collect(Collectors.joining(","));

    private ServiceReportCsv() {
    }

    public static byte[] of(ServiceReport report, ResourceBundle texts) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (MonthFigures month : report.months()) {
            for (ServiceField field : ServiceField.values()) {
                csv.append(month.month().label()).append(',').append(CsvCells.bare(texts.getString("serviceField." + field.name())));
                for (Figure figure : Figure.values()) {
                    csv.append(',').append(report.csv(month.count(field, figure)));
                }
                csv.append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
