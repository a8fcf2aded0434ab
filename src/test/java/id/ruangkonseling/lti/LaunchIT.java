package id.ruangkonseling.lti;

import id.ruangkonseling.testing.FacesForm;
import static id.ruangkonseling.testing.TestPlatform.ADMINISTRATOR;
import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Landing;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform.Launched;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full LTI 1.3 launches from a registered platform, as Moodle performs them, into each role's home. */
@ExtendWith(SharedServer.class)
class LaunchIT {

    private PayaraMicro tool;
    private TestPlatform platform;
    private Http browser;

    @BeforeEach
    void registerAPlatform(PayaraMicro tool, TestPlatform platform) {
        this.platform = platform;
        this.tool = tool;
        this.browser = new Http(tool);
    }

    @Test
    void aStudentLandsOnTheirHomeGreetedByName() {
        HttpResponse<String> answer = launch("student-17", List.of(LEARNER)).answer();

        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(tool.uri("/student/").toString(), Landing.of(answer));
        HttpResponse<String> home = browser.get("/student/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Halo, Siti Rahma!"), home.body());
    }

    @Test
    void whereTheIframeKeptNoCookieTheLaunchTicketSignsInOnceInANewWindow() {
        HttpResponse<String> answer = launch("student-19", List.of(LEARNER)).answer();
        String ticket = Landing.ticket(answer);

        Http newWindow = new Http(tool);
        HttpResponse<String> resumed = newWindow.get("/lti/resume?ticket=" + ticket);
        assertEquals(303, resumed.statusCode(), resumed.body());
        assertEquals(tool.uri("/student/").toString(), resumed.headers().firstValue("Location").orElseThrow(),
                "no new ticket: the new window keeps its cookie");
        assertTrue(newWindow.get("/student/").body().contains("Halo, Siti Rahma!"));

        HttpResponse<String> again = new Http(tool).get("/lti/resume?ticket=" + ticket);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("<code id=\"reason-code\">TICKET_UNUSABLE</code>"), again.body());
        assertEquals(400, new Http(tool).get("/lti/resume?ticket=made-up").statusCode());
    }

    @Test
    void aTicketOpensNothingOnceTheFrameShowedThePageOrThePersonSignedOut() {
        String landing = Landing.ticket(launch("student-21", List.of(LEARNER)).answer());
        assertEquals(200, browser.get("/student/").statusCode(), "the frame kept its cookie: the ticket is not needed");
        assertUnusable(new Http(tool).get("/lti/resume?ticket=" + landing));

        String forCall = ticketIn(browser.postJson("/api/new-window", "", "Origin", tool.uri("/").toString().replaceAll("/$", "")));
        HttpResponse<String> home = browser.get("/student/");
        assertEquals(302, FacesForm.submit(browser, "/student/", home, "session-sign-out", "session-sign-out:sign-out-button",
                Map.of()).statusCode());
        assertUnusable(new Http(tool).get("/lti/resume?ticket=" + forCall));
    }

    @Test
    void aTicketNeverSwitchesASignedInPersonIntoAnotherAccount() {
        launch("student-22", List.of(LEARNER));
        assertTrue(browser.get("/student/").body().contains("Halo, Siti Rahma!"));
        Http other = new Http(tool);
        String someoneElses = Landing.ticket(platform.launch(other, tool, "student-23", List.of(LEARNER),
                claims -> claims.claim("name", "Rudi Lain")).answer());

        HttpResponse<String> refused = browser.get("/lti/resume?ticket=" + someoneElses);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<code id=\"reason-code\">SIGNED_IN_AS_SOMEONE_ELSE</code>"), refused.body());
        assertTrue(browser.get("/student/").body().contains("Halo, Siti Rahma!"), "still themselves");
        Http newWindow = new Http(tool);
        assertEquals(303, newWindow.get("/lti/resume?ticket=" + someoneElses).statusCode(), "the ticket stays its owner's");
        assertTrue(newWindow.get("/student/").body().contains("Halo, Rudi Lain!"));
    }

    private static void assertUnusable(HttpResponse<String> resumed) {
        assertEquals(400, resumed.statusCode());
        assertTrue(resumed.body().contains("<code id=\"reason-code\">TICKET_UNUSABLE</code>"), resumed.body());
    }

    /** The ticket in {@code POST /api/new-window}'s {@code href}. */
    private static String ticketIn(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().replaceAll(".*ticket=([A-Za-z0-9_-]+).*", "$1");
    }

    @Test
    void aTeacherWhoOpensTheToolAsALearnerIsAStudentInThatSession() {
        launch("teacher-6", List.of(INSTRUCTOR));
        assertEquals(200, browser.get("/teacher/").statusCode());

        Http asLearner = new Http(tool);
        assertEquals(tool.uri("/student/").toString(), Landing.of(platform.launch(asLearner, tool, "teacher-6",
                List.of(LEARNER), UnaryOperator.identity()).answer()));
        assertEquals(403, asLearner.get("/teacher/").statusCode(), "roles of an earlier launch do not carry over");
    }

    @Test
    void aPlatformThatRotatesItsKeyIsFollowedWithoutAnyoneTellingTheTool() {
        assertEquals(tool.uri("/student/").toString(), Landing.of(launch("student-21", List.of(LEARNER)).answer()),
                "the tool now holds the platform's first key");

        String newKey = platform.rotateKey();
        HttpResponse<String> withNewKey = launch("student-21", List.of(LEARNER)).answer();

        assertEquals(tool.uri("/student/").toString(), Landing.of(withNewKey),
                "a launch signed with " + newKey + ", which the tool fetched when it met it");
    }

    @Test
    void aTeacherLandsOnTheTeachersHome() {
        assertEquals(tool.uri("/teacher/").toString(),
                Landing.of(launch("teacher-5", List.of(INSTRUCTOR)).answer()));
        assertEquals(200, browser.get("/teacher/").statusCode());
    }

    @Test
    void anLmsAdministratorLandsOnTheSchoolAdminHome() {
        assertEquals(tool.uri("/admin/").toString(),
                Landing.of(launch("admin-1", List.of(ADMINISTRATOR, INSTRUCTOR)).answer()));
        assertEquals(200, browser.get("/admin/").statusCode());
    }

    @Test
    void theLaunchLocaleChoosesTheLanguage() {
        launch("student-18", List.of(LEARNER), claims -> claims.claim(
                "https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "en")));

        assertTrue(browser.get("/student/").body().contains("<html lang=\"en\""));
    }

    @Test
    void aStudentCannotOpenAnotherRolesPages() {
        launch("student-19", List.of(LEARNER));

        HttpResponse<String> teacherHome = browser.get("/teacher/");
        assertEquals(403, teacherHome.statusCode());
        assertTrue(teacherHome.body().contains("Halaman tidak ditemukan"), "denied looks like missing");
    }

    @Test
    void withoutALaunchTheRolePagesSayHowToGetIn() {
        HttpResponse<String> home = new Http(tool).get("/student/");

        assertEquals(401, home.statusCode());
        assertTrue(home.body().contains("Buka dari LMS sekolahmu"), home.body());
    }

    @Test
    void aSecondLaunchInTheSameBrowserSignsInAgain() {
        String firstSession = sessionCookie(launch("student-22", List.of(LEARNER)).answer());

        HttpResponse<String> again = launch("teacher-6", List.of(INSTRUCTOR)).answer();

        assertEquals(tool.uri("/teacher/").toString(), Landing.of(again), again.body());
        assertNotEquals(firstSession, sessionCookie(again), "a launch never keeps the session id it was brought");
        assertEquals(200, browser.get("/teacher/").statusCode());
        assertEquals(403, browser.get("/student/").statusCode(), "the session is the new launch's alone");
    }

    @Test
    void aReplayedLaunchIsRefused() {
        Launched first = launch("student-20", List.of(LEARNER));

        HttpResponse<String> replay = new Http(tool).postForm("/lti/launch",
                TestPlatform.form(Map.of("id_token", first.idToken(), "state", first.state())));

        assertEquals(400, replay.statusCode());
        assertTrue(replay.body().contains("<code id=\"reason-code\">UNKNOWN_OR_USED_STATE</code>"), replay.body());
    }

    @Test
    void aTokenForAnotherLoginIsRefused() {
        HttpResponse<String> answer = launch("student-21", List.of(LEARNER), claims -> claims.claim("nonce", "guessed")).answer();

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("<code id=\"reason-code\">WRONG_NONCE</code>"));
        assertEquals(401, browser.get("/student/").statusCode(), "a refused launch signs no one in");
    }

    @Test
    void aGuestOfTheCourseIsToldTheRoleGivesNoAccess() {
        HttpResponse<String> answer = launch("guest-1", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")).answer();

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("<code id=\"reason-code\">NO_USABLE_ROLE</code>"));
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private Launched launch(String person, List<String> roles) {
        return launch(person, roles, UnaryOperator.identity());
    }

    private Launched launch(String person, List<String> roles, UnaryOperator<com.nimbusds.jwt.JWTClaimsSet.Builder> adjust) {
        return platform.launch(browser, tool, person, roles, adjust);
    }
}
