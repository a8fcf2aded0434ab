package id.ruangkonseling.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form post that did not come from the page we showed in this session — no view state, a forged one,
 * or one from an earlier session — is refused: nothing changes, and the person reads "page expired"
 * (400), never a server error. Checked on the request form, the desk's take-up and the case note form.
 */
@ExtendWith(SharedServer.class)
class ViewStateIT {

    private static final String EXPIRED = "Halaman ini sudah kedaluwarsa";

    private DataSource database;
    private SchoolPeople people;

    @BeforeEach
    void school(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.database = database;
        this.people = new SchoolPeople(tool, database, school);
    }

    @Test
    void theRequestFormTakesNoPostWithoutItsViewState() {
        Map<String, String> request = Map.of("request:field", "PERSONAL", "request:about", "Dikirim tanpa halaman.",
                "request:urgency", "SOON", "request:mode", "CHAT", "request:acknowledged", "on");
        Supplier<Long> requests = () -> count("SELECT COUNT(*) FROM counseling_request r JOIN school_member m"
                + " ON m.id = r.student_id WHERE m.subject = 'vs-dewi'");
        refusedEveryWay(() -> people.student("vs-dewi", "Dewi Lestari"), "/student/request", "request", "request:send",
                request, requests);

        SchoolPeople.ask(people.student("vs-dewi", "Dewi Lestari"), "PERSONAL", "SOON", "Dikirim dari halamannya.");
        assertEquals(1, requests.get(), "the page's own post is taken");
    }

    @Test
    void theDesksTakeUpTakesNoPostWithoutItsViewState() {
        SchoolPeople.ask(people.student("vs-eka", "Eka Putri"), "LEARNING", "NOW", "Sulit fokus belajar.");
        Supplier<Long> waiting = () -> count("SELECT COUNT(*) FROM counseling_request r JOIN school_member m"
                + " ON m.id = r.student_id WHERE m.subject = 'vs-eka' AND r.status = 'SUBMITTED'");
        people.counselor("vs-bk", "Bu Ratna");
        refusedEveryWay(() -> people.signIn("vs-bk", "Bu Ratna", TestPlatform.INSTRUCTOR), "/counselor/", "desk",
                "desk:queue:0:take", Map.of(), () -> -waiting.get());

        SchoolPeople.takeFirst(people.signIn("vs-bk", "Bu Ratna", TestPlatform.INSTRUCTOR));
        assertEquals(0, waiting.get(), "the page's own post is taken");
    }

    @Test
    void theCaseNoteFormTakesNoPostWithoutItsViewState() {
        SchoolPeople.ask(people.student("vs-fajar", "Fajar"), "SOCIAL", "NOW", "Sering diejek teman.");
        SchoolPeople.takeFirst(people.counselor("vs-bk-2", "Pak Hadi"));
        long caseId = count("SELECT r.counseling_case_id FROM counseling_request r JOIN school_member m"
                + " ON m.id = r.student_id WHERE m.subject = 'vs-fajar'");
        Supplier<Long> notes = () -> count("SELECT COUNT(*) FROM case_note WHERE case_id = " + caseId);
        Map<String, String> note = Map.of("id", Long.toString(caseId), "note:heldOn", LocalDate.now(CounselingSchool.JAKARTA).toString(),
                "note:mode", "CHAT", "note:summary", "Catatan tanpa halaman.");
        refusedEveryWay(() -> people.signIn("vs-bk-2", "Pak Hadi", TestPlatform.INSTRUCTOR), "/counselor/case?id=" + caseId,
                "note", "note:write", note, notes);

        CounselingSchool.writeNote(people.signIn("vs-bk-2", "Pak Hadi", TestPlatform.INSTRUCTOR), caseId, "Catatan dari halamannya.");
        assertEquals(1, notes.get(), "the page's own post is taken");
    }

    /**
     * Posts the page's form as a new session of the person would: without a view state, with a forged one, and
     * with the one the page had in an earlier session. Each is answered "page expired" and changes nothing.
     */
    private static void refusedEveryWay(Supplier<Http> signIn, String path, String form, String button,
                                        Map<String, String> fields, Supplier<Long> state) {
        Http earlier = signIn.get();
        HttpResponse<String> earlierPage = earlier.get(path);
        Http person = signIn.get();
        HttpResponse<String> page = person.get(path);
        long before = state.get();
        Map<String, HttpResponse<String>> tries = Map.of(
                "without a view state", FacesForm.submitWith(person, path, page, form, button, fields, Optional.empty()),
                "with a forged view state", FacesForm.submitWith(person, path, page, form, button, fields,
                        Optional.of("-4011458023441338781:8612563204112094111")),
                "with an earlier session's view state", FacesForm.submit(person, path, earlierPage, form, button, fields));
        tries.forEach((how, answer) -> {
            assertEquals(400, answer.statusCode(), path + " " + how + ": " + answer.body());
            assertTrue(answer.body().contains(EXPIRED), path + " " + how + ": " + answer.body());
        });
        assertEquals(before, state.get(), path + ": nothing changed");
    }

    private long count(String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
