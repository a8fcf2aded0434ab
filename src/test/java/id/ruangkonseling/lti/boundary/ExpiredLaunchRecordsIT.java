package id.ruangkonseling.lti.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.lti.entity.LaunchTicket;
import id.ruangkonseling.lti.entity.Lti11Nonce;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.testing.StandalonePersistence;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The minute's sweep of the launch path's leftovers, on H2 and MariaDB: expired new-window tickets and LTI 1.1
 * nonces go, those still valid stay, and the sweep's statements hold for every kind it sweeps (login requests and
 * deep-linking offers too, on empty tables).
 */
class ExpiredLaunchRecordsIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void sweepsOnH2() {
        assertSwept(TestDatabase.h2(TargetFolder.fresh("it-expired-launch-h2").resolve("rk")));
    }

    @Test
    void sweepsOnMariaDb() throws Exception {
        TestDatabase.required().withEmptySibling(ExpiredLaunchRecordsIT::assertSwept);
    }

    private static void assertSwept(DataSource database) {
        EntityManagerFactory factory = StandalonePersistence.start(database);
        try {
            StandalonePersistence.inTransaction(factory, em -> {
                School school = new School("https://lms.sekolah.test", "client-1", "deployment-sweep", "SMA Sapu", NOW);
                Member student = new Member(school, "siswa-sapu", NOW);
                em.persist(school);
                em.persist(student);
                em.flush();
                em.persist(LaunchTicket.issue(student.id(), Set.of(Role.STUDENT), Optional.empty(), NOW.minus(Duration.ofHours(1))).ticket());
                em.persist(LaunchTicket.issue(student.id(), Set.of(Role.STUDENT), Optional.empty(), NOW).ticket());
                em.persist(new Lti11Nonce("moodle-lama", "nonce-lama", NOW.minusSeconds(1)));
                em.persist(new Lti11Nonce("moodle-lama", "nonce-baru", NOW.plusSeconds(600)));
            });

            ExpiredLaunchRecords records = new ExpiredLaunchRecords();
            records.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            StandalonePersistence.inTransaction(factory, em -> {
                records.entityManager = em;
                ExpiredLaunchRecords.EXPIRING.forEach(records::sweep);
            });

            StandalonePersistence.inTransaction(factory, em -> {
                assertEquals(1L, em.createQuery("SELECT COUNT(t) FROM LaunchTicket t", Long.class).getSingleResult(),
                        "the expired ticket went, the new one stayed");
                assertEquals(List.of("nonce-baru"), em.createQuery("SELECT n.nonce FROM Lti11Nonce n", String.class).getResultList());
            });
        } finally {
            factory.close();
        }
    }
}
