package id.ruangkonseling.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every audited action the application's flows produce, performed once through the pages, the API and the
 * operator console: each leaves exactly one new {@code audit_entry} row of that action (counted in the test
 * school, or anywhere for what belongs to no school yet). Actions no flow produces are listed with why.
 */
@ExtendWith(SharedServer.class)
class AuditOnceIT {

    /**
     * Not performed here, and why. A counselor takes a referral up only by joining it to a case
     * ({@code REFERRAL_MERGED}); {@code REFERRAL_ACCEPTED} stays for audit rows written before that. Re-encrypting is offered only while texts are under an older data key, which
     * takes a restart with another {@code RK_DATA_KEY}: {@code DataRotationIT} does that on a server of its own.
     */
    private static final Set<AuditAction> NOT_PRODUCED = EnumSet.of(AuditAction.REFERRAL_ACCEPTED, AuditAction.DATA_REENCRYPTED);

    /**
     * Counted as exactly one row by the test of their own feature, with the data it needs:
     * {@code AppointmentsIT} (done), {@code PseudonymousRequestIT} (reveals), {@code CrisisEscalationIT}
     * (escalation), {@code RetentionIT} (policy, purge), {@code StudentDataIT} (exports, the co-signature, deletion), {@code CallApiIT}
     * (calls), {@code NeedsAssessmentIT} (a read of the needs profiles, a round closed, the questionnaire changed).
     */
    private static final Set<AuditAction> COUNTED_ELSEWHERE = EnumSet.of(AuditAction.CALL_STARTED, AuditAction.CALL_ANSWERED,
            AuditAction.CALL_ENDED, AuditAction.APPOINTMENT_DONE,
            AuditAction.IDENTITY_REVEALED_BY_STUDENT, AuditAction.IDENTITY_REVEALED_BY_COUNSELOR,
            AuditAction.CRISIS_ESCALATED, AuditAction.RETENTION_POLICY_CHANGED, AuditAction.DATA_PURGED,
            AuditAction.DATA_EXPORTED, AuditAction.DATA_DELETED_ON_REQUEST, AuditAction.OWN_DATA_EXPORTED,
            AuditAction.EXPORT_COSIGN_ASKED, AuditAction.EXPORT_COSIGNED, AuditAction.EXPORT_COSIGN_REFUSED,
            AuditAction.DATA_EXPORTED_WITH_CONTENT, AuditAction.NEEDS_PROFILE_READ, AuditAction.NEEDS_ROUND_CHANGED,
            AuditAction.NEEDS_QUESTIONNAIRE_CHANGED, AuditAction.REPORT_EXPORTED);

    private final Map<String, Long> added = new LinkedHashMap<>();
    private PayaraMicro tool;
    private DataSource database;
    private long schoolId;

