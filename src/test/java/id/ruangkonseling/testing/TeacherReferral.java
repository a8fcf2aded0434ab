package id.ruangkonseling.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** What a teacher does on the referral form in the tests: follows a course's link and fills the form for Budi. */
public final class TeacherReferral {

    private TeacherReferral() {
    }

    /** The "refer a student" link of a course on the teacher's home, as the teacher follows it. */
    public static String link(Http teacher, String courseTitle) {
        return HtmlPage.find(teacher.get("/teacher/").body(),
                "<a class=\"rk-refer\" href=\"(/teacher/refer\\?course=\\d+)\"\\s+aria-label=\"Rujuk siswa dari " + courseTitle + "\"");
    }

    /** A complete referral of Budi (from the test platform's roster) on the form at {@code form}. */
    public static Map<String, String> ofBudi(HttpResponse<String> page, String form, String reason, String observed) {
        return new HashMap<>(Map.of(
                "course", TestPlatform.query(URI.create(form)).get("course"),
                "refer:student", FacesForm.optionValue(page, "refer:student", "Budi Santoso"),
                "refer:field", "SOCIAL",
                "refer:reason", reason,
                "refer:observations", observed,
                "refer:urgency", "SOON",
                "refer:student-knows", "NO"));
    }
}
