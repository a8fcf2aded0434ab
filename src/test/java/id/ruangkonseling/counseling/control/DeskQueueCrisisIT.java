package id.ruangkonseling.counseling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.counseling.control.QueueItem.Kind;
import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.CrisisMark;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralContent;
import id.ruangkonseling.referral.entity.StudentKnows;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.safeguarding.entity.Pseudonym;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import id.ruangkonseling.testing.StandalonePersistence;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The desk queue's crisis rules on the real schema, outside the server (H2, and MariaDB when configured): an
 * item in open crisis is shown as "now" and filtered as "now" only, whatever urgency was chosen; a referral is in
 * crisis through the named case it was taken up into, never through its student's unnamed request; and the
 * crisis mark a request passes to its case survives a round trip, while a row never escalated loads without one.
 */
class DeskQueueCrisisIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void crisisRulesHoldOnH2() {
        assertCrisisRules(TestDatabase.h2(TargetFolder.fresh("it-desk-crisis-h2").resolve("rk")));
    }

    @Test
    void crisisRulesHoldOnMariaDb() throws Exception {
        TestDatabase.required().withEmptySibling(DeskQueueCrisisIT::assertCrisisRules);
    }

    /** The ids the school's story below stored, to find them again in a fresh persistence context. */
    private static final class Stored {
        long school;
        long sariRequest;
        long tonoRequest;
        long budiReferral;
        long budiCase;
        long ekaReferral;
        long rinaReferral;
    }

    private static void assertCrisisRules(DataSource database) {
        EntityManagerFactory factory = StandalonePersistence.start(database);
        try {
            Stored ids = new Stored();
            StandalonePersistence.inTransaction(factory, em -> story(em, ids));

            EntityManager reader = factory.createEntityManager();
            try {
                assertMarksRoundTrip(reader, ids);
                assertQueue(reader, ids);
            } finally {
                reader.close();
            }
        } finally {
            factory.close();
        }
    }

    /**
     * One school: Sari's waiting request (SOON) escalated; Tono's (SOON, taken up) and Ani's (NOW) plain; Dedi's
     * (CAN_WAIT) escalated and declined. Budi's referral (CAN_WAIT, the oldest of all) was taken up into his case,
     * which his chat then escalated; Eka's (SOON) into a case escalated and closed since. Rina's referral (SOON)
     * waits while her unnamed request, escalated, became an unnamed case in crisis.
     */
    private static void story(EntityManager em, Stored ids) {
        School school = new School("https://lms.krisis.test", "client-k", "deployment-k", "SMA Krisis", NOW);
        em.persist(school);
        Member counselor = member(em, school, "bk", "Bu Konselor", Role.COUNSELOR);
        Member teacher = member(em, school, "guru", "Pak Guru", Role.TEACHER);
        CourseContext course = new CourseContext(school, "course-k", NOW);
        course.seenInLaunch("Matematika XI", "MAT-XI", NOW);
        em.persist(course);

        CounselingRequest sari = request(em, member(em, school, "sari", "Sari Krisis", Role.STUDENT), Urgency.SOON, false, 10);
        sari.escalate(CrisisSource.REQUEST, NOW.minusSeconds(10));
        CounselingRequest tono = request(em, member(em, school, "tono", "Tono Biasa", Role.STUDENT), Urgency.SOON, false, 20);
        tono.accept(counselor, NOW.minusSeconds(15));
        request(em, member(em, school, "ani", "Ani Segera", Role.STUDENT), Urgency.NOW, false, 3000);
        CounselingRequest dedi = request(em, member(em, school, "dedi", "Dedi Ditolak", Role.STUDENT), Urgency.CAN_WAIT, false, 30);
        dedi.escalate(CrisisSource.REQUEST, NOW.minusSeconds(30));
        dedi.decline("Pak Budi akan menghubungimu langsung.", NOW.minusSeconds(5));

        Member budi = member(em, school, "budi", "Budi Rujukan", Role.STUDENT);
        Referral budiReferral = referral(em, teacher, budi, course, Urgency.CAN_WAIT, 9000);
        CounselingCase budiCase = takenUp(em, budiReferral, counselor);
        budiCase.escalate(CrisisSource.MESSAGE, NOW.minusSeconds(60));

        Member eka = member(em, school, "eka", "Eka Selesai", Role.STUDENT);
        Referral ekaReferral = referral(em, teacher, eka, course, Urgency.SOON, 8000);
        CounselingCase ekaCase = takenUp(em, ekaReferral, counselor);
        ekaCase.escalate(CrisisSource.MESSAGE, NOW.minusSeconds(7000));
        ekaCase.close("Sudah membaik.", NOW.minusSeconds(100));

        Member rina = member(em, school, "rina", "Rina Rahasia", Role.STUDENT);
        em.persist(new Pseudonym(rina, "K7Q2", NOW.minusSeconds(500)));
        Referral rinaReferral = referral(em, teacher, rina, course, Urgency.SOON, 400);
        CounselingRequest rinaRequest = request(em, rina, Urgency.CAN_WAIT, true, 500);
        rinaRequest.escalate(CrisisSource.REQUEST, NOW.minusSeconds(500));
        rinaRequest.accept(counselor, NOW.minusSeconds(450));
        em.flush();

        ids.school = school.id();
        ids.sariRequest = sari.id();
        ids.tonoRequest = tono.id();
        ids.budiReferral = budiReferral.id();
        ids.budiCase = budiCase.id();
        ids.ekaReferral = ekaReferral.id();
        ids.rinaReferral = rinaReferral.id();
    }

    private static void assertMarksRoundTrip(EntityManager reader, Stored ids) {
        CounselingRequest tono = reader.find(CounselingRequest.class, ids.tonoRequest);
        assertEquals(Optional.empty(), tono.crisis(), "a request never escalated loads without a mark, and says so safely");
        assertEquals(Optional.empty(), tono.counselingCase().orElseThrow().crisis(), "so does its case");
        assertEquals(Optional.of(new CrisisMark(CrisisSource.REQUEST, NOW.minusSeconds(10))),
                reader.find(CounselingRequest.class, ids.sariRequest).crisis());
        CounselingRequest rina = reader.createQuery("SELECT r FROM CounselingRequest r WHERE r.unnamed = TRUE",
                CounselingRequest.class).getSingleResult();
        assertEquals(Optional.of(new CrisisMark(CrisisSource.REQUEST, NOW.minusSeconds(500))),
                rina.counselingCase().orElseThrow().crisis(), "the case carries on the mark of the request it came from");
        assertEquals(Optional.of(new CrisisMark(CrisisSource.MESSAGE, NOW.minusSeconds(60))),
                reader.find(CounselingCase.class, ids.budiCase).crisis());
    }

    private static void assertQueue(EntityManager reader, Stored ids) {
        DeskQueue queue = queue(reader);
        School school = reader.find(School.class, ids.school);

        List<QueueItem> all = queue.page(school, filter(Optional.empty()), DeskQueue.Order.URGENT_FIRST, 0, 50).items();
        assertEquals(List.of("Budi Rujukan", "Siswa K7Q2", "Sari Krisis", "Ani Segera"),
                all.stream().limit(4).map(QueueItem::studentName).toList(),
                "open crises first, Budi's referral the longest waiting; then what was chosen as now: " + all);
        QueueItem sari = find(all, Kind.REQUEST, ids.sariRequest);
        assertTrue(sari.crisis() && sari.urgency() == Urgency.NOW, "Sari chose soon; her crisis shows as now: " + sari);
        QueueItem budi = find(all, Kind.REFERRAL, ids.budiReferral);
        assertTrue(budi.crisis() && budi.urgency() == Urgency.NOW && budi.status() == QueueStatus.TAKEN, budi.toString());
        QueueItem eka = find(all, Kind.REFERRAL, ids.ekaReferral);
        assertFalse(eka.crisis(), "a closed case is no open crisis: " + eka);
        assertEquals(Urgency.SOON, eka.urgency());
        QueueItem rina = find(all, Kind.REFERRAL, ids.rinaReferral);
        assertFalse(rina.crisis(), "a named referral never shows the crisis of its student's unnamed request: " + rina);
        assertEquals(Urgency.SOON, rina.urgency());
        assertEquals(List.of("Sari Krisis", "Siswa K7Q2", "Budi Rujukan", "Tono Biasa"),
                queue.page(school, filter(Optional.empty()), DeskQueue.Order.NEWEST_FIRST, 0, 4).items().stream()
                        .map(QueueItem::studentName).toList(), "the crises stay first whatever the order, the referral too");

        assertEquals(List.of("Budi Rujukan", "Siswa K7Q2", "Sari Krisis", "Ani Segera"), names(queue, school, Urgency.NOW),
                "under now: the crises whatever was chosen, and what was chosen as now");
        assertEquals(List.of("Eka Selesai", "Rina Rahasia", "Tono Biasa"), names(queue, school, Urgency.SOON),
                "under soon: neither Sari's crisis nor Budi's");
        assertEquals(List.of("Dedi Ditolak"), names(queue, school, Urgency.CAN_WAIT),
                "a declined request is no open crisis: it stays under what the student chose");
        assertEquals(4, queue.page(school, filter(Optional.of(Urgency.NOW)), DeskQueue.Order.URGENT_FIRST, 0, 2).total(),
                "the total counts what the filter shows");
    }

    private static List<String> names(DeskQueue queue, School school, Urgency urgency) {
        return queue.page(school, filter(Optional.of(urgency)), DeskQueue.Order.URGENT_FIRST, 0, 50).items().stream()
                .map(QueueItem::studentName).toList();
    }

    private static QueueFilter filter(Optional<Urgency> urgency) {
        return new QueueFilter(Optional.empty(), urgency, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static QueueItem find(List<QueueItem> items, Kind kind, long id) {
        return items.stream().filter(item -> item.kind() == kind && item.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + id + " not in " + items));
    }

    /** The queue as CDI wires it, on this entity manager. */
    private static DeskQueue queue(EntityManager em) {
        Pseudonyms pseudonyms = new Pseudonyms();
        try {
            Field entityManager = Pseudonyms.class.getDeclaredField("entityManager");
            entityManager.setAccessible(true);
            entityManager.set(pseudonyms, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        DeskQueue queue = new DeskQueue();
        queue.entityManager = em;
        queue.pseudonyms = pseudonyms;
        queue.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return queue;
    }

    private static Member member(EntityManager em, School school, String subject, String name, Role role) {
        Member member = new Member(school, subject, NOW);
        member.seenInLaunch(name, null, NOW);
        member.grant(role);
        em.persist(member);
        return member;
    }

    private static CounselingRequest request(EntityManager em, Member student, Urgency urgency, boolean unnamed, long secondsAgo) {
        CounselingRequest request = new CounselingRequest(student, new RequestContent(ServiceField.PERSONAL,
                "Saya butuh bicara.", urgency, ContactMode.CHAT, Optional.empty()), true, unnamed, NOW.minusSeconds(secondsAgo));
        em.persist(request);
        return request;
    }

    private static Referral referral(EntityManager em, Member teacher, Member student, CourseContext course, Urgency urgency,
                                     long secondsAgo) {
        Referral referral = new Referral(teacher, student, course, new ReferralContent(ServiceField.SOCIAL, "Sering menyendiri",
                "Tiga kali tertidur di kelas", urgency, StudentKnows.YES), NOW.minusSeconds(secondsAgo));
        em.persist(referral);
        return referral;
    }

    /** The counselor takes the referral up into a new named case of its student, as the desk does. */
    private static CounselingCase takenUp(EntityManager em, Referral referral, Member counselor) {
        CounselingCase opened = new CounselingCase(referral.student(), counselor, referral.receivedAt().plusSeconds(1));
        em.persist(opened);
        em.flush();
        referral.accept(counselor, referral.receivedAt().plusSeconds(1));
        referral.mergeInto(opened.id());
        return opened;
    }
}
