package id.ruangkonseling.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Student Andi tries 1,000 ids against every kind of Dewi's data — her case, its notes, her conversation
 * (page, messages, sending, read receipts) and her appointment (calendar file, cancelling): her real ids
 * mixed with sequential and random made-up ones. None succeeds, nothing changes, and every refusal of a
 * kind is the same answer; refusing a real id takes about as long as refusing a made-up one.
 */
@ExtendWith(SharedServer.class)
class ForeignIdsIT {

    private static final int TRIES = 1_000;
    /** Real ids repeated among the tries, so that their timings are more than a handful. */
    private static final int REAL_REPEATS = 50;

    private static CounselingSchool school;
    private static HttpResponse<String> andisHome;
    private static HttpResponse<String> andisAppointments;
    /** Andi's own appointment: his page has a form to cancel one, and his own id is not among the tries. */
    private static long andisAppointment;

    /** The kinds of Dewi's data by id, the table that says which ids exist, and how Andi asks for one. */
    enum Kind {
        CASE_PAGE("counseling_case", s -> s.caseId),
        CASE_NOTE("counseling_case", s -> s.caseId),
        CONVERSATION_PAGE("conversation", s -> s.conversation),
        MESSAGES("conversation", s -> s.conversation),
        SEND("conversation", s -> s.conversation),
        READ_RECEIPT("conversation", s -> s.conversation),
        CALENDAR_FILE("appointment", s -> s.appointment),
        CANCEL_APPOINTMENT("appointment", s -> s.appointment);

        private final String table;
        private final ToLongFunction<CounselingSchool> dewis;

        Kind(String table, ToLongFunction<CounselingSchool> dewis) {
            this.table = table;
            this.dewis = dewis;
        }

        HttpResponse<String> ask(Http andi, long id) {
            return switch (this) {
                case CASE_PAGE -> andi.get("/counselor/case?id=" + id);
                case CASE_NOTE -> FacesForm.submit(andi, "/counselor/case?id=" + id, andisHome, "note", "note:write",
                        Map.of("id", Long.toString(id), "note:summary", "Bukan catatan Andi", "note:mode", "CHAT"));
                case CONVERSATION_PAGE -> andi.get("/student/conversation?id=" + id);
                case MESSAGES -> andi.get("/api/conversations/" + id + "/messages?after=0");
                case SEND -> school.send(andi, id, "andi-" + id, "Halo dari Andi");
                case READ_RECEIPT -> andi.postJson("/api/conversations/" + id + "/read", "{\"seq\":1}", school.origin());
                case CALENDAR_FILE -> andi.get("/student/appointment.ics?id=" + id);
                case CANCEL_APPOINTMENT -> FacesForm.submit(andi, "/student/appointments", andisAppointments, "mine:0:change",
                        "mine:0:change:cancel", Map.of("appointment", Long.toString(id), "mine:0:change:reason", "Andi iseng"));
            };
        }
    }

    @BeforeAll
    static void dewisCounselingAndAndi(PayaraMicro tool, DataSource database, TestPlatform home, TestPlatform neighbour) {
        school = new CounselingSchool(tool, database, home, neighbour, "foreign");
        andisHome = school.otherStudent.get("/student/");
        andisAppointment = CounselingSchool.bookFirst(school.otherStudent);
        andisAppointments = school.otherStudent.get("/student/appointments");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void noneOfAThousandIdsSucceedsAndEveryRefusalIsTheSame(Kind kind) {
        String before = dewisState();
        long dewis = kind.dewis.applyAsLong(school);
        Set<String> answers = new LinkedHashSet<>();
        List<Long> realNanos = new ArrayList<>();
        List<Long> madeUpNanos = new ArrayList<>();
        for (long id : ids(dewis)) {
            boolean real = exists(kind.table, id);
            long start = System.nanoTime();
            HttpResponse<String> answer = kind.ask(school.otherStudent, id);
            (real ? realNanos : madeUpNanos).add(System.nanoTime() - start);
            assertFalse(answer.statusCode() >= 200 && answer.statusCode() < 300, kind + " " + id + " succeeded: " + answer.body());
            answers.add(Refusals.normalized(answer));
        }

        assertEquals(before, dewisState(), "nothing of Dewi's changed");
        assertEquals(1, answers.size(), kind + ": every refusal the same answer, but: " + answers);
        assertTrue(realNanos.size() >= REAL_REPEATS, "real ids were tried: " + realNanos.size());
        long realMedian = median(realNanos);
        long madeUpMedian = median(madeUpNanos);
        System.out.printf("ForeignIdsIT %s: %d real ids refused in median %.2f ms (max %.2f), %d made-up in median %.2f ms (max %.2f)%n",
                kind, realNanos.size(), realMedian / 1e6, Collections.max(realNanos) / 1e6, madeUpNanos.size(),
                madeUpMedian / 1e6, Collections.max(madeUpNanos) / 1e6);
        assertTrue(realMedian < 10 * madeUpMedian && madeUpMedian < 10 * realMedian,
                kind + ": refusing a real id and a made-up one take the same order of time");
    }

    /** Dewi's real id (and Budi's, equally foreign), the ids around it, and random ones, shuffled: {@value #TRIES}. */
    private static List<Long> ids(long dewis) {
        Random random = new Random(dewis);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < REAL_REPEATS; i++) {
            ids.add(dewis);
        }
        for (long id = Math.max(1, dewis - 300); ids.size() < TRIES / 2 + REAL_REPEATS; id++) {
            if (id != andisAppointment) {
                ids.add(id);
            }
        }
        while (ids.size() < TRIES) {
            ids.add(1_000_000 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000L);
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    /** What Andi could have changed of Dewi's: notes, messages, the appointment's status. */
    private static String dewisState() {
        return school.number("SELECT COUNT(*) FROM case_note WHERE case_id = ?", school.caseId) + " notes, "
                + school.number("SELECT COUNT(*) FROM chat_message WHERE conversation_id = ?", school.conversation) + " messages, "
                + school.number("SELECT COUNT(*) FROM appointment WHERE id = ? AND status = 'BOOKED'", school.appointment)
                + " booked";
    }

    private static boolean exists(String table, long id) {
        return school.number("SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) > 0;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
