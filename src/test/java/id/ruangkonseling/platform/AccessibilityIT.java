package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.AxeReport;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.PhoneLayout;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main page of every role, in Indonesian and English, at 360 and 1280 px, checked by axe-core for
 * WCAG 2.1 A and AA: no serious or critical violation, landmarks and headings in order, no sideways
 * scrolling and no touch target under 44 px on a phone. Writes what it
 * checked to {@code target/accessibility-report.txt} and a screenshot of each page to
 * {@code target/screenshots/a11y-*}. A new page is one line in its role's list.
 *
 * <p>Then each page again inside an {@code <iframe>} 800 px wide, as an LMS shows it beside its own
 * menu: no sideways scrolling inside the frame, a screenshot {@code frame800-<page>-<language>}. The page
 * that holds the frame is a blank page of the tool's own origin, so the session cookie travels into the
 * frame; an LMS of another site over plain HTTP gets no cookie there and the tool offers a new window
 * instead ({@code LaunchInBrowserIT}), which would show that offer and not the page. The layout inside
 * the frame depends on its width only, not on who holds it.
 */
@ExtendWith(SharedServer.class)
class AccessibilityIT {

    static final String REPORT = "accessibility-report.txt";

    /** Pages anyone reaches without signing in, and the pages that answer failures. */
    static final List<Check> ANYONE = List.of(
            Check.page("landing", "/"),
            Check.page("lti-config", "/lti/config"),
            Check.page("lti-refused", "/lti/login"),
            Check.page("error-not-found", "/no-such-page"),
            Check.page("error-signed-out", "/student/"),
            Check.page("error-expired", "/error/expired.xhtml"),
            Check.page("error-server", "/error/server-error.xhtml"),
            Check.page("demo", "/dev/"),
            // the demo's posting page, held still: its auto-post script is blocked (signIn below)
            Check.page("demo-posting", "/dev/launch?as=student&user=Siswa%20Demo"),
            Check.page("lti-registered", "/lti/register?openid_configuration={registration}&registration_token=a11y-token"),
            Check.page("operator-sign-in", "/operator/sign-in"));
    static final List<Check> STUDENT = List.of(
            Check.page("student-home", "/student/"),
            Check.page("student-request", "/student/request"),
            Check.after("student-request-refused", "/student/request", page -> Browser.navigate(page, By.id("request:send"))),
            Check.page("student-conversation", "{conversation}"),
            Check.page("student-appointments", "/student/appointments"));
    static final List<Check> TEACHER = List.of(
            Check.page("teacher-home", "/teacher/"),
            Check.page("teacher-refer", "/teacher/refer?course={course}"),
            Check.after("teacher-refer-refused", "/teacher/refer?course={course}", page -> Browser.navigate(page, By.id("refer:send"))),
            Check.page("teacher-referrals", "/teacher/referrals"),
            Check.page("teacher-students", "/teacher/students?course={course}"),
            Check.page("teacher-deep-link-chooser", "{chooser}"));
    static final List<Check> COUNSELOR = List.of(
            Check.page("counselor-desk", "/counselor/"),
            Check.page("counselor-case", "{case}"),
            Check.page("counselor-conversation", "{conversation}"),
            Check.page("counselor-availability", "/counselor/availability"),
            Check.page("counselor-reports", "/counselor/reports"));
    static final List<Check> ADMIN = List.of(
            Check.page("admin-home", "/admin/"),
            Check.page("admin-counselors", "/admin/counselors"),
            Check.page("admin-audit", "/admin/audit"),
            Check.page("admin-crisis", "/admin/crisis"),
            Check.page("admin-retention", "/admin/retention"),
            Check.page("admin-student-data", "/admin/student-data?q=a"),
            Check.page("admin-breach", "/admin/breach"),
            Check.page("admin-reports", "/admin/reports"));
    // pseudonymous requests: an unnamed student's home, the break-glass form on the case page, its notices
    static final List<Check> UNNAMED_STUDENT = List.of(Check.page("student-home-unnamed", "/student/"));
    static final List<Check> UNNAMED_COUNSELOR = List.of(
            Check.page("counselor-case-unnamed", "{case}"),
            Check.after("counselor-case-break-glass-refused", "{case}", page -> Browser.navigate(page, By.id("breakglass:reveal"))));
    static final List<Check> REVEALED_STUDENT = List.of(Check.page("student-home-told", "/student/"));
    static final List<Check> REVEALED_ADMIN = List.of(Check.page("admin-audit-break-glass", "/admin/audit"));
    // a student's whole file: the admin's request form (and its refusal), the counselor's co-signature, the student told
    static final List<Check> COSIGN_ADMIN = List.of(
            Check.page("admin-student-data-chosen", "/admin/student-data?id={student}"),
            Check.after("admin-student-data-cosign-refused", "/admin/student-data?id={student}",
                    page -> Browser.navigate(page, By.id("cosign:ask"))));
    static final List<Check> COSIGN_COUNSELOR = List.of(Check.page("counselor-desk-cosign", "/counselor/"));
    static final List<Check> COSIGNED_STUDENT = List.of(Check.page("student-home-file-told", "/student/"));
    static final List<Check> OPERATOR = List.of(
            Check.page("operator-schools", "/operator/"),
            Check.page("operator-invitations", "/operator/invitations"),
            Check.page("operator-register", "/operator/register"),
            Check.page("operator-lti11", "/operator/lti11"),
            Check.page("operator-keys", "/operator/keys"));

