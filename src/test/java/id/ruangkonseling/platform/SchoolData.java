package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.TeacherReferral;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What the accessibility checks need on the pages (a request, a referral, a case), made the way people make it. */
final class SchoolData {

    private SchoolData() {
    }

    /** {@code person} asks for counseling. */
    static void requestFrom(PayaraMicro tool, TestPlatform school, String person) {
        Http student = signIn(tool, school, person, LEARNER);
        HttpResponse<String> sent = FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", "PERSONAL", "request:about", "Saya sulit tidur menjelang ujian.",
                        "request:urgency", "NOW", "request:mode", "CHAT", "request:acknowledged", "on"));
        assertEquals(302, sent.statusCode(), sent.body());
    }

    /** Teacher {@code person} refers Budi from the platform's course. */
    static void referralFrom(PayaraMicro tool, TestPlatform school, String person) {
        Http teacher = signIn(tool, school, person, INSTRUCTOR);
        String form = TeacherReferral.link(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        HttpResponse<String> sent = FacesForm.submit(teacher, "/teacher/refer", page, "refer", "refer:send",
                TeacherReferral.ofBudi(page, form, "Sering melamun di kelas", "Tiga kali tertidur minggu ini"));
        assertEquals(302, sent.statusCode(), sent.body());
    }

    /** Teacher {@code person} is made counselor (here straight in the database) and takes up the first waiting request. */
    static void counselorTakesUpFirstRequest(PayaraMicro tool, TestPlatform school, DataSource database, String person) {
        signIn(tool, school, person, INSTRUCTOR);
        try (Connection connection = database.getConnection();
             PreparedStatement appoint = connection.prepareStatement("UPDATE school_member SET counselor = TRUE WHERE subject = ?")) {
            appoint.setString(1, person);
            assertEquals(1, appoint.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Http counselor = signIn(tool, school, person, INSTRUCTOR);
        HttpResponse<String> accepted = FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                "desk:waiting:0:accept", Map.of());
        assertEquals(302, accepted.statusCode(), accepted.body());
    }

    private static Http signIn(PayaraMicro tool, TestPlatform school, String person, String role) {
        Http browser = new Http(tool);
        HttpResponse<String> launched = school.launch(browser, tool, person, List.of(role), claims -> claims).answer();
        assertEquals(303, launched.statusCode(), launched.body());
        return browser;
    }
}
