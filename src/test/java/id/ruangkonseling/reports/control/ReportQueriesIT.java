package id.ruangkonseling.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.reports.ReportSeed;
import id.ruangkonseling.reports.control.ReportFigures.Figures;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.testing.Rows;
import id.ruangkonseling.testing.StandalonePersistence;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reports' counting SQL on the real schema, outside the server, on H2 and on MariaDB (when configured): the
 * seeded September and October of two counselors come out as known counts per month and field, in WIB.
 */
class ReportQueriesIT {

    private static final ReportPeriod SEPTEMBER_OCTOBER = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));

    @Test
    void countsHoldOnH2() throws Exception {
        assertCounts(TestDatabase.h2(TargetFolder.fresh("it-report-queries-h2").resolve("rk")));
    }

    @Test
    void countsHoldOnMariaDb() throws Exception {
        TestDatabase.required().withEmptySibling(ReportQueriesIT::assertCounts);
    }

    private static void assertCounts(DataSource database) throws Exception {
        EntityManagerFactory factory = StandalonePersistence.start(database);
        try {
            Instant now = Instant.now();
            long school = Rows.insert(database, "INSERT INTO school (issuer, client_id, deployment_id, name, time_zone, created_at)"
                    + " VALUES ('https://lms.test', 'c', '1', 'SMA Uji', 'Asia/Jakarta', ?)", now);
            long ani = member(database, school, "ani", now);
            long budi = member(database, school, "budi", now);
            new ReportSeed(database, school, member(database, school, "guru", now)).story(ani, budi);
            EntityManager em = factory.createEntityManager();
            try {
                ReportFigures figures = figures(em);
                ReportScope scope = ReportScope.school(school, ZoneId.of("Asia/Jakarta"));
                Figures anis = figures.of(scope.of(ani), SEPTEMBER_OCTOBER);
                assertEquals(List.of(5L, 0L, 5L, 0L, 3L, 1L, 5L, 1L, 1L, 1L), row(anis.months().get(0), ServiceField.PERSONAL));
                assertEquals(List.of(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L), row(anis.months().get(1), ServiceField.PERSONAL));
                assertEquals(List.of(0L, 3L, 0L, 0L, 0L, 0L, 3L, 0L, 0L, 0L), row(anis.months().get(1), ServiceField.LEARNING));
                assertEquals(List.of(1L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L), row(anis.months().get(1), ServiceField.CAREER),
                        "06.00 WIB on 1 October is October");
                assertEquals(Map.of(ContactMode.CHAT, 6L, ContactMode.MESSAGES, 0L, ContactMode.FACE_TO_FACE, 2L, ContactMode.VIDEO, 0L),
                        anis.modes());
                assertEquals(Optional.of(Duration.ofHours(1)), anis.firstAnswer().median());
                assertEquals(Optional.of(Duration.ofMinutes(20)), anis.crisisSeen().p90());
                Figures schools = figures.of(scope, SEPTEMBER_OCTOBER);
                assertEquals(List.of(4L, 0L, 4L, 0L, 0L, 0L, 4L, 0L, 0L, 0L), row(schools.months().get(0), ServiceField.CAREER));
                assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), row(schools.months().get(0), ServiceField.LEARNING));
                SchoolBreakdown breakdown = breakdown(em, figures);
                assertEquals(List.of(8L, 5L), breakdown.perCounselor(scope, schools.tallies()).stream()
                        .map(line -> line.totals().get(Figure.REQUESTS)).toList());
                assertEquals(Map.of("Kelas XI IPA 2", 3L), breakdown.referralsPerCourse(scope, SEPTEMBER_OCTOBER));
            } finally {
                em.close();
            }
        } finally {
            factory.close();
        }
    }

    private static List<Long> row(MonthFigures month, ServiceField field) {
        return Arrays.stream(Figure.values()).map(figure -> month.count(field, figure)).toList();
    }

    private static long member(DataSource database, long school, String subject, Instant now) throws Exception {
        return Rows.insert(database, "INSERT INTO school_member (school_id, subject, display_name, teacher, counselor, first_seen_at,"
                + " last_seen_at) VALUES (?, ?, ?, TRUE, ?, ?, ?)", school, subject, subject, !subject.equals("guru"), now, now);
    }

    private static ReportFigures figures(EntityManager em) {
        Tally tally = new Tally();
        tally.entityManager = em;
        ServiceCounts counts = new ServiceCounts();
        counts.tally = tally;
        AnswerTimes times = new AnswerTimes();
        times.tally = tally;
        ReportFigures figures = new ReportFigures();
        figures.counts = counts;
        figures.times = times;
        return figures;
    }

    private static SchoolBreakdown breakdown(EntityManager em, ReportFigures figures) {
        SchoolBreakdown breakdown = new SchoolBreakdown();
        breakdown.entityManager = em;
        breakdown.tally = figures.counts.tally;
        return breakdown;
    }
}
