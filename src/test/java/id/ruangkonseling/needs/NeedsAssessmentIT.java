package id.ruangkonseling.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The needs assessment through the demo platform, as a class lives it: a link placed for the questionnaire,
 * six students answering (two asking to talk), the counselor's profile and a wish to talk made a request on
 * the desk, the teacher's count; and in test schools the admin's suppressed counts and the walls between
 * schools and students.
 */
@ExtendWith(SharedServer.class)
class NeedsAssessmentIT {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");
    private static final String CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom";

    @Test
    void aClassAnswersAndTheCounselorReadsItsNeedsAndTakesUpAWishToTalk(PayaraMicro tool) {
        Http counselor = new Http(tool);
        HttpResponse<String> profile = demo(counselor, tool, "counselor", "Bu Ratna BK");
        assertTrue(Landing.path(launched).startsWith("/counselor/needs?course="), Landing.path(launched));
        String course = Landing.path(launched).replaceFirst(".*course=", "");
        assertEquals(200, profile.statusCode());

        List<Http> students = List.of("Ayu", "Bagus", "Citra", "Dimas", "Eka", "Fajar").stream()
                .map(name -> student(tool, name)).toList();
        Map<String, Object> current = json(students.get(0).get("/api/needs/current"));
        List<Map<String, Object>> items = items(current);
        assertEquals(48, items.size(), "the shipped questionnaire");
        assertEquals(true, current.get("open"));
        assertEquals(List.of(), longs(current, "yes"));
        long concentrate = idOf(items, "Saya sulit berkonsentrasi ketika belajar.");
        long friends = idOf(items, "Saya sulit mendapat teman dekat.");
        long major = idOf(items, "Saya bingung memilih jurusan atau sekolah lanjutan.");
        assertEquals("learning", items.stream().filter(item -> ((Number) item.get("id")).longValue() == concentrate)
                .findFirst().orElseThrow().get("field"));

        for (int i = 0; i < 6; i++) {
            List<Long> yes = i < 4 ? List.of(concentrate) : List.of(major);
            List<Long> talk = i == 1 ? List.of(concentrate) : i == 4 ? List.of(friends) : List.of();
            assertEquals(200, put(students.get(i), tool, yes, talk, i == 1 ? "Saya susah fokus sejak pindah rumah." : "").statusCode());
        }
        Http gita = student(tool, "Gita");
        assertEquals(200, draft(gita, tool, List.of(friends), List.of(friends), "").statusCode());
        assertEquals(false, json(gita.get("/api/needs/current")).get("submitted"), "a draft is not sent");
        Map<String, Object> kept = json(students.get(1).get("/api/needs/current"));
        assertEquals(true, kept.get("submitted"));
        assertEquals(List.of(concentrate), longs(kept, "yes"));
        assertEquals(List.of(concentrate), longs(kept, "talk"));

        Map<String, Object> demoClass = profiles(counselor).stream().filter(p -> String.valueOf(p.get("course")).equals(course))
                .findFirst().orElseThrow();
        assertEquals(6L, demoClass.get("answered"));
        assertTrue(((Number) demoClass.get("students")).longValue() >= 6);
        assertEquals(2L, demoClass.get("wantsToTalk"));
        assertEquals(Math.round(1000.0 * 4 / (6 * 12)) / 1000.0, share(demoClass, "learning"));
        assertEquals(Math.round(1000.0 * 2 / (6 * 12)) / 1000.0, share(demoClass, "career"));
        assertEquals(0.0, share(demoClass, "personal"));

        HttpResponse<String> page = counselor.get("/counselor/needs?course=" + course);
        assertTrue(page.body().contains("6 dari "), page.body());
        assertTrue(page.body().contains("Bagus") && page.body().contains("Eka") && !page.body().contains("Ayu"), "only who asked to talk is named");
        assertFalse(page.body().contains("Gita"), "a wish to talk in a draft does not reach the counselor");
        assertTrue(page.body().contains("Saya susah fokus sejak pindah rumah."));
        Matcher firstRow = Pattern.compile("<tr><td>1</td><td>([^<]+)</td>").matcher(page.body());
        assertTrue(firstRow.find() && firstRow.group(1).equals("Saya sulit berkonsentrasi ketika belajar."), "ranked first: 4 of 6");
        assertTrue(page.body().contains("67 %"));

        HttpResponse<String> taken = FacesForm.submit(counselor, "/counselor/needs?course=" + course, page, "talk",
                "talk:talker:0:take-up", Map.of());
        assertEquals(302, taken.statusCode(), taken.body());
        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("Bagus"), "the wish to talk is a request on the desk");
        assertTrue(counselor.get("/counselor/needs?course=" + course).body().contains("Sudah menjadi permohonan"));