    private static final List<Integer> WIDTHS = List.of(360, 1280);
    private static final int PHONE = 360;
    /** The width of the iframe in which an LMS shows the tool beside its own menu. */
    private static final int FRAME = 800;
    private static final List<String> LANGUAGES = List.of("id", "en");

    @RegisterExtension
    final Browser browser = new Browser();

    private final AxeReport report = AxeReport.appendingTo(REPORT);
    private final List<String> sideways = new ArrayList<>();
    private final List<String> smallTargets = new ArrayList<>();
    private PayaraMicro tool;
    private TestPlatform school;
    private DataSource database;

    @BeforeAll
    static void freshReport() {
        AxeReport.startFile(REPORT);
    }

    @BeforeEach
    void school(PayaraMicro tool, TestPlatform school, DataSource database) {
        this.tool = tool;
        this.school = school.servingBrowsers(tool);
        this.database = database;
    }

    @Test
    void pagesForEveryone() {
        try (TestPlatform unregistered = TestPlatform.start()) {
            String registration = URLEncoder.encode(unregistered.openidConfigurationUrl(), StandardCharsets.UTF_8);
            checkAll(ANYONE, page -> {
                ChromiumDriver chromium = (ChromiumDriver) page;
                chromium.executeCdpCommand("Network.enable", Map.of());
                chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*auto-post.js*")));
                return Map.of("registration", registration);
            });
        }
    }

    @Test
    void studentPages() {
        SchoolPeople.ask(people().student("a11y-siswa", "Siswa A11y"), "PERSONAL", "NOW", "Saya sulit tidur menjelang ujian.");
        checkAll(STUDENT, page -> {
            launch(page, "a11y-siswa", LEARNER);
            return Map.of("conversation", page.findElement(By.className("rk-chat-link")).getDomAttribute("href"));
        });
    }

    @Test
    void teacherPages() {
        people().referBudi("a11y-guru-rujuk", "Guru Rujuk", "Sering melamun di kelas", "Tiga kali tertidur minggu ini");
        checkAll(TEACHER, page -> {
            launch(page, "a11y-guru", INSTRUCTOR);
            String refer = page.findElement(By.className("rk-refer")).getDomAttribute("href");
            // what Moodle's "Select content" opens: the chooser, reached by the offer in its address
            String chooser = Landing.path(school.launch(new Http(tool), tool, "a11y-guru", List.of(INSTRUCTOR),
                    school.deepLinking("a11y-chooser")).answer());
            return Map.of("course", refer.substring(refer.indexOf("course=") + "course=".length()), "chooser", chooser);
        });
    }

    @Test
    void counselorDeskWithRequestsReferralsAndCases() {
        SchoolPeople.ask(people().student("a11y-siswa-1", "Siswa Satu"), "PERSONAL", "NOW", "Saya sulit tidur menjelang ujian.");
        SchoolPeople.ask(people().student("a11y-siswa-2", "Siswa Dua"), "CAREER", "CAN_WAIT", "Bingung memilih jurusan.");
        people().referBudi("a11y-guru", "Guru Wali", "Sering melamun di kelas", "Tiga kali tertidur minggu ini");
        SchoolPeople.takeFirst(people().counselor("a11y-bk", "Bu A11y"));
        checkAll(COUNSELOR, page -> {
            launch(page, "a11y-bk", INSTRUCTOR);
            return Map.of("case", page.findElement(By.cssSelector("a[href*='/counselor/case?id=']")).getDomAttribute("href"),
                    "conversation", page.findElement(By.className("rk-chat-link")).getDomAttribute("href"));
        });
    }

