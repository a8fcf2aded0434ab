package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.ruangkonseling.testing.Browser;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The XSS battery: every payload of {@code xss/payloads.txt} goes in through the real flows —
 * chat messages both ways, people's names from the LMS, request texts, referral texts, decline reasons,
 * case notes, outcomes and appointment reasons — and the pages that show them are rendered in Chromium on
 * each side: no script runs, no payload becomes markup, and the text reads exactly as it was typed (a name
 * from the LMS as the service keeps it: on one line).
 */
@ExtendWith(SharedServer.class)
class XssBatteryIT {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Names of a few payloads each: all of them in two pages of the desk's queue, not too many launches. */
    private static final int NAME_LENGTH = 150;
    private static final Pattern CASE_LINK = Pattern.compile("/counselor/case\\?id=(\\d+)");
    private static final Pattern ICS_LINK = Pattern.compile("appointment\\.ics\\?id=(\\d+)");
    private static final Pattern OPEN_CHANGE = Pattern.compile("id=\"(mine:\\d+:change)\"");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theChecksCatchAPayloadThatBecameMarkupOrOpenedADialog(PayaraMicro tool) {
        WebDriver page = browser.open(1280, 900, "id");
        page.get(tool.uri("/").toString());
        JavascriptExecutor script = (JavascriptExecutor) page;
        script.executeScript("document.getElementById('main').insertAdjacentHTML('beforeend', arguments[0]);",
                "<img src=x onerror=window.__xss=1>"); // what a page that forgot to escape would have made of it
        assertThrows(AssertionFailedError.class, () -> NothingRan.on(page, "a page with a payload as markup"));
        new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> !browser.contentSecurityPolicyViolations().isEmpty());

