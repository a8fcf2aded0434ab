package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/** People of a test school signed in through real launches: a client that keeps their session. */
public final class SchoolPeople {

    private final URI tool;
    private final DataSource database;
    private final TestPlatform platform;

    public SchoolPeople(PayaraMicro tool, DataSource database, TestPlatform platform) {
        this(tool.uri(""), database, platform);
    }

    /** People who reach the tool at {@code tool}, e.g. through a proxy in front of several instances. */
    public SchoolPeople(URI tool, DataSource database, TestPlatform platform) {
        this.tool = tool;
        this.database = database;
        this.platform = platform;
    }

    /** {@code person} (the LMS user id) named {@code name} launches in {@code role}, e.g. {@link TestPlatform#LEARNER}. */
    public Http signIn(String person, String name, String role) {
        return signIn(person, name, role, claims -> claims);
    }

    /** As {@link #signIn(String, String, String)}, with the launch's claims adjusted, e.g. from another course. */
    public Http signIn(String person, String name, String role, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        Http browser = new Http(tool, null);
        HttpResponse<String> launched = platform.launch(browser, tool, person, List.of(role),
                claims -> adjust.apply(claims).claim("name", name)).answer();
        assertEquals(303, launched.statusCode(), launched.body());
        return browser;
    }

    public Http student(String person, String name) {
        return signIn(person, name, TestPlatform.LEARNER);
    }

    /** A teacher whom the school admin made counselor (here straight in the database), launched again. */
    public Http counselor(String person, String name) {
        return counselor(person, name, claims -> claims);
    }

    /** As {@link #counselor(String, String)}, with both launches' claims adjusted, e.g. an e-mail address shared. */
    public Http counselor(String person, String name, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        signIn(person, name, TestPlatform.INSTRUCTOR, adjust);
        try (Connection connection = database.getConnection();
             PreparedStatement appoint = connection.prepareStatement(
                     "UPDATE school_member SET counselor = TRUE WHERE subject = ?"
                             + " AND school_id = (SELECT id FROM school WHERE issuer = ?)")) {
            appoint.setString(1, person);
            appoint.setString(2, platform.issuer());
            assertEquals(1, appoint.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Http browser = signIn(person, name, TestPlatform.INSTRUCTOR, adjust);
        assertEquals(200, browser.get("/counselor/").statusCode(), "the counselor's desk opens");
        return browser;
    }

    /** {@code student} asks for counseling with these choices (service field, urgency as the form's values). */
    public static void ask(Http student, String field, String urgency, String about) {
        HttpResponse<String> sent = FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", field, "request:about", about, "request:urgency", urgency,
                        "request:mode", "CHAT", "request:acknowledged", "on"));
        assertEquals(302, sent.statusCode(), sent.body());
    }

    /** Teacher {@code person} refers Budi from the platform's course, Matematika XI. */
    public void referBudi(String person, String name, String reason, String observations) {
        Http teacher = signIn(person, name, TestPlatform.INSTRUCTOR);
        String form = TeacherReferral.link(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        HttpResponse<String> sent = FacesForm.submit(teacher, "/teacher/refer", page, "refer", "refer:send",
                TeacherReferral.ofBudi(page, form, reason, observations));
        assertEquals(302, sent.statusCode(), sent.body());
    }

    /** The counselor takes up the first item of their desk's queue (the most urgent). */
    public static void takeFirst(Http counselor) {
        HttpResponse<String> taken = FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                "desk:queue:0:take", Map.of());
        assertEquals(302, taken.statusCode(), taken.body());
    }
}
