package id.ruangkonseling.reports.control;

import id.ruangkonseling.platform.control.SmallCount;
import id.ruangkonseling.reports.control.ReportFigures.Figures;
import id.ruangkonseling.reports.control.SchoolBreakdown.CounselorLine;
import id.ruangkonseling.school.entity.ServiceField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service report as the page, the CSV and the PDF show it: whose it is (the school, and the counselor for their
 * own), the period, the figures, and for the school admin the counselors' and courses' lines with every count
 * from 1 to 4 suppressed.
 */
public record ServiceReport(String school, Optional<String> counselor, ReportPeriod period, ZoneId zone, Instant madeAt,
                            Figures figures, List<CounselorLine> counselors, Map<String, Long> courses) {

    /** Whether counts are suppressed: the school's report is, a counselor's own is not. */
    public boolean suppressed() {
        return counselor.isEmpty();
    }

    /** A count as a page or PDF shows it. */
    public String shown(long count) {
        return suppressed() ? new SmallCount(count).shown() : Long.toString(count);
    }

    /** A count as a CSV cell. */
    public String csv(long count) {
        return suppressed() ? new SmallCount(count).csv() : Long.toString(count);
    }

    public List<MonthFigures> months() {
        return figures.months();
    }

    /** A count as a chart draws it: a suppressed one as high as the largest it may be (4), never as it is. */
    public long charted(long count) {
        return new SmallCount(count).suppressed() && suppressed() ? SmallCount.THRESHOLD - 1 : count;
    }

    /** A figure of one field over the whole period. */
    public long total(ServiceField field, Figure figure) {
        return months().stream().mapToLong(month -> month.count(field, figure)).sum();
    }

    /** A figure over every field and month. */
    public long total(Figure figure) {
        return months().stream().mapToLong(month -> month.total(figure)).sum();
    }

    /** Whether a duration computed from {@code count} times may be shown: a school's from five up, a counselor's always. */
    public boolean showsTimesOf(int count) {
        return count > 0 && (!suppressed() || count >= SmallCount.THRESHOLD);
    }
}