        page.get(tool.uri("/").toString());
        script.executeScript("setTimeout(() => alert(1));");
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent());
        assertThrows(AssertionFailedError.class, () -> NothingRan.on(page, "a page with a dialog open"));
        script.executeScript("window.__xss = 1;");
        assertThrows(AssertionFailedError.class, () -> NothingRan.on(page, "a page whose marker is set"));
    }

    @Test
    void chatMessagesBothWaysStayTextOnBothSides(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        String studentName = "<img src=x onerror=window.__xss=1> Siswa";
        String counselorName = "\"><script>alert(1)</script> Bu BK";
        Http student = people.student("xss-chat-siswa", studentName);
        Http counselor = people.counselor("xss-chat-bk", counselorName);
        long conversation = ask(tool, student, "<script>window.__xss=1</script> Saya ingin bercerita.", null);
        SchoolPeople.takeFirst(counselor);

        List<String> texts = XssPayloads.inTexts(25); // within the 30 messages a minute each may send
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            send(tool, student, conversation, text);
            send(tool, counselor, conversation, text);
            expected.addAll(List.of(text, text));
        }

        WebDriver page = browser.open(1280, 900, "id");
        for (var side : List.of(Map.entry(counselor, "/counselor/conversation?id=" + conversation),
                Map.entry(student, "/student/conversation?id=" + conversation))) {
            Browser.openAs(page, tool, side.getKey(), side.getValue());
            waitForMessages(page, expected.size());
            NothingRan.on(page, side.getValue());
            assertEquals(expected, bodies(page), "each message reads as sent on " + side.getValue());
            NothingRan.showsLiterally(NothingRan.text(page, "h1, .rk-chat-who"),
                    List.of(side.getKey() == student ? counselorName : studentName), side.getValue());
        }
        browser.screenshot("xss-chat-student");
        Browser.openAs(page, tool, counselor, "/counselor/case?id=" + caseIdOn(counselor.get("/counselor/").body()));
        waitForMessages(page, expected.size());
        NothingRan.on(page, "the case page with its chat");
        // the counselor's own name is not on their case page (its trail is theirs alone); the student's page shows it
        NothingRan.showsLiterally(NothingRan.text(page, "#main"), List.of(studentName), "the case page");
    }

    @Test
    void namesAndRequestTextsStayTextOnTheDeskTheCasePagesAndTheAuditTrail(PayaraMicro tool, DataSource database,
                                                                          TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        List<String> names = XssPayloads.packed(NAME_LENGTH, " ");
        for (int i = 0; i < names.size(); i++) {
            // the LMS names the course too: its title is the same payloads
            Http student = people.signIn("xss-nama-" + i, names.get(i), TestPlatform.LEARNER,
                    school.fromCourse("xss-kursus-" + i, names.get(i)));
            ask(tool, student, names.get(i), names.get(i));
        }
        Http counselor = people.counselor("xss-nama-bk", "Bu Penjaga");

        WebDriver page = browser.open(1280, 900, "id");
        Browser.openAs(page, tool, counselor, "/counselor/");
        StringBuilder queue = new StringBuilder(NothingRan.text(page, "#desk"));
        NothingRan.on(page, "the desk's queue, page 1");
        for (int shown = 20; shown < names.size(); shown += 20) {
            nextQueuePage(page);
            NothingRan.on(page, "the desk's queue after " + shown);
            queue.append(NothingRan.text(page, "#desk"));
        }
        NothingRan.showsLiterally(queue.toString(), XssPayloads.fitting(NAME_LENGTH).stream().map(XssPayloads::asNamed).toList(),
                "the desk's queue");
        NothingRan.showsLiterally(NothingRan.text(page, "[id='filter:course'] option"),
                names.stream().map(XssPayloads::asNamed).toList(), "the desk's course filter");

        for (int taken = 0; taken < 8; taken++) {
            SchoolPeople.takeFirst(counselor);
        }
        Browser.openAs(page, tool, counselor, "/counselor/");
        NothingRan.on(page, "the desk with eight cases");
        List<String> cases = page.findElements(By.cssSelector("#cases a[href*='/counselor/case?id=']")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertEquals(8, cases.size(), "the cases taken up are on the desk");
        List<String> onCasePages = new ArrayList<>();
        for (String address : cases) {
            page.get(address);
            Browser.waitFor(page, By.id("timeline"));
            NothingRan.on(page, address);
            String heading = NothingRan.text(page, "h1");
            String words = NothingRan.text(page, "#timeline");
            names.stream().filter(name -> heading.contains(XssPayloads.asNamed(name)) && words.contains(XssPayloads.asShown(name)))
                    .forEach(onCasePages::add);
        }
        assertTrue(onCasePages.size() >= cases.size(), "each case page shows its student's name and words as typed: " + onCasePages);

        Http admin = people.signIn("xss-nama-admin", "Pak Admin", TestPlatform.ADMINISTRATOR);
        Browser.openAs(page, tool, admin, "/admin/audit");
        NothingRan.on(page, "the school admin's audit trail");
        assertFalse(NothingRan.text(page, "#main").contains(XssPayloads.asNamed(names.get(names.size() - 1))),
                "the admin's audit trail shows students as \"a student\", never by name (the access policy)");
        browser.screenshot("xss-audit");
    }

    @Test
    void declineReasonsStayTextOnTheStudentsHome(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        List<String> reasons = XssPayloads.packed(1000);
        List<Http> students = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            students.add(people.student("xss-tolak-" + i, "Siswa Tolak " + i));
            ask(tool, students.get(i), "Permohonan " + i, null);
        }
        WebDriver page = browser.open(1280, 900, "id");
        Browser.openAs(page, tool, students.get(0), "/student/request");
        refused(page, "request:send", "not-sent", Map.of("request:about", XssPayloads.packed(4000).get(0),
                "request:availability", XssPayloads.packed(500, " ").get(0))); // one line, as a text field keeps it
        Http counselor = people.counselor("xss-tolak-bk", "Bu Tolak");
        for (String reason : reasons) {
            HttpResponse<String> declined = FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk",
                    "desk:queue:0:decline", Map.of("desk:queue:0:reason", reason));
            assertEquals(302, declined.statusCode(), declined.body());
        }
        StringBuilder homes = new StringBuilder();
        for (Http student : students) {
            Browser.openAs(page, tool, student, "/student/");
            Browser.waitFor(page, By.id("my-requests"));
            NothingRan.on(page, "a declined student's home");
            homes.append(NothingRan.text(page, "#my-requests"));
        }
        NothingRan.showsLiterally(homes.toString(), XssPayloads.fitting(1000), "the declined students' homes");
    }

    @Test
    void referralNotesOutcomeAndAppointmentReasonsStayText(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        String teacherName = "</title><script>window.__xss=1</script> Pak Guru";
        List<String> referralTexts = XssPayloads.packed(4000);
        people.referBudi("xss-guru", teacherName, referralTexts.get(0),
                referralTexts.size() > 1 ? String.join("\n", referralTexts.subList(1, referralTexts.size())) : "Tidak ada.");
        Http counselor = people.counselor("xss-rujuk-bk", "#{7*7} ${7*7} Bu Rujukan");
        SchoolPeople.takeFirst(counselor);
        String address = "/counselor/case?id=" + caseIdOn(counselor.get("/counselor/").body());
        List<String> summaries = XssPayloads.packed(4000);
        List<String> plans = XssPayloads.packed(2000);
        WebDriver page = browser.open(1280, 900, "id");
        Browser.openAs(page, tool, counselor, address);
        refused(page, "note:write", "note-not-written", Map.of("note:heldOn", "",
                "note:summary", summaries.get(0), "note:plan", plans.get(0)));

        for (int i = 0; i < summaries.size(); i++) {
            Map<String, String> note = new LinkedHashMap<>(Map.of("note:heldOn", LocalDate.now(JAKARTA).toString(),
                    "note:mode", "FACE_TO_FACE", "note:summary", summaries.get(i), "note:plan", plans.get(i % plans.size())));
            HttpResponse<String> written = FacesForm.submit(counselor, address, counselor.get(address), "note", "note:write", note);
            assertEquals(302, written.statusCode(), () -> "the note was refused: " + java.util.regex.Pattern
                    .compile("rk-(?:field-error|messages)[^>]*>([^<]{1,300})").matcher(written.body()).results()
                    .map(found -> found.group(1)).toList());
        }
        String outcome = XssPayloads.packed(1000).get(0);
        assertEquals(302, FacesForm.submit(counselor, address, counselor.get(address), "steps", "steps:close",
                Map.of("steps:outcome", outcome)).statusCode());

        Browser.openAs(page, tool, counselor, address);
        Browser.waitFor(page, By.id("timeline"));
        NothingRan.on(page, "the case page with referral, notes and outcome");
        String shown = NothingRan.text(page, "#main");
        NothingRan.showsLiterally(shown, XssPayloads.fitting(4000), "the case page");
        NothingRan.showsLiterally(shown, List.of(teacherName, outcome), "the case page");
        browser.screenshot("xss-case");

        appointmentReasons(tool, people, page);

        Http admin = people.signIn("xss-rujuk-admin", "Bu Admin", TestPlatform.ADMINISTRATOR);
        Browser.openAs(page, tool, admin, "/admin/audit");
        NothingRan.on(page, "the audit trail of a referral and appointments");
        NothingRan.showsLiterally(NothingRan.text(page, "#main"), List.of(teacherName), "the audit trail");
    }

    /**
     * A counselor and a student, both named by payloads, meet: each time the student books, the counselor
     * cancels with a reason packed with payloads, and last the student moves one with a reason of their own.
     */
    private static void appointmentReasons(PayaraMicro tool, SchoolPeople people, WebDriver page) {
        String counselorName = "<svg/onload=window.__xss=1> Bu Jadwal";
        String studentName = "' onfocus='alert(1)' autofocus=' Siswa Jadwal";
        Http counselor = people.counselor("xss-jadwal-bk", counselorName);
        publishSoon(counselor, 0);
        publishSoon(counselor, 1);
        Http student = people.signIn("xss-jadwal-siswa", studentName, TestPlatform.LEARNER);
        List<String> reasons = XssPayloads.packed(1000);
        for (String reason : reasons.subList(0, reasons.size() - 1)) {
            bookFirst(student);
            HttpResponse<String> theirs = counselor.get("/counselor/availability");
            assertEquals(302, change(counselor, "/counselor/availability", theirs, "cancel", reason, Map.of()).statusCode());
        }
        bookFirst(student);
        HttpResponse<String> mine = student.get("/student/appointments");
        Matcher target = Pattern.compile("<select[^>]*name=\"target\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([^\"]+)\"")
                .matcher(mine.body());
        assertTrue(target.find(), mine.body());
        String last = reasons.get(reasons.size() - 1);
        assertEquals(302, change(student, "/student/appointments", mine, "reschedule", last, Map.of("target", target.group(1)))
                .statusCode());

        Browser.openAs(page, tool, student, "/student/appointments");
        Browser.waitFor(page, By.id("my-appointments"));
        NothingRan.on(page, "the student's appointments");
        String studentSees = NothingRan.text(page, "#my-appointments");
        NothingRan.showsLiterally(studentSees, List.of(counselorName), "the student's appointments");
        NothingRan.showsLiterally(studentSees, reasons.subList(0, reasons.size() - 1), "the student's appointments");
        Browser.openAs(page, tool, counselor, "/counselor/availability");
        Browser.waitFor(page, By.id("my-appointments"));
        NothingRan.on(page, "the counselor's appointments");
        NothingRan.showsLiterally(NothingRan.text(page, "#my-appointments"), List.of(studentName, last), "the counselor's appointments");
        Browser.openAs(page, tool, counselor, "/counselor/");
        NothingRan.on(page, "the desk with a reminder");
    }

    /**
     * Fills a form's fields with payloads in Chromium and presses {@code button} while something is missing:
     * the page that says so gives back what was typed, as the fields' values and nothing else.
     */
    private static void refused(WebDriver page, String button, String sayingSo, Map<String, String> typed) {
        JavascriptExecutor script = (JavascriptExecutor) page;
        typed.forEach((field, text) -> script.executeScript("document.getElementById(arguments[0]).value = arguments[1];", field, text));
        Browser.navigate(page, By.id(button));
        Browser.waitFor(page, By.id(sayingSo));
        NothingRan.on(page, "a refused form that gives back what was typed");
        typed.forEach((field, text) -> assertEquals(XssPayloads.asShown(text), XssPayloads.asShown((String) script.executeScript(
                "return document.getElementById(arguments[0]).value;", field)), field + " as typed"));
    }

    private static HttpResponse<String> change(Http who, String path, HttpResponse<String> page, String button, String reason,
                                               Map<String, String> more) {
        Matcher form = OPEN_CHANGE.matcher(page.body());
        Matcher appointment = ICS_LINK.matcher(page.body());
        assertTrue(form.find() && appointment.find(), page.body());
        Map<String, String> fields = new LinkedHashMap<>(more);
        fields.put(form.group(1) + ":reason", reason);
        fields.put("appointment", appointment.group(1));
        return FacesForm.submit(who, path, page, form.group(1), form.group(1) + ":" + button, fields);
    }

    /** A weekly time of 30 minutes, by video, a couple of hours from now (plus {@code daysLater}). */
    private static void publishSoon(Http counselor, int daysLater) {
        LocalDateTime at = LocalDateTime.now(JAKARTA).plusHours(2).truncatedTo(ChronoUnit.HOURS).plusDays(daysLater);
        HttpResponse<String> added = FacesForm.submit(counselor, "/counselor/availability", counselor.get("/counselor/availability"),
                "slot", "slot:add", Map.of("slot:day", at.getDayOfWeek().name(), "slot:start", String.format("%02d:00", at.getHour()),
                        "slot:length", "30", "slot:modes", "VIDEO"));
        assertEquals(302, added.statusCode(), added.body());
    }

    private static void bookFirst(Http student) {
        HttpResponse<String> page = student.get("/student/appointments");
        Matcher choice = Pattern.compile("<option value=\"(\\d+@\\d+~VIDEO)\"").matcher(page.body());
        assertTrue(choice.find(), page.body());
        HttpResponse<String> booked = FacesForm.submit(student, "/student/appointments", page, "days:0:times:0:time",
                "days:0:times:0:time:book", Map.of("choice", choice.group(1)));
        assertEquals(302, booked.statusCode(), booked.body());
    }

    /** The student asks through the JSON API; answers the request's conversation. Checks the answer is JSON, not sniffed. */
    private static long ask(PayaraMicro tool, Http student, String about, String availability) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("field", "personal", "about", about, "urgency", "soon",
                "mode", "chat", "acknowledged", true));
        if (availability != null) {
            request.put("availability", availability);
        }
        HttpResponse<String> sent = student.postJson("/api/requests", JSONObjectUtils.toJSONString(request), origin(tool));
        assertEquals(201, sent.statusCode(), sent.body());
        assertJson(sent);
        return ((Number) json(sent).get("conversationId")).longValue();
    }

    private static void send(PayaraMicro tool, Http who, long conversation, String body) {
        HttpResponse<String> sent = who.postJson("/api/conversations/" + conversation + "/messages",
                JSONObjectUtils.toJSONString(Map.of("clientId", Long.toHexString(System.nanoTime()), "body", body)), origin(tool));
        assertEquals(201, sent.statusCode(), sent.body());
        assertJson(sent);
        assertEquals(body, json(sent).get("body"), "the API answers the text as sent");
    }

    /** A JSON answer carrying payloads is never read as HTML: its type says JSON and forbids sniffing. */
    private static void assertJson(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    private static String[] origin(PayaraMicro tool) {
        return new String[] {"Origin", tool.uri("").toString().replaceAll("/$", "")};
    }

    private static Map<String, Object> json(HttpResponse<String> answer) {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private static void waitForMessages(WebDriver page, int count) {
        new WebDriverWait(page, Duration.ofSeconds(30))
                .until(driver -> driver.findElements(By.cssSelector("#chat-messages li[data-seq]")).size() == count);
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodies(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return [...document.querySelectorAll('#chat-messages .rk-chat-body')].map(body => body.textContent);");
    }

    /** Turns the queue to its next page (PrimeFaces' paginator, by ajax) and waits until the rows changed. */
    private static void nextQueuePage(WebDriver page) {
        String before = NothingRan.text(page, "#desk");
        WebElement next = page.findElement(By.cssSelector("#desk .ui-paginator-next"));
        next.click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> !NothingRan.text(driver, "#desk").equals(before));
    }

    private static long caseIdOn(String desk) {
        Matcher link = CASE_LINK.matcher(desk);
        assertTrue(link.find(), desk);
        return Long.parseLong(link.group(1));
    }
}
