package id.ruangkonseling.access;

import static id.ruangkonseling.access.CounselingSchool.DEWI_WORDS;
import static id.ruangkonseling.access.CounselingSchool.MESSAGE_WORDS;
import static id.ruangkonseling.access.CounselingSchool.NOTE_WORDS;
import static id.ruangkonseling.access.CounselingSchool.REFERRAL_WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access policy of docs/data-protection.md, cell by cell: every address that shows or changes counseling data,
 * asked by every kind of person. An allowed cell answers with the data (and a change happens once); a
 * refused one shows none of it, changes nothing, and answers exactly as the same address with a made-up
 * id does for that person — denied looks like missing.
 */
@ExtendWith(SharedServer.class)
class AccessMatrixIT {

    private static final long MADE_UP = 987_654_321_000L;

    private static CounselingSchool school;
    /** The case page as its counselor got it: the view state another session posts a note with. */
    private static HttpResponse<String> counselorsCasePage;

    /** The columns of the access policy's table (docs/data-protection.md). */
    enum Person {
        OWNER(s -> s.owner), OTHER_STUDENT(s -> s.otherStudent), REFERRING_TEACHER(s -> s.referringTeacher),
        OTHER_TEACHER(s -> s.otherTeacher), CASE_COUNSELOR(s -> s.caseCounselor), SCHOOL_COUNSELOR(s -> s.schoolCounselor),
        FOREIGN_COUNSELOR(s -> s.foreignCounselor), SCHOOL_ADMIN(s -> s.schoolAdmin), FOREIGN_ADMIN(s -> s.foreignAdmin),
        NO_SESSION(s -> s.noSession);

        private final Function<CounselingSchool, Http> client;

        Person(Function<CounselingSchool, Http> client) {
            this.client = client;
        }
    }

    /** How one address is asked, with the id of the data it is about. */
    @FunctionalInterface
    interface Ask {
        HttpResponse<String> of(CounselingSchool school, Http who, long id);
    }