    @Test
    void unnamedStudentsBreakGlassAndItsNotices() throws SQLException {
        unnamed(people().student("a11y-anon-1", "Siswa Anon Satu"));
        unnamed(people().student("a11y-anon-2", "Siswa Anon Dua"));
        Http counselor = people().counselor("a11y-anon-bk", "Bu Darurat");
        SchoolPeople.takeFirst(counselor);
        SchoolPeople.takeFirst(counselor);
        String revealed = "/counselor/case?id=" + caseOf("a11y-anon-2");
        assertEquals(302, FacesForm.submit(counselor, revealed, counselor.get(revealed), "breakglass", "breakglass:reveal",
                Map.of("breakglass:reason", "Ia menulis akan menyakiti diri malam ini.")).statusCode());
        String hidden = "/counselor/case?id=" + caseOf("a11y-anon-1");

        checkAll(UNNAMED_STUDENT, page -> launch(page, "a11y-anon-1", LEARNER));
        checkAll(UNNAMED_COUNSELOR, page -> {
            launch(page, "a11y-anon-bk", INSTRUCTOR);
            return Map.of("case", hidden);
        });
        checkAll(REVEALED_STUDENT, page -> launch(page, "a11y-anon-2", LEARNER));
        checkAll(REVEALED_ADMIN, page -> launch(page, "a11y-anon-admin", ADMINISTRATOR));
    }

