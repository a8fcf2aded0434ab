package id.ruangkonseling.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.counseling.entity.CaseNote;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.AppointmentStatus;
import id.ruangkonseling.counseling.entity.AvailabilitySlot;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.NoteContent;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.privacy.entity.RetentionPolicy;
import id.ruangkonseling.privacy.entity.RetentionRule;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import id.ruangkonseling.testing.StandalonePersistence;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The entities and the Flyway schema agree: what the application stores through JPA comes back the
 * same, on H2 and on MariaDB, and the tables' unique keys hold.
 */
class EntityMappingIT {

    /**
     * Whole seconds: Connector/J reads MariaDB 10's version as 5.5.5 and sends no fractions of a second
     * (docs/operations.md, Databases), so that is what the application can count on everywhere.
     */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void entitiesRoundTripOnH2() {
        assertRoundTrip(TestDatabase.h2(TargetFolder.fresh("it-mapping-h2").resolve("rk")));
    }

    @Test
    void entitiesRoundTripOnMariaDb() throws Exception {
        TestDatabase.required().withEmptySibling(EntityMappingIT::assertRoundTrip);
    }

    private static void assertRoundTrip(DataSource database) {
        EntityManagerFactory factory = StandalonePersistence.start(database);
        try {
            School school = new School("https://lms.sekolah.test", "client-1", "deployment-1", "SMA Negeri 1", NOW);
            school.moveToTimeZone(ZoneId.of("Asia/Makassar"));
            Member student = new Member(school, "user-17", NOW);
            student.seenInLaunch("Siti Rahma", "siti@sekolah.test", NOW);
            student.grant(Role.STUDENT);
            CourseContext course = new CourseContext(school, "course-9", NOW);
            course.seenInLaunch("Matematika XI", "MAT-XI", NOW);
            StandalonePersistence.inTransaction(factory, em -> {
                em.persist(school);
                em.persist(student);
                em.persist(course);
            });

            EntityManager reader = factory.createEntityManager();
            School storedSchool = reader.find(School.class, school.id());
            assertEquals(ZoneId.of("Asia/Makassar"), storedSchool.timeZone());
            assertEquals(NOW, storedSchool.createdAt());
            Member storedStudent = reader.find(Member.class, student.id());
            assertEquals(Set.of(Role.STUDENT), storedStudent.roles());
            assertEquals(Optional.of("Siti Rahma"), storedStudent.displayName());
            assertEquals(Optional.of("siti@sekolah.test"), storedStudent.email());
            assertEquals(school.id(), storedStudent.school().id());
            assertEquals(Optional.of("Matematika XI"), reader.find(CourseContext.class, course.id()).title());
            reader.close();

            assertThrows(PersistenceException.class, () -> StandalonePersistence.inTransaction(factory,
                    em -> em.persist(new Member(em.find(School.class, school.id()), "user-17", NOW))),
                    "one person is one member per school");
            School otherSchool = new School("https://lms.sekolah.test", "client-1", "deployment-2", "SMP Negeri 3", NOW);
            StandalonePersistence.inTransaction(factory, em -> {
                em.persist(otherSchool);
                em.persist(new Member(otherSchool, "user-17", NOW));
            });
            assertCounselingRoundTrip(factory, database, school.id(), student.id());
            assertAppointmentRoundTrip(factory, school.id(), student.id());
            assertRetentionRoundTrip(factory, school.id(), student.id());
        } finally {
            factory.close();
        }
    }

    /** A request, accepted into a case by cascade, comes back with its text, status and counselor. */
    private static void assertCounselingRoundTrip(EntityManagerFactory factory, DataSource database, Long schoolId, Long studentId) {
        Long[] ids = new Long[3];
        StandalonePersistence.inTransaction(factory, em -> {
            School school = em.find(School.class, schoolId);
            Member counselor = new Member(school, "bk-1", NOW);
            counselor.grant(Role.COUNSELOR);
            em.persist(counselor);
            CounselingRequest request = new CounselingRequest(em.find(Member.class, studentId), new RequestContent(
                    ServiceField.LEARNING, "Nilai saya turun — bisa bicara?", Urgency.SOON, ContactMode.FACE_TO_FACE,
                    Optional.empty()), true, NOW);
            em.persist(request);
            CounselingCase opened = request.accept(counselor, NOW);
            em.flush();
            CaseNote note = opened.writeNote(counselor, new NoteContent(LocalDate.of(2026, 11, 20), ContactMode.CHAT,
                    "Cemas — tidur 4 jam.", Optional.of("Latihan napas"), Optional.of(LocalDate.of(2026, 11, 27))), NOW);
            em.persist(note);
            em.flush();
            ids[0] = request.id();
            ids[1] = opened.id();
            ids[2] = note.id();
        });
        EntityManager reader = factory.createEntityManager();
        CounselingRequest stored = reader.find(CounselingRequest.class, ids[0]);
        assertEquals(RequestStatus.ACCEPTED, stored.status());
        assertEquals("Nilai saya turun — bisa bicara?", stored.content().about());
        assertEquals(ids[1], stored.counselingCase().orElseThrow().id());
        assertEquals(CaseStatus.NEW, reader.find(CounselingCase.class, ids[1]).status());
        NoteContent note = reader.find(CaseNote.class, ids[2]).content();
        assertEquals(new NoteContent(LocalDate.of(2026, 11, 20), ContactMode.CHAT, "Cemas — tidur 4 jam.",
                Optional.of("Latihan napas"), Optional.of(LocalDate.of(2026, 11, 27))), note);
        reader.close();
        assertStoredEncryptedAndPlainRowsStillRead(factory, database, ids[0]);
    }