    @Test
    void everyAuditedActionLeavesExactlyOneRow(PayaraMicro tool, DataSource database, TestPlatform platform) {
        this.tool = tool;
        this.database = database;
        SchoolPeople people = new SchoolPeople(tool, database, platform);
        schoolId = number("SELECT id FROM school WHERE issuer = ?", platform.issuer());

        Http dewi = once(() -> people.student("ao-dewi", "Dewi Lestari"), AuditAction.LAUNCH_ACCEPTED, AuditAction.ROLE_GAINED);
        String ticket = Landing.ticket(platform.launch(new Http(tool), tool, "ao-dewi", List.of(TestPlatform.LEARNER), c -> c).answer());
        once(() -> new Http(tool).get("/lti/resume?ticket=" + ticket), AuditAction.LAUNCH_RESUMED);
        onceAnywhere(() -> platform.launch(new Http(tool), tool, "ao-asing", List.of(TestPlatform.LEARNER),
                claims -> claims.audience("another-tool")), AuditAction.LAUNCH_REFUSED);

        once(() -> SchoolPeople.ask(dewi, "PERSONAL", "SOON", "Saya cemas menjelang ujian."), AuditAction.REQUEST_SUBMITTED);
        Http counselor = people.counselor("ao-bk", "Bu Ratna");
        once(() -> SchoolPeople.takeFirst(counselor), AuditAction.REQUEST_ACCEPTED);
        long caseId = number("SELECT r.counseling_case_id FROM counseling_request r JOIN school_member m ON m.id = r.student_id"
                + " WHERE m.subject = ? AND m.school_id = ?", "ao-dewi", schoolId);
        String casePage = "/counselor/case?id=" + caseId;
        once(() -> counselor.get(casePage), AuditAction.CASE_READ);
        once(() -> CounselingSchool.writeNote(counselor, caseId, "Cemas ujian; latihan napas."), AuditAction.NOTE_WRITTEN);
        once(() -> FacesForm.submit(counselor, casePage, counselor.get(casePage), "steps", "steps:activate", Map.of()),
                AuditAction.CASE_STATUS_CHANGED);

        long conversation = number("SELECT id FROM conversation WHERE case_id = ?", caseId);
        once(() -> dewi.postJson("/api/conversations/" + conversation + "/messages", "{\"clientId\":\"ao-1\",\"body\":\"Halo, Bu.\"}",
                "Origin", tool.uri("").toString().replaceAll("/$", "")), AuditAction.MESSAGE_SENT);
        once(() -> counselor.get("/api/conversations/" + conversation + "/messages?after=0"), AuditAction.CONVERSATION_READ);

        onceAs("AVAILABILITY_CHANGED (published)", () -> CounselingSchool.publishSoon(counselor), AuditAction.AVAILABILITY_CHANGED);
        long appointment = once(() -> CounselingSchool.bookFirst(dewi), AuditAction.APPOINTMENT_BOOKED);
        onceAs("APPOINTMENT_READ (listed)", () -> assertEquals(200, counselor.get("/counselor/availability").statusCode()),
                AuditAction.APPOINTMENT_READ);
        onceAs("APPOINTMENT_READ (calendar file)", () -> assertEquals(200,
                counselor.get("/counselor/appointment.ics?id=" + appointment).statusCode()), AuditAction.APPOINTMENT_READ);
        assertEquals(200, dewi.get("/student/appointment.ics?id=" + appointment).statusCode());
        assertEquals(2L, rows(AuditAction.APPOINTMENT_READ, true), "the student's own download is not a counselor's read");
        once(() -> changeAppointment(dewi, appointment, "mine:0:change:reschedule"), AuditAction.APPOINTMENT_RESCHEDULED);
        once(() -> changeAppointment(dewi, appointment, "mine:0:change:cancel"), AuditAction.APPOINTMENT_CANCELLED);
        onceAs("AVAILABILITY_CHANGED (removed)", () -> removeFirstSlot(counselor), AuditAction.AVAILABILITY_CHANGED);

        Http admin = people.signIn("ao-kepala", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        people.signIn("ao-rekan", "Pak Rekan", TestPlatform.INSTRUCTOR);
        once(() -> counselorsButton(admin, "Pak Rekan", "people:table:0:appoint"), AuditAction.COUNSELOR_APPOINTED);
        once(() -> handOver(counselor, casePage, "Pak Rekan"), AuditAction.CASE_HANDED_OVER, AuditAction.CONVERSATION_HANDED_OVER);
        once(() -> counselorsButton(admin, "Pak Rekan", "people:table:0:release"), AuditAction.COUNSELOR_RELEASED);
        once(() -> nameCounselingCourse(admin), AuditAction.COUNSELING_COURSE_NAMED);
        onceAs("ROLE_GAINED (counselor by teaching the BK course)", () -> people.signIn("ao-rekan", "Pak Rekan", TestPlatform.INSTRUCTOR),
                AuditAction.ROLE_GAINED);
        assertEquals(1L, number("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROLE_GAINED' AND detail = 'COUNSELOR' AND school_id = ?",
                schoolId), "the role gained is named");

        onceAs("CRISIS_SETTINGS_CHANGED (on duty)", () -> crisisForm(admin, "duty", "duty:save-duty",
                Map.of("duty:onDuty", FacesForm.optionValue(admin.get("/admin/crisis"), "duty:onDuty", "Bu Ratna"))),
                AuditAction.CRISIS_SETTINGS_CHANGED);
        onceAs("CRISIS_SETTINGS_CHANGED (contact added)", () -> crisisForm(admin, "contacts", "contacts:add-contact",
                Map.of("contacts:contactName", "Guru BK piket", "contacts:contactReach", "WA 0812-0000-2222")),
                AuditAction.CRISIS_SETTINGS_CHANGED);
        String removeContact = HtmlPage.find(admin.get("/admin/crisis").body(), "name=\"(contact-list:[^\"]*:0:remove-contact)\"");
        onceAs("CRISIS_SETTINGS_CHANGED (contact removed)", () -> crisisForm(admin, "contact-list", removeContact, Map.of()),
                AuditAction.CRISIS_SETTINGS_CHANGED);
        onceAs("CRISIS_LEXICON_CHANGED (phrase added)", () -> crisisForm(admin, "phrases", "phrases:listen",
                Map.of("phrases:phrase", "hayang paeh")), AuditAction.CRISIS_LEXICON_CHANGED);
        onceAs("CRISIS_LEXICON_CHANGED (phrase turned off)", () -> crisisForm(admin, "off", "off:ignore",
                Map.of("off:offPhrase", "bunuh diri")), AuditAction.CRISIS_LEXICON_CHANGED);
        long dewiId = number("SELECT id FROM school_member WHERE subject = ? AND school_id = ?", "ao-dewi", schoolId);
        once(() -> markLeft(admin, dewiId), AuditAction.STUDENT_MARKED_LEFT);
        once(() -> assertEquals(302, FacesForm.submit(admin, "/admin/", admin.get("/admin/"), "zone", "zone:save",
                Map.of("zone:choice", "WITA")).statusCode()), AuditAction.SCHOOL_TIME_ZONE_CHANGED);
        String window = "from=2026-01-01T00%3A00&to=2026-01-02T00%3A00";
        onceAs("BREACH_QUERIED (page)", () -> assertEquals(200, admin.get("/admin/breach?" + window).statusCode()),
                AuditAction.BREACH_QUERIED);
        onceAs("BREACH_QUERIED (csv)", () -> assertEquals(200, admin.get("/admin/breach.csv?" + window + "&kind=CASES").statusCode()),
                AuditAction.BREACH_QUERIED);

        once(() -> people.referBudi("ao-guru", "Pak Wali", "Sering melamun", "Tertidur tiga kali"), AuditAction.REFERRAL_SUBMITTED);
        once(() -> SchoolPeople.takeFirst(counselor), AuditAction.REFERRAL_MERGED);
        long budisCase = number("SELECT case_id FROM referral WHERE school_id = ? AND case_id IS NOT NULL", schoolId);
        String budisPage = "/counselor/case?id=" + budisCase;
        once(() -> assertEquals(302, FacesForm.submit(counselor, budisPage, counselor.get(budisPage), "steps", "steps:activate",
                Map.of()).statusCode()), AuditAction.REFERRAL_WORK_STARTED);
        once(() -> assertEquals(302, FacesForm.submit(counselor, budisPage, counselor.get(budisPage), "steps", "steps:close",
                Map.of("steps:outcome", "Sudah bicara dengan Budi.")).statusCode()), AuditAction.REFERRAL_CLOSED);
        SchoolPeople.ask(people.student("ao-eka", "Eka"), "CAREER", "CAN_WAIT", "Bingung memilih jurusan.");
        once(() -> FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk", "desk:queue:0:decline",
                Map.of("desk:queue:0:reason", "Silakan ke wali kelas dulu.")), AuditAction.REQUEST_DECLINED);

        Http operator = operator();
        onceAnywhere(() -> operatorForm(operator, "/operator/invitations", "invitation", "invitation:invite",
                Map.of("invitation:school-name", "SMA Audit Sekali")), AuditAction.INVITATION_ISSUED);
        onceAnywhere(() -> operatorForm(operator, "/operator/lti11", "lti11", "lti11:issue",
                Map.of("lti11:school-name", "SMA Audit Lama")), AuditAction.LTI11_KEY_ISSUED);
        String issuer = "https://moodle-audit-" + System.nanoTime() + ".example";
        onceAnywhere(() -> operatorForm(operator, "/operator/register", "registration", "registration:register", Map.of(
                "registration:schoolName", "SMA Audit Manual", "registration:issuer", issuer, "registration:clientId", "audit-client",
                "registration:deploymentIds", "1", "registration:authLoginUrl", issuer + "/mod/lti/auth.php",
                "registration:tokenUrl", issuer + "/mod/lti/token.php", "registration:jwksUrl", issuer + "/mod/lti/certs.php")),
                AuditAction.PLATFORM_REGISTERED);
        onceAnywhere(() -> operatorForm(operator, "/operator/keys", "rotation", "rotation:rotate", Map.of()),
                AuditAction.SIGNING_KEY_ADDED);

        System.out.println("AuditOnceIT rows added per flow: " + added + "; not performed here: " + NOT_PRODUCED + "; counted elsewhere: " + COUNTED_ELSEWHERE);
        assertAll(added.entrySet().stream().map(row -> () -> assertEquals(1L, row.getValue(), row.getKey() + ": rows added")));
        Set<String> expected = Arrays.stream(AuditAction.values()).filter(action -> !NOT_PRODUCED.contains(action) && !COUNTED_ELSEWHERE.contains(action))
                .map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> performed = added.keySet().stream().map(key -> key.replaceFirst(" .*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, performed,
                "every action is either performed here or listed as produced by no flow");
    }

    private <T> T once(Supplier<T> flow, AuditAction... actions) {
        return counted(true, flow, actions);
    }

    private void once(Runnable flow, AuditAction... actions) {
        counted(true, () -> {
            flow.run();
            return null;
        }, actions);
    }

    private void onceAnywhere(Runnable flow, AuditAction action) {
        counted(false, () -> {
            flow.run();
            return null;
        }, action);
    }

    /** As {@link #once}, for an action several flows produce: the row is named by the flow. */
    private void onceAs(String name, Runnable flow, AuditAction action) {
        long before = rows(action, true);
        flow.run();
        added.put(name, rows(action, true) - before);
    }

    private <T> T counted(boolean inSchool, Supplier<T> flow, AuditAction... actions) {
        Map<AuditAction, Long> before = new LinkedHashMap<>();
        for (AuditAction action : actions) {
            before.put(action, rows(action, inSchool));
        }
        T result = flow.get();
        before.forEach((action, count) -> added.put(action.name(), rows(action, inSchool) - count));
        return result;
    }

    private long rows(AuditAction action, boolean inSchool) {
        return inSchool ? number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND school_id = ?", action.name(), schoolId)
                : number("SELECT COUNT(*) FROM audit_entry WHERE action = ?", action.name());
    }

    private static void changeAppointment(Http student, long appointment, String button) {
        HttpResponse<String> page = student.get("/student/appointments");
        String target = HtmlPage.find(page.body(), "<select id=\"target-" + appointment + "\" name=\"target\">\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([^\"]+)\"");
        HttpResponse<String> changed = FacesForm.submit(student, "/student/appointments", page, "mine:0:change", button,
                Map.of("appointment", Long.toString(appointment), "target", target, "mine:0:change:reason", "Ada ujian susulan."));
        assertEquals(302, changed.statusCode(), changed.body());
    }

    private static void removeFirstSlot(Http counselor) {
        HttpResponse<String> page = counselor.get("/counselor/availability");
        String slot = HtmlPage.find(page.body(), "name=\"slotId\" value=\"(\\d+)\"");
        HttpResponse<String> removed = FacesForm.submit(counselor, "/counselor/availability", page, "slots:0:slot",
                "slots:0:slot:remove", Map.of("slotId", slot));
        assertEquals(302, removed.statusCode(), removed.body());
    }

    private static void counselorsButton(Http admin, String name, String button) {
        String page = "/admin/counselors?q=" + name.replace(" ", "+");
        HttpResponse<String> pressed = FacesForm.submit(admin, "/admin/counselors", admin.get(page), "people", button, Map.of("q", name));
        assertEquals(302, pressed.statusCode(), pressed.body());
    }

    private static void handOver(Http counselor, String casePage, String colleague) {
        HttpResponse<String> page = counselor.get(casePage);
        HttpResponse<String> handed = FacesForm.submit(counselor, casePage, page, "handover", "handover:hand-over",
                Map.of("handover:colleague", FacesForm.optionValue(page, "handover:colleague", colleague)));
        assertEquals(302, handed.statusCode(), handed.body());
    }

    private static void crisisForm(Http admin, String form, String button, Map<String, String> fields) {
        HttpResponse<String> sent = FacesForm.submit(admin, "/admin/crisis", admin.get("/admin/crisis"), form, button, fields);
        assertEquals(302, sent.statusCode(), sent.body());
    }

    private static void markLeft(Http admin, long student) {
        String page = "/admin/student-data?q=dewi&id=" + student;
        HttpResponse<String> marked = FacesForm.submit(admin, "/admin/student-data", admin.get(page), "left", "left:mark-left",
                Map.of("q", "dewi", "id", Long.toString(student)));
        assertEquals(302, marked.statusCode(), marked.body());
    }

    private static void nameCounselingCourse(Http admin) {
        HttpResponse<String> page = admin.get("/admin/counselors");
        HttpResponse<String> saved = FacesForm.submit(admin, "/admin/counselors", page, "course", "course:save-course",
                Map.of("course:counseling-course", FacesForm.optionValue(page, "course:counseling-course", "Matematika XI")));
        assertEquals(302, saved.statusCode(), saved.body());
    }

    private Http operator() {
        Http operator = new Http(tool);
        HttpResponse<String> signedIn = FacesForm.submit(operator, "/operator/sign-in", operator.get("/operator/sign-in"), "sign-in",
                "sign-in:sign-in-button", Map.of("sign-in:password", SharedServer.OPERATOR_PASSWORD));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return operator;
    }

    private static void operatorForm(Http operator, String path, String form, String button, Map<String, String> fields) {
        HttpResponse<String> sent = FacesForm.submit(operator, path, operator.get(path), form, button, fields);
        assertEquals(true, sent.statusCode() == 200 || sent.statusCode() == 302, path + ": " + sent.statusCode() + " " + sent.body());
    }

    private long number(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