    @Test
    void aStudentsWholeFileAskedCosignedAndTold() throws SQLException {
        people().student("a11y-file-siswa", "Siswa Berkas");
        Http counselor = people().counselor("a11y-file-bk", "Bu Berkas");
        Http admin = people().signIn("a11y-file-admin", "Pak Berkas", ADMINISTRATOR);
        String student = Long.toString(memberId("a11y-file-siswa"));
        checkAll(COSIGN_ADMIN, page -> {
            launch(page, "a11y-file-admin", ADMINISTRATOR);
            return Map.of("student", student);
        });
        String chosen = "/admin/student-data?id=" + student;
        HttpResponse<String> page = admin.get(chosen);
        assertEquals(302, FacesForm.submit(admin, "/admin/student-data", page, "cosign", "cosign:ask", Map.of("q", "", "id", student,
                "cosign:counselor", FacesForm.optionValue(page, "cosign:counselor", "Bu Berkas"),
                "cosign:reason", "Orang tua meminta salinan lengkap secara tertulis.")).statusCode());
        checkAll(COSIGN_COUNSELOR, browser -> launch(browser, "a11y-file-bk", INSTRUCTOR));
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "cosign", "cosign:asks:0:sign",
                Map.of()).statusCode());
        checkAll(COSIGNED_STUDENT, browser -> launch(browser, "a11y-file-siswa", LEARNER));
    }

    /** The member who launched as {@code person} in this test's school. */
    private long memberId(String person) throws SQLException {
        return ofPerson("SELECT m.id FROM school_member m", person);
    }

    private static void unnamed(Http student) {
        assertEquals(302, FacesForm.submit(student, "/student/request", student.get("/student/request"), "request", "request:send",
                Map.of("request:field", "PERSONAL", "request:about", "Saya sering cemas.", "request:urgency", "SOON",
                        "request:mode", "CHAT", "request:acknowledged", "on", "request:unnamed", "on")).statusCode());
    }

    /** The case of the student who launched as {@code person} in this test's school. */
    private long caseOf(String person) throws SQLException {
        return ofPerson("SELECT c.id FROM counseling_case c JOIN school_member m ON m.id = c.student_id", person);
    }

    /** The first id {@code select} (which names the member {@code m}) finds of the member who launched as {@code person} here. */
    private long ofPerson(String select, String person) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(select
                     + " JOIN school s ON s.id = m.school_id WHERE m.subject = ? AND s.issuer = ?")) {
            query.setString(1, person);
            query.setString(2, school.issuer());
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), select + " finds nothing of " + person);
                return rows.getLong(1);
            }
        }
    }

    @Test
    void schoolAdminPages() {
        checkAll(ADMIN, page -> launch(page, "a11y-admin", ADMINISTRATOR));
    }

    @Test
    void operatorConsolePages() {
        checkAll(OPERATOR, page -> {
            page.get(tool.uri("/operator/sign-in").toString());
            page.findElement(By.id("sign-in:password")).sendKeys(SharedServer.OPERATOR_PASSWORD);
            Browser.navigate(page, By.id("sign-in:sign-in-button"));
            return Map.of();
        });
    }

    private SchoolPeople people() {
        return new SchoolPeople(tool, database, school);
    }

    /** Signs in at each width, then checks each page in each language; fails with everything found at once. */
    private void checkAll(List<Check> checks, Function<WebDriver, Map<String, String>> signIn) {
        for (int width : WIDTHS) {
            WebDriver page = browser.open(width, 900, "id");
            Map<String, String> values = signIn.apply(page);
            for (String language : LANGUAGES) {
                page.get(tool.uri("/language?to=" + language + "&back=/").toString());
                for (Check check : checks) {
                    check.open(page, tool, values);
                    String what = check.name() + " " + language + " " + width;
                    assertEquals(language, page.findElement(By.tagName("html")).getDomAttribute("lang"), what);
                    report.check(page, what);
                    browser.screenshot("a11y-" + check.name() + "-" + language + "-" + width);
                    if (PhoneLayout.scrollsSideways(page)) {
                        sideways.add(what);
                    }
                    if (width == PHONE) {
                        PhoneLayout.smallTargets(page, what).forEach(target -> smallTargets.add(what + ": " + target));
                    }
                }
            }
        }
        checkFramed(checks, signIn);
        assertTrue(report.checked() >= checks.size() * WIDTHS.size() * LANGUAGES.size(), "every page was checked");
        assertEquals(List.of(), report.blocking(), "serious or critical accessibility violations (see target/" + REPORT + ")");
        assertEquals(List.of(), sideways, "pages that scroll sideways");
        assertEquals(List.of(), smallTargets, "touch targets lower than 44 px on a phone");
    }

    /** Each page in each language inside an iframe {@link #FRAME} px wide: a screenshot, and no sideways scrolling in it. */
    private void checkFramed(List<Check> checks, Function<WebDriver, Map<String, String>> signIn) {
        WebDriver page = browser.open(FRAME + 40, 900, "id");
        Map<String, String> values = signIn.apply(page);
        page.get(tool.uri("/lti/config").toString()); // any page of the tool's origin, rewritten into the LMS's page
        ((JavascriptExecutor) page).executeScript("document.open(); document.write(arguments[0]); document.close();",
                "<!DOCTYPE html><html lang=\"id\"><head><title>LMS</title></head><body style=\"margin:8px\">"
                        + "<iframe id=\"lms-frame\" title=\"Ruang Konseling\" width=\"" + FRAME + "\""
                        + " style=\"display:block; border:1px solid #888; height:calc(100vh - 20px)\"></iframe>"
                        + "</body></html>");
        for (String language : LANGUAGES) {
            showInFrame(page, "/language?to=" + language + "&back=/");
            for (Check check : checks) {
                showInFrame(page, check.address(values));
                check.then().accept(page);
                String what = check.name() + " " + language + " in a frame of " + FRAME;
                assertEquals(language, page.findElement(By.tagName("html")).getDomAttribute("lang"), what);
                assertEquals(FRAME, ((Number) ((JavascriptExecutor) page).executeScript("return window.innerWidth;")).intValue(), what);
                if (PhoneLayout.scrollsSideways(page)) {
                    sideways.add(what);
                }
                browser.screenshot("frame" + FRAME + "-" + check.name() + "-" + language);
            }
        }
    }

    /** Loads {@code path} of the tool into the frame, waits until it has loaded, and leaves the driver looking into it. */
    private void showInFrame(WebDriver page, String path) {
        page.switchTo().defaultContent();
        WebElement frame = page.findElement(By.id("lms-frame"));
        ((JavascriptExecutor) page).executeScript("""
                const frame = arguments[0];
                frame.dataset.loaded = 'no';
                frame.addEventListener('load', () => frame.dataset.loaded = 'yes', {once: true});
                frame.src = arguments[1];""", frame, tool.uri(path).toString());
        new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(frame, "data-loaded", "yes"));
        page.switchTo().frame(frame);
    }

    /** Launches {@code person} from the test platform's course in this browser and waits for their home. */
    private Map<String, String> launch(WebDriver page, String person, String role) {
        page.get(school.coursePage(person, role, "window"));
        page.get(page.findElement(By.id("tool")).getDomAttribute("href"));
        new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        return Map.of();
    }

    /** One page to check: where it is ({@code {name}} filled from the sign-in) and what to do there first. */
    record Check(String name, String path, Consumer<WebDriver> then) {

        static Check page(String name, String path) {
            return new Check(name, path, page -> { });
        }

        static Check after(String name, String path, Consumer<WebDriver> then) {
            return new Check(name, path, then);
        }

        void open(WebDriver page, PayaraMicro tool, Map<String, String> values) {
            page.get(tool.uri(address(values)).toString());
            then.accept(page);
        }

        String address(Map<String, String> values) {
            String filled = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue());
            }
            return filled;
        }
    }
}