    /**
     * One row: an address, the id it is asked with (none for a list), whether an answer shows the data,
     * who may, and the rows a change adds ({@code null}: it changes nothing countable).
     */
    record Resource(String name, ToLongFunction<CounselingSchool> id, Ask ask,
                    BiPredicate<CounselingSchool, HttpResponse<String>> shows, Set<Person> allowed, String addsRows) {

        boolean byId() {
            return id != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Resource> RESOURCES = List.of(
            new Resource("case page GET /counselor/case?id=", s -> s.caseId,
                    (s, who, id) -> who.get("/counselor/case?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains(DEWI_WORDS) && answer.body().contains(NOTE_WORDS),
                    EnumSet.of(Person.CASE_COUNSELOR), null),
            new Resource("referral in its case GET /counselor/case?id=", s -> s.referralCase,
                    (s, who, id) -> who.get("/counselor/case?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains(REFERRAL_WORDS),
                    EnumSet.of(Person.CASE_COUNSELOR), null),
            new Resource("case note POST /counselor/case (form note)", s -> s.caseId,
                    (s, who, id) -> FacesForm.submit(who, "/counselor/case?id=" + id, counselorsCasePage, "note", "note:write",
                            Map.of("id", Long.toString(id), "note:heldOn", LocalDate.now(CounselingSchool.JAKARTA).toString(),
                                    "note:mode", "CHAT", "note:summary", "Catatan matriks")),
                    (s, answer) -> answer.statusCode() == 302,
                    EnumSet.of(Person.CASE_COUNSELOR), "SELECT COUNT(*) FROM case_note WHERE case_id = ?"),
            new Resource("conversation page GET /student/conversation?id=", s -> s.conversation,
                    (s, who, id) -> who.get("/student/conversation?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("id=\"chat\""),
                    EnumSet.of(Person.OWNER), null),
            new Resource("conversation page GET /counselor/conversation?id=", s -> s.conversation,
                    (s, who, id) -> who.get("/counselor/conversation?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("id=\"chat\""),
                    EnumSet.of(Person.CASE_COUNSELOR), null),
            new Resource("messages GET /api/conversations/{id}/messages", s -> s.conversation,
                    (s, who, id) -> who.get("/api/conversations/" + id + "/messages?after=0"),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains(MESSAGE_WORDS),
                    EnumSet.of(Person.OWNER, Person.CASE_COUNSELOR), null),
            new Resource("send POST /api/conversations/{id}/messages", s -> s.conversation,
                    (s, who, id) -> s.send(who, id, "matrix-" + System.nanoTime(), "Pesan matriks"),
                    (s, answer) -> answer.statusCode() == 201,
                    EnumSet.of(Person.OWNER, Person.CASE_COUNSELOR), "SELECT COUNT(*) FROM chat_message WHERE conversation_id = ?"),
            new Resource("read receipt POST /api/conversations/{id}/read", s -> s.conversation,
                    (s, who, id) -> who.postJson("/api/conversations/" + id + "/read", "{\"seq\":1}", s.origin()),
                    (s, answer) -> answer.statusCode() == 200,
                    EnumSet.of(Person.OWNER, Person.CASE_COUNSELOR), null),
            new Resource("typing POST /api/conversations/{id}/typing", s -> s.conversation,
                    (s, who, id) -> who.postJson("/api/conversations/" + id + "/typing", "", s.origin()),
                    (s, answer) -> answer.statusCode() == 204,
                    EnumSet.of(Person.OWNER, Person.CASE_COUNSELOR), null),
            new Resource("calendar file GET /student/appointment.ics?id=", s -> s.appointment,
                    (s, who, id) -> who.get("/student/appointment.ics?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("BEGIN:VCALENDAR"),
                    EnumSet.of(Person.OWNER), null),
            new Resource("calendar file GET /counselor/appointment.ics?id=", s -> s.appointment,
                    (s, who, id) -> who.get("/counselor/appointment.ics?id=" + id),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("BEGIN:VCALENDAR"),
                    EnumSet.of(Person.CASE_COUNSELOR), null),
            new Resource("conversation list GET /api/conversations", null,
                    (s, who, id) -> who.get("/api/conversations"),
                    (s, answer) -> answer.body().matches("(?s).*\"id\":" + s.conversation + "[,}].*"),
                    EnumSet.of(Person.OWNER, Person.CASE_COUNSELOR), null),
            new Resource("student's home GET /student/", null,
                    (s, who, id) -> who.get("/student/"),
                    (s, answer) -> answer.body().contains("/student/conversation?id=" + s.conversation + "\""),
                    EnumSet.of(Person.OWNER), null),
            new Resource("own file GET /student/my-data/export?format=json", null,
                    (s, who, id) -> who.get("/student/my-data/export?format=json"),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains(MESSAGE_WORDS) && answer.body().contains(DEWI_WORDS),
                    EnumSet.of(Person.OWNER), null),
            new Resource("counselor's desk GET /counselor/", null,
                    (s, who, id) -> who.get("/counselor/"),
                    (s, answer) -> answer.body().contains("/counselor/case?id=" + s.caseId + "\""),
                    EnumSet.of(Person.CASE_COUNSELOR), null),
            new Resource("teacher's referrals GET /teacher/referrals", null,
                    (s, who, id) -> who.get("/teacher/referrals"),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("Budi Santoso"),
                    EnumSet.of(Person.REFERRING_TEACHER), null),
            new Resource("audit trail GET /admin/audit", null,
                    (s, who, id) -> who.get("/admin/audit"),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("Bu Ratna"),
                    EnumSet.of(Person.SCHOOL_ADMIN), null),
            new Resource("who asked, in the audit trail GET /admin/audit", null,
                    (s, who, id) -> who.get("/admin/audit"),
                    (s, answer) -> answer.statusCode() == 200 && answer.body().contains("Dewi Lestari"),
                    EnumSet.noneOf(Person.class), null),
            // after "who asked": the admin's download of her file is an entry that names her, as the admin chose her by name
            new Resource("student's file, no co-signature GET /admin/student-data/export?id=", null,
                    (s, who, id) -> who.get("/admin/student-data/export?format=json&id=" + s.ownerId),
                    (s, answer) -> Stream.of(DEWI_WORDS, MESSAGE_WORDS, NOTE_WORDS, REFERRAL_WORDS).anyMatch(answer.body()::contains),
                    EnumSet.noneOf(Person.class), null));

    @BeforeAll
    static void aSchoolsCounseling(PayaraMicro tool, DataSource database, TestPlatform home, TestPlatform neighbour) {
        school = new CounselingSchool(tool, database, home, neighbour, "matrix");
        counselorsCasePage = school.caseCounselor.get("/counselor/case?id=" + school.caseId);
    }

    static Stream<Arguments> cells() {
        return RESOURCES.stream().flatMap(resource -> Arrays.stream(Person.values()).map(person -> Arguments.of(resource, person)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachCellAnswersAsThePolicySays(Resource resource, Person person) {
        Http who = person.client.apply(school);
        long id = resource.byId() ? resource.id().applyAsLong(school) : 0;
        long rowsBefore = rows(resource, id);
        HttpResponse<String> answer = resource.ask().of(school, who, id);
        boolean allowed = resource.allowed().contains(person);

        assertEquals(allowed, resource.shows().test(school, answer),
                resource + " as " + person + (allowed ? " shows the data" : " shows nothing") + ": " + answer.statusCode() + " " + answer.body());
        assertEquals(rowsBefore + (allowed && resource.addsRows() != null ? 1 : 0), rows(resource, id),
                allowed ? "the change happened once" : "nothing changed");
        if (!allowed && resource.byId()) {
            HttpResponse<String> madeUp = resource.ask().of(school, who, MADE_UP);
            assertEquals(Refusals.normalized(madeUp), Refusals.normalized(answer), "refused exactly as a made-up id is");
            assertTrue(Refusals.isRefusal(answer), "a refusal: " + answer.statusCode());
        }
    }

    private static long rows(Resource resource, long id) {
        return resource.addsRows() == null ? 0 : school.number(resource.addsRows(), id);
    }
}
