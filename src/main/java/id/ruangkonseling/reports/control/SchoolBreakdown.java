package id.ruangkonseling.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The school admin's extra lines: each counselor's totals (from the period's counts, already grouped by counselor),
 * unnamed and numbered by when they joined, and the referrals each course sent, counted in the database.
 */
@ApplicationScoped
public class SchoolBreakdown {

    private static final String PER_COURSE = "SELECT k.title, COUNT(*) FROM referral f JOIN course_context k ON k.id = f.course_id"
            + " WHERE f.school_id = ? AND f.received_at >= ? AND f.received_at < ? %s GROUP BY k.title";

    @Inject
    EntityManager entityManager;

    @Inject
    Tally tally;

    /** One counselor's line: their number in the school and their totals. */
    public record CounselorLine(int number, Map<Figure, Long> totals) {
    }

    /** Everyone who is a counselor of the school or worked a case in it, in the order they joined. */
    public List<CounselorLine> perCounselor(ReportScope school, Tallies tallies) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("SELECT m.id FROM school_member m WHERE m.school_id = ? AND (m.counselor = TRUE"
                        + " OR EXISTS (SELECT 1 FROM counseling_case c WHERE c.counselor_id = m.id)) ORDER BY m.id")
                .setParameter(1, school.schoolId()).getResultList();
        List<CounselorLine> lines = new ArrayList<>();
        for (Object id : ids) {
            lines.add(new CounselorLine(lines.size() + 1, tallies.totals(((Number) id).longValue())));
        }
        return lines;
    }

    /** Referrals received per course title, by title. */
    public Map<String, Long> referralsPerCourse(ReportScope school, ReportPeriod period) {
        return new TreeMap<>(tally.perKey(PER_COURSE, "", school, period.start(school.zone()), period.end(school.zone())));
    }
}
