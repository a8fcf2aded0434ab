package id.ruangkonseling.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A student who stays unnamed is "Siswa XXXX" wherever a counselor looks — desk, case page, chat API —
 * until they show their name, or a counselor breaks the glass with a written reason that is audited (without
 * the reason), listed for the school admin and told to the student.
 */
@ExtendWith(SharedServer.class)
class PseudonymousRequestIT {

    private static final Pattern PSEUDONYM = Pattern.compile("Siswa [23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}");
    private static final Pattern CASE_LINK = Pattern.compile("/counselor/case\\?id=(\\d+)");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\":(\\d+)");
    private static final String NAME = "Sari Wulandari";
    private static final String EMAIL = "sari.wulandari@sma1.sch.id";
    private static final String REASON = "Sari menulis akan menyakiti diri malam ini; walinya harus dihubungi.";

    private PayaraMicro tool;
    private DataSource database;
    private SchoolPeople people;
    private TestPlatform school;

    @BeforeEach
    void school(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.tool = tool;
        this.school = school;
        this.database = database;
        this.people = new SchoolPeople(tool, database, school);
    }

    @Test
    void counselorsSeeOnlyThePseudonymUntilTheStudentShowsTheirName() {
        Http sari = sari("ps-sari");
        askUnnamed(sari);
        HttpResponse<String> second = sari.postJson("/api/requests", """
                {"field":"learning","about":"Nilai saya turun.","urgency":"can_wait","mode":"chat",
                 "acknowledged":true,"unnamed":true}""", origin());
        assertEquals(201, second.statusCode(), second.body());
        Matcher conversationId = CONVERSATION.matcher(second.body());
        assertTrue(conversationId.find(), second.body());
        String conversation = conversationId.group(1);
        assertEquals(201, sari.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"ps-1\",\"body\":\"Halo, Bu.\"}", origin()).statusCode());

        Http counselor = people.counselor("ps-bk", "Bu Konselor");
        String desk = counselor.get("/counselor/").body();
        String pseudonym = pseudonymOn(desk);
        assertEquals(2, PSEUDONYM.matcher(desk).results().filter(found -> found.group().equals(pseudonym)).count(),
                "both unnamed requests carry the same pseudonym: " + desk);
        assertHidden(desk);
        assertTrue(sari.get("/student/").body().contains(pseudonym), "the student sees which pseudonym counselors see");

        FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk", "desk:queue:0:take", Map.of());
        String casePage = counselor.get("/counselor/case?id=" + caseIdOn(counselor.get("/counselor/").body())).body();
        assertTrue(casePage.contains(pseudonym) && casePage.contains("disembunyikan selama siswa tanpa nama"), casePage);
        assertFalse(casePage.contains("Matematika XI"), "the student's courses stay hidden");
        assertHidden(casePage);

        String conversations = counselor.get("/api/conversations").body();
        assertTrue(conversations.contains(pseudonym), conversations);
        assertHidden(conversations);
        FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk", "desk:queue:0:take", Map.of());
        String messages = counselor.get("/api/conversations/" + conversation + "/messages?after=0").body();
        assertTrue(messages.contains("Halo, Bu.") && messages.contains(pseudonym), messages);
        assertHidden(messages);

        HttpResponse<String> unconfirmed = FacesForm.submit(sari, "/student/", sari.get("/student/"), "reveal", "reveal:reveal-name", Map.of());
        assertTrue(unconfirmed.body().contains("Centang kotaknya dulu"), unconfirmed.body());
        assertHidden(counselor.get("/api/conversations").body());

        assertEquals(302, FacesForm.submit(sari, "/student/", sari.get("/student/"), "reveal", "reveal:reveal-name",
                Map.of("reveal:confirmed", "on")).statusCode());
        assertTrue(counselor.get("/api/conversations").body().contains(NAME));
        assertTrue(counselor.get("/api/conversations/" + conversation + "/messages?after=0").body().contains(NAME));
        assertTrue(counselor.get("/counselor/").body().contains(NAME));
        assertEquals(1, audited("IDENTITY_REVEALED_BY_STUDENT"));
    }

    @Test
    void breakGlassNeedsAWrittenReasonIsAuditedShownToTheAdminAndToldToTheStudent() {
        Http sari = sari("bg-sari");
        askUnnamed(sari);
        Http counselor = people.counselor("bg-bk", "Bu Konselor");
        SchoolPeople.takeFirst(counselor);
        String address = "/counselor/case?id=" + caseIdOn(counselor.get("/counselor/").body());
        String pseudonym = pseudonymOn(counselor.get(address).body());

        HttpResponse<String> refused = FacesForm.submit(counselor, address, counselor.get(address), "breakglass", "breakglass:reveal",
                Map.of("breakglass:reason", "darurat sekali"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("minimal 20 karakter") && refused.body().contains("darurat sekali"), refused.body());
        assertHidden(counselor.get(address).body());
        assertEquals(0, audited("IDENTITY_REVEALED_BY_COUNSELOR"));

        assertEquals(302, FacesForm.submit(counselor, address, counselor.get(address), "breakglass", "breakglass:reveal",
                Map.of("breakglass:reason", REASON)).statusCode());
        String revealed = counselor.get(address).body();
        assertTrue(revealed.contains(NAME) && !revealed.contains("id=\"breakglass\""), revealed);
        assertEquals(1, audited("IDENTITY_REVEALED_BY_COUNSELOR"));
        assertEquals(0, scalar("SELECT COUNT(*) FROM audit_entry WHERE detail IS NOT NULL AND action = 'IDENTITY_REVEALED_BY_COUNSELOR'"),
                "the reason never goes into the audit trail");
        assertEquals(0, scalar("SELECT COUNT(*) FROM identity_reveal WHERE reason LIKE '%menyakiti%'"), "the reason is encrypted at rest");

        String audit = people.signIn("bg-admin", "Bu Kepala", TestPlatform.ADMINISTRATOR).get("/admin/audit").body();
        assertTrue(audit.contains("Bu Konselor") && audit.contains(pseudonym) && audit.contains(NAME)
                && audit.contains(REASON.replace("'", "&#39;")), audit);

        String home = sari.get("/student/").body();
        assertTrue(home.contains("Guru BK Bu Konselor membuka identitasmu pada") && home.contains(REASON.replace("'", "&#39;")), home);
        assertFalse(home.contains("id=\"reveal\""), "nothing is hidden any more");
    }

    @Test
    void aTeachersReferralOfTheSameStudentStaysNamedAndNeverJoinsTheUnnamedCase() {
        askUnnamed(people.student("s-2", "Budi Santoso")); // the roster's Budi, as himself
        Http counselor = people.counselor("rf-bk", "Bu Konselor");
        SchoolPeople.takeFirst(counselor);
        people.referBudi("rf-guru", "Bu Wali", "Sering melamun di kelas", "Tiga kali tertidur minggu ini");
        assertTrue(counselor.get("/counselor/").body().contains("Budi Santoso"), "the teacher's referral is named");
        SchoolPeople.takeFirst(counselor);
        assertTrue(counselor.get("/counselor/").body().contains("Budi Santoso"), "the desk's notice names the referral's student");

        String unnamed = counselor.get("/counselor/case?id=" + scalar("SELECT MAX(id) FROM counseling_case WHERE unnamed = TRUE")).body();
        assertTrue(PSEUDONYM.matcher(unnamed).find(), unnamed);
        assertFalse(unnamed.contains("Budi") || unnamed.contains("Sering melamun") || unnamed.contains("Matematika XI"),
                "the referral, its course and the name stay out of the unnamed case: " + unnamed);
        String named = counselor.get("/counselor/case?id=" + scalar("SELECT MAX(id) FROM counseling_case WHERE unnamed = FALSE")).body();
        assertTrue(named.contains("Budi Santoso") && named.contains("Sering melamun di kelas"), named);
        assertFalse(PSEUDONYM.matcher(named).find(), "the named case does not name the pseudonym");
    }

    @Test
    void theCrisisBannerAndNoticeShowAnUnnamedStudentByTheirPseudonym() {
        Http counselor = people.counselor("ps-krisis-bk", "Bu Piket");
        Http sari = sari("ps-krisis-sari");
        assertEquals(201, sari.postJson("/api/requests", """
                {"field":"personal","about":"Aku pengen mati aja.","urgency":"soon","mode":"chat",
                 "acknowledged":true,"unnamed":true}""", origin()).statusCode());

        String desk = counselor.get("/counselor/").body();
        assertTrue(desk.contains("id=\"crisis-banner\"") && desk.contains("id=\"desk:queue\""), desk);
        String crisisPart = desk.substring(desk.indexOf("class=\"rk-crisis\""), desk.indexOf("id=\"desk:queue\""));
        pseudonymOn(crisisPart);
        assertHidden(crisisPart);
    }

    private Http sari(String person) {
        return people.signIn(person, NAME, TestPlatform.LEARNER, claims -> claims.claim("email", EMAIL));
    }

    private static void askUnnamed(Http student) {
        HttpResponse<String> sent = FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", "PERSONAL", "request:about", "Saya sering cemas.", "request:urgency", "SOON",
                        "request:mode", "CHAT", "request:acknowledged", "on", "request:unnamed", "on"));
        assertEquals(302, sent.statusCode(), sent.body());
    }

    private static void assertHidden(String answer) {
        assertFalse(answer.contains("Wulandari"), "the student's name shows: " + answer);
        assertFalse(answer.contains(EMAIL), "the student's email shows: " + answer);
    }

    private static String pseudonymOn(String page) {
        Matcher found = PSEUDONYM.matcher(page);
        assertTrue(found.find(), page);
        return found.group();
    }

    private static long caseIdOn(String desk) {
        Matcher link = CASE_LINK.matcher(desk);
        assertTrue(link.find(), desk);
        return Long.parseLong(link.group(1));
    }

    /** This school's audit entries of {@code action}. */
    private long audited(String action) {
        return scalar("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "'");
    }

    /** A count over this school's rows: {@code sql} ends in a condition, and the school's is added. */
    private long scalar(String sql) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql + " AND school_id = (SELECT id FROM school WHERE issuer = ?)")) {
            query.setString(1, school.issuer());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String[] origin() {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }
}