    /** What the student wrote is in the column only encrypted; a row from before encryption still reads. */
    private static void assertStoredEncryptedAndPlainRowsStillRead(EntityManagerFactory factory, DataSource database, Long requestId) {
        try (java.sql.Connection connection = database.getConnection()) {
            try (var query = connection.prepareStatement("SELECT about FROM counseling_request WHERE id = ?")) {
                query.setLong(1, requestId);
                try (var rows = query.executeQuery()) {
                    assertTrue(rows.next());
                    String stored = rows.getString(1);
                    assertTrue(stored.startsWith("test:") && !stored.contains("Nilai saya"), stored);
                }
            }
            try (var update = connection.prepareStatement("UPDATE counseling_request SET about = ? WHERE id = ?")) {
                update.setString(1, "Teks lama: belum terenkripsi");
                update.setLong(2, requestId);
                assertEquals(1, update.executeUpdate());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        EntityManager reader = factory.createEntityManager();
        assertEquals("Teks lama: belum terenkripsi", reader.find(CounselingRequest.class, requestId).content().about());
        reader.close();
    }

    /**
     * Appointments: a weekly slot keeps its day, time and modes; a booked time is held once, a
     * cancelled appointment frees it, and a second hold on the same time is refused by the unique key.
     */
    private static void assertAppointmentRoundTrip(EntityManagerFactory factory, Long schoolId, Long studentId) {
        Instant start = NOW.plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ZoneId zone = ZoneId.of("Asia/Makassar");
        Long[] ids = new Long[2];
        StandalonePersistence.inTransaction(factory, em -> {
            Member counselor = new Member(em.find(School.class, schoolId), "bk-janji", NOW);
            counselor.grant(Role.COUNSELOR);
            em.persist(counselor);
            AvailabilitySlot slot = new AvailabilitySlot(counselor, start.atZone(zone).getDayOfWeek(),
                    start.atZone(zone).toLocalTime(), 45, Set.of(ContactMode.VIDEO, ContactMode.FACE_TO_FACE), NOW);
            em.persist(slot);
            Appointment first = slot.book(em.find(Member.class, studentId), start, ContactMode.VIDEO, null, zone, NOW);
            em.persist(first);
            first.cancel(counselor, "Rapat mendadak.", NOW);
            em.persist(slot.book(em.find(Member.class, studentId), start, ContactMode.FACE_TO_FACE, null, zone, NOW));
            em.flush();
            ids[0] = slot.id();
            ids[1] = first.id();
        });
        EntityManager reader = factory.createEntityManager();
        AvailabilitySlot storedSlot = reader.find(AvailabilitySlot.class, ids[0]);
        assertEquals(start.atZone(zone).toLocalTime(), storedSlot.start());
        assertEquals(Set.of(ContactMode.VIDEO, ContactMode.FACE_TO_FACE), storedSlot.modes());
        Appointment cancelled = reader.find(Appointment.class, ids[1]);
        assertEquals(AppointmentStatus.CANCELLED, cancelled.status());
        assertEquals(start, cancelled.startsAt());
        assertEquals(Optional.of("Rapat mendadak."), cancelled.cancelReason());
        reader.close();
        assertThrows(PersistenceException.class, () -> StandalonePersistence.inTransaction(factory, em -> {
            AvailabilitySlot slot = em.find(AvailabilitySlot.class, ids[0]);
            em.persist(slot.book(em.find(Member.class, studentId), start, ContactMode.VIDEO, null, zone, NOW));
        }), "a held time is never booked twice");
    }

    /** A school's retention policy and its last purge day, and a student marked as left, come back as stored. */
    private static void assertRetentionRoundTrip(EntityManagerFactory factory, Long schoolId, Long studentId) {
        LocalDate purgeDay = LocalDate.of(2026, 11, 29);
        StandalonePersistence.inTransaction(factory, em -> {
            RetentionPolicy policy = new RetentionPolicy(schoolId);
            policy.change(5, 6);
            policy.purged(purgeDay, NOW);
            em.persist(policy);
            em.find(Member.class, studentId).markLeft(NOW);
        });
        EntityManager reader = factory.createEntityManager();
        RetentionPolicy stored = reader.find(RetentionPolicy.class, schoolId);
        assertEquals(new RetentionRule(5, 6), stored.rule());
        assertTrue(stored.purgedOn(purgeDay));
        assertEquals(Optional.of(NOW), stored.lastPurgedAt());
        assertEquals(Optional.of(NOW), reader.find(Member.class, studentId).leftAt());
        reader.close();
    }
}
