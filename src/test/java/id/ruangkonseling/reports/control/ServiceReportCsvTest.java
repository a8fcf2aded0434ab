package id.ruangkonseling.reports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.platform.control.CsvCells;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.reports.control.ReportFigures.Figures;
import id.ruangkonseling.school.entity.ServiceField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The CSV as LibreOffice and Excel need it: BOM, commas, CRLF, bare numbers, {@code <5} where suppressed. */
class ServiceReportCsvTest {

    private static final ReportPeriod NOVEMBER = ReportPeriod.thisMonth(LocalDate.of(2026, 11, 1));

    @Test
    void startsWithTheByteOrderMarkAndTheHeaderAndEndsEachRowWithCrLf() {
        byte[] csv = ServiceReportCsv.of(report(Optional.of("Bu Rina"), 3), bundle("id"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM for Excel");
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n", -1);
        assertEquals("period,field,requests,referrals,cases_opened,cases_closed,sessions,crisis_escalations,taken_up,missed,"
                + "follow_ups_due,follow_ups_done", lines[0]);
        assertEquals(6, lines.length, "a header, four fields, and the empty rest after the last CRLF");
        assertEquals("2026-11,pribadi,3,0,0,0,0,0,0,0,0,0", lines[1]);
        assertEquals("2026-11,karier,0,0,0,0,0,0,0,0,0,0", lines[4]);
        assertEquals("", lines[5]);
    }

    @Test
    void theSchoolsCountsFromOneToFourAreWrittenLessThanFiveButZeroAndFiveAreNot() {
        assertEquals("2026-11,personal,<5,0", firstCells(report(Optional.empty(), 4)));
        assertEquals("2026-11,personal,<5,0", firstCells(report(Optional.empty(), 1)));
        assertEquals("2026-11,personal,5,0", firstCells(report(Optional.empty(), 5)));
        assertEquals("2026-11,personal,0,0", firstCells(report(Optional.empty(), 0)));
        assertEquals("2026-11,personal,4,0", firstCells(report(Optional.of("Bu Rina"), 4)), "a counselor's own figures are not suppressed");
    }

    @Test
    void aTextCellThatLooksLikeAFormulaIsDefusedAndOneWithACommaQuoted() {
        assertEquals("'=SUM(A1)", CsvCells.bare("=SUM(A1)"));
        assertEquals("'@x", CsvCells.bare("@x"));
        assertEquals("\"a, b\"", CsvCells.bare("a, b"));
        assertEquals("sosial", CsvCells.bare("sosial"));
    }

    private static String firstCells(ServiceReport report) {
        String line = new String(ServiceReportCsv.of(report, bundle("en")), StandardCharsets.UTF_8).split("\r\n")[1];
        return String.join(",", Arrays.copyOf(line.split(","), 4));
    }

    private static ServiceReport report(Optional<String> counselor, long personalRequests) {
        Map<ServiceField, Map<Figure, Long>> counts = new EnumMap<>(ServiceField.class);
        for (ServiceField field : ServiceField.values()) {
            Map<Figure, Long> figures = new EnumMap<>(Figure.class);
            for (Figure figure : Figure.values()) {
                figures.put(figure, field == ServiceField.PERSONAL && figure == Figure.REQUESTS ? personalRequests : 0L);
            }
            counts.put(field, figures);
        }
        Durations none = Durations.of(List.of());
        Figures figures = new Figures(List.of(new MonthFigures(NOVEMBER, counts, none)), new EnumMap<>(ContactMode.class), none, none,
                new Tallies(List.of()));
        return new ServiceReport("SMA Negeri 1", counselor, NOVEMBER, ZoneId.of("Asia/Jakarta"), Instant.EPOCH, figures, List.of(), Map.of());
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", Locale.of(language));
    }
}