        Http teacher = new Http(tool);
        HttpResponse<String> count = demo(teacher, tool, "teacher", "Pak Wali Kelas");
        assertTrue(count.body().contains("6 siswa sudah mengisi"), count.body());
        assertFalse(count.body().contains("berkonsentrasi") || count.body().contains("Bagus"), "a teacher sees only the count");
        assertEquals(404, teacher.get("/api/needs/profiles").statusCode());
        assertEquals(404, teacher.get("/api/needs/current").statusCode());
    }

    @Test
    void anAdminSeesFewerThanFiveAndNoOneReadsAnotherSchoolsOrStudentsAnswers(PayaraMicro tool, DataSource database,
                                                                             TestPlatform school, TestPlatform neighbour)
            throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http counselor = people.counselor("nd-bk", "Bu Sari");
        Http ani = placed(tool, school, "nd-ani", "Ani", "id");
        Http tom = placed(tool, school, "nd-tom", "Tom", "en");
        String course = Landing.path(launched).replaceFirst(".*course=", "");
        long first = ((Number) items(json(ani.get("/api/needs/current"))).get(0).get("id")).longValue();
        assertEquals(200, put(ani, tool, List.of(first), List.of(), "").statusCode());
        HttpResponse<String> withoutScript = tom.postForm("/api/needs/current", "yes=" + first + "&talk=" + first + "&note=",
                origin(tool));
        assertEquals(303, withoutScript.statusCode(), "the page's form, sent without JavaScript");
        assertEquals(tool.uri("/student/needs?course=" + course).getPath(), URI.create(withoutScript.headers()
                .firstValue("Location").orElseThrow()).getPath());

        String english = tom.get("/student/needs?course=" + course).body();
        assertTrue(english.contains("Who reads your answers") && english.contains("I often feel anxious without knowing why."), english);
        assertTrue(english.contains("your answers have been sent"), "the page says it was sent");
        assertEquals("I often feel anxious without knowing why.", items(json(tom.get("/api/needs/current"))).get(0).get("text"));
        assertEquals(400, put(ani, tool, List.of(987654321L), List.of(), "").statusCode(), "an item the round does not ask");
        assertEquals(403, ani.putJson("/api/needs/current", "{\"yes\":[]}").statusCode(), "no Origin: another site's post");

        Http admin = people.signIn("nd-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        String counts = admin.get("/admin/needs").body();
        assertTrue(counts.contains("IPS VIII") && counts.contains("&lt; 5") && counts.contains("Disembunyikan"), counts);
        assertFalse(counts.contains("Ani") || counts.contains("cemas"), "no name, no item");

        Http other = people.student("nd-budi", "Budi");
        assertEquals(404, other.get("/student/needs?course=" + course).statusCode(), "not a learner of the course");
        assertEquals(404, other.get("/api/needs/current").statusCode());
        SchoolPeople neighbours = new SchoolPeople(tool, database, neighbour);
        Http foreign = neighbours.counselor("nd-asing-bk", "Bu Asing");
        assertEquals(404, foreign.get("/counselor/needs?course=" + course).statusCode());
        assertEquals(404, foreign.get("/counselor/needs.csv?course=" + course).statusCode());
        assertTrue(profiles(foreign).stream().noneMatch(p -> "IPS VIII".equals(p.get("courseTitle"))));

        HttpResponse<String> csv = counselor.get("/counselor/needs.csv?course=" + course);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFcourse,field,item,yes,answered,share_percent\r\n"), csv.body());
        assertTrue(csv.body().contains("\"IPS VIII\",\"Pribadi\",\"Saya sering merasa cemas tanpa tahu sebabnya.\",2,2,100"), csv.body());

        String schoolId = "(SELECT id FROM school WHERE issuer = '" + school.issuer() + "')";
        long reads = single(database, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEEDS_PROFILE_READ' AND school_id = " + schoolId);
        profiles(counselor);
        assertEquals(reads + 1, single(database, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEEDS_PROFILE_READ'"
                + " AND school_id = " + schoolId), "every counselor read is audited, once");
        HttpResponse<byte[]> pdf = counselor.download("/counselor/needs.pdf?course=" + course);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String printed = new PDFTextStripper().getText(document);
            assertTrue(printed.contains("IPS VIII") && printed.contains("Pribadi: 8 %")
                    && printed.contains("1. Saya sering merasa cemas tanpa tahu sebabnya. (Pribadi): 2 · 100 %"), printed);
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        HttpResponse<String> page = counselor.get("/counselor/needs?course=" + course);
        assertEquals(302, FacesForm.submit(counselor, "/counselor/needs?course=" + course, page, "round", "round:open-or-close",
                Map.of()).statusCode());
        assertEquals(1, single(database, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEEDS_ROUND_CHANGED' AND detail = 'closed'"
                + " AND school_id = " + schoolId));
        assertEquals(409, put(ani, tool, List.of(), List.of(), "").statusCode(), "the round is closed");
        assertEquals(false, json(ani.get("/api/needs/current")).get("open"));
    }

    @Test
    void theAnswersAreInTheStudentsOwnFileAndGoWithTheirDeletion(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        Http sinta = placed(tool, school, "nd-sinta", "Sinta Dewi", "id");
        long first = ((Number) items(json(sinta.get("/api/needs/current"))).get(0).get("id")).longValue();
        assertEquals(200, put(sinta, tool, List.of(first), List.of(first), "Catatan rahasia Sinta.").statusCode());
        assertEquals("Catatan rahasia Sinta.", json(sinta.get("/api/needs/current")).get("note"));
        String again = sinta.get(Landing.path(launched)).body();
        assertTrue(again.contains(">Catatan rahasia Sinta.</textarea>") && again.contains("id=\"yes-" + first + "\" name=\"yes\" value=\""
                + first + "\" checked=\"checked\""), "her answer, as she left it: " + again);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet stored = statement.executeQuery("SELECT note, choices FROM needs_answer a JOIN school_member m"
                     + " ON m.id = a.student_id WHERE m.subject = 'nd-sinta'")) {
            assertTrue(stored.next());
            assertFalse(stored.getString(1).contains("Sinta") || stored.getString(2).contains("yes="), "encrypted at rest");
        }

        String file = sinta.get("/student/my-data/export?format=json").body();
        assertTrue(file.contains("Catatan rahasia Sinta.") && file.contains("Saya sering merasa cemas tanpa tahu sebabnya."), file);
        assertTrue(file.contains("\"needs\": 1") || file.contains("\"needs\":1"), file);

        Http admin = people.signIn("nd-sinta-admin", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        long id = single(database, "SELECT id FROM school_member WHERE subject = 'nd-sinta'");
        String address = "/admin/student-data?q=sinta&id=" + id;
        assertEquals(302, FacesForm.submit(admin, "/admin/student-data", admin.get(address), "erase", "erase:delete",
                Map.of("q", "sinta", "id", Long.toString(id), "erase:confirmation", "Sinta Dewi")).statusCode());
        assertEquals(0, single(database, "SELECT COUNT(*) FROM needs_answer WHERE student_id = " + id));
    }

    @Test
    void aCounselorChangesTheSchoolsQuestionnaireAndANewRoundAsksIt(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        Http counselor = new SchoolPeople(tool, database, school).counselor("nq-bk", "Bu Sari");
        Http rina = placed(tool, school, "nq-rina", "Rina", "id");
        String course = Landing.path(launched).replaceFirst(".*course=", "");
        HttpResponse<String> page = counselor.get("/counselor/needs-questionnaire");
        assertTrue(page.body().contains("48 butir"), page.body());
        assertEquals(302, FacesForm.submit(counselor, "/counselor/needs-questionnaire", page, "add", "add:save",
                Map.of("add:field", "LEARNING", "add:text-id", "Saya kesulitan belajar daring.",
                        "add:text-en", "I struggle with learning online.")).statusCode());
        page = counselor.get("/counselor/needs-questionnaire");
        assertEquals(302, FacesForm.submit(counselor, "/counselor/needs-questionnaire", page, "item:0:row", "item:0:row:remove",
                Map.of()).statusCode());
        long concentrate = idOf(items(json(rina.get("/api/needs/current"))), "Saya sulit berkonsentrasi ketika belajar.");
        String edit = "/counselor/needs-questionnaire?edit=" + concentrate;
        page = counselor.get(edit);
        assertTrue(page.body().contains("value=\"Saya sulit berkonsentrasi ketika belajar.\""), "the form holds its wording");
        Matcher reword = Pattern.compile("<form id=\"(item:\\d+:reword)\"").matcher(page.body());
        assertTrue(reword.find(), "the item's place holds the form");
        String form = reword.group(1);
        HttpResponse<String> blank = FacesForm.submit(counselor, edit, page, form, form + ":save",
                Map.of(form + ":field", "LEARNING", form + ":text-id", " ", form + ":text-en", "I can hardly focus in class."));
        assertTrue(blank.body().contains("Isikan bagian ini.") && blank.body().contains("I can hardly focus in class."), blank.body());
        assertEquals(302, FacesForm.submit(counselor, edit, blank, form, form + ":save", Map.of(form + ":field", "LEARNING",
                form + ":text-id", "Saya sulit fokus di kelas.", form + ":text-en", "I can hardly focus in class.")).statusCode());
        assertEquals(404, counselor.get("/counselor/needs-questionnaire?edit=987654321").statusCode());

        List<Map<String, Object>> open = items(json(rina.get("/api/needs/current")));
        assertEquals(48, open.size(), "the open round keeps what it asked");
        assertEquals("Saya sulit berkonsentrasi ketika belajar.", open.stream().filter(item -> ((Number) item.get("id")).longValue()
                == concentrate).findFirst().orElseThrow().get("text"), "in the wording its students answered");
        HttpResponse<String> profile = counselor.get("/counselor/needs?course=" + course);
        for (int twice = 0; twice < 2; twice++) {
            profile = FacesForm.submit(counselor, "/counselor/needs?course=" + course, profile, "round", "round:open-or-close", Map.of());
            assertEquals(302, profile.statusCode());
            profile = counselor.get("/counselor/needs?course=" + course);
        }
        List<String> asked = items(json(rina.get("/api/needs/current"))).stream().map(item -> (String) item.get("text")).toList();
        assertEquals(48, asked.size());
        assertTrue(asked.contains("Saya kesulitan belajar daring.") && asked.contains("Saya sulit fokus di kelas."), asked.toString());
        assertFalse(asked.contains("Saya sering merasa cemas tanpa tahu sebabnya.") || asked.contains("Saya sulit berkonsentrasi ketika belajar."));
        assertEquals(3, single(database, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEEDS_QUESTIONNAIRE_CHANGED'"
                + " AND school_id = (SELECT id FROM school WHERE issuer = '" + school.issuer() + "')"), "added, removed, reworded: once each");
    }

    private static long single(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getLong(1);
        }
    }

    private HttpResponse<String> launched;

    /** A student of the school launched from the link placed for the questionnaire in IPS VIII, in {@code language}. */
    private Http placed(PayaraMicro tool, TestPlatform school, String person, String name, String language) {
        Http student = launchedFromTheLink(tool, school, person, name, language);
        assertEquals(200, student.get(Landing.path(launched)).statusCode());
        return student;
    }

    /** As {@link #placed}, in a frame that keeps no cookie: the page is not shown, the launch's ticket waits. */
    private Http launchedFromTheLink(PayaraMicro tool, TestPlatform school, String person, String name, String language) {
        Http student = new Http(tool);
        launched = school.launch(student, tool, person, List.of(TestPlatform.LEARNER), claims -> school.fromCourse("ips-8", "IPS VIII")
                .apply(claims).claim("name", name).claim(CUSTOM, Map.of("rk_place", "needs"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", language))).answer();
        assertTrue(Landing.path(launched).startsWith("/student/needs?course="), Landing.path(launched));
        return student;
    }

    @Test
    void aFrameWithoutCookiesContinuesInANewWindowAtTheQuestionnaireOfItsLink(PayaraMicro tool, TestPlatform school) {
        launchedFromTheLink(tool, school, "nw-sari", "Sari", "id");
        String page = Landing.path(launched);
        Http newWindow = new Http(tool);
        HttpResponse<String> resumed = newWindow.get("/lti/resume?ticket=" + Landing.ticket(launched) + "&page="
                + URLEncoder.encode(page, StandardCharsets.UTF_8));
        assertEquals(Landing.of(launched), resumed.headers().firstValue("Location").orElseThrow());
        assertTrue(newWindow.get(page).body().contains("hanya dibaca guru BK"), "the questionnaire, signed in");

        launchedFromTheLink(tool, school, "nw-sari", "Sari", "id");
        HttpResponse<String> elsewhere = new Http(tool).get("/lti/resume?ticket=" + Landing.ticket(launched) + "&page="
                + URLEncoder.encode("/counselor/needs?course=1", StandardCharsets.UTF_8));
        assertEquals(tool.uri("/student/").toString(), elsewhere.headers().firstValue("Location").orElseThrow(),
                "a page that is not the role's questionnaire opens the home");
    }

    /** A demo person launched from the demo course's needs link, at the page the launch sent them to. */
    private HttpResponse<String> demo(Http client, PayaraMicro tool, String as, String user) {
        HttpResponse<String> answer = client.get("/dev/launch?as=" + as + "&user=" + user.replace(" ", "%20") + "&place=needs");
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            URI next = URI.create(answer.headers().firstValue("Location").orElseThrow());
            answer = client.get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher fields = HIDDEN.matcher(answer.body());
        Map<String, String> form = new HashMap<>();
        while (fields.find()) {
            form.put(fields.group(1), fields.group(2));
        }
        launched = client.postForm("/lti/launch", TestPlatform.form(form));
        assertEquals(303, launched.statusCode(), launched.body());
        return client.get(Landing.path(launched));
    }

    private Http student(PayaraMicro tool, String name) {
        Http student = new Http(tool);
        HttpResponse<String> page = demo(student, tool, "student", name);
        assertTrue(Landing.path(launched).startsWith("/student/needs?course="), Landing.path(launched));
        assertTrue(page.body().contains("hanya dibaca guru BK"), "the confidentiality statement");
        return student;
    }

    /** Answers and sends. */
    static HttpResponse<String> put(Http student, PayaraMicro tool, List<Long> yes, List<Long> talk, String note) {
        return save(student, tool, yes, talk, note, true);
    }

    static HttpResponse<String> draft(Http student, PayaraMicro tool, List<Long> yes, List<Long> talk, String note) {
        return save(student, tool, yes, talk, note, false);
    }

    private static HttpResponse<String> save(Http student, PayaraMicro tool, List<Long> yes, List<Long> talk, String note, boolean send) {
        return student.putJson("/api/needs/current", "{\"yes\":" + yes + ",\"talk\":" + talk + ",\"note\":\""
                + note + "\",\"send\":" + send + "}", origin(tool));
    }

    static String[] origin(PayaraMicro tool) {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    static Map<String, Object> json(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return ChatParties.json(answer);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> profiles(Http counselor) {
        HttpResponse<String> answer = counselor.get("/api/needs/profiles");
        assertEquals(200, answer.statusCode(), answer.body());
        return ChatParties.jsonArray(answer).stream().map(row -> (Map<String, Object>) row).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> current) {
        return (List<Map<String, Object>>) current.get("items");
    }

    @SuppressWarnings("unchecked")
    static double share(Map<String, Object> profile, String field) {
        return ((Number) ((Map<String, Object>) profile.get("fields")).get(field)).doubleValue();
    }

    static long idOf(List<Map<String, Object>> items, String text) {
        return items.stream().filter(item -> text.equals(item.get("text"))).findFirst()
                .map(item -> ((Number) item.get("id")).longValue()).orElseThrow(() -> new AssertionError("no item " + text));
    }

    /** The ids of the student's answer, {@code yes} or {@code talk}. */
    @SuppressWarnings("unchecked")
    static List<Long> longs(Map<String, Object> current, String which) {
        return ((List<Object>) ((Map<String, Object>) current.get("answers")).get(which)).stream()
                .map(id -> ((Number) id).longValue()).collect(Collectors.toList());
    }
}
