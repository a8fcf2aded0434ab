package id.ruangkonseling.platform;

import static id.ruangkonseling.testing.TestPlatform.INSTRUCTOR;
import static id.ruangkonseling.testing.TestPlatform.LEARNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.Requirement;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TeacherReferral;
import id.ruangkonseling.testing.TestDatabase;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canary strings written through the pages — a counseling request and when the student is free, a
 * counselor's decline reason, a teacher's referral, an LTI 1.1 secret issued in the operator console —
 * never appear in the database's files, in a {@code mysqldump} or in the server log: only encrypted.
 * A name (stored as it is) does appear, which shows the files were really read.
 */
@ExtendWith(SharedServer.class)
class CanaryIT {

    @Test
    void canariesNeverAppearInTheH2FilesNorInTheServerLog(PayaraMicro tool, DataSource database, TestPlatform school)
            throws Exception {
        Written written = writeCanaries(tool, database, school);
        if (TestDatabase.fromEnvironment().isEmpty()) {
            try (Connection connection = database.getConnection(); Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT SYNC"); // everything committed is in the file now
            }
            String files = contents(TargetFolder.of("it-server-h2"));
            assertTrue(files.contains(written.plainName()), "the H2 files were read (the plain name is in them)");
            assertAbsent(written.canaries(), files, "the H2 database files");
        }
        assertAbsent(written.canaries(), contents(tool.folder().resolve("server.log")), "the server log");
    }

    @Test
    void canariesNeverAppearInAMysqldump(PayaraMicro tool, DataSource database, TestPlatform school) throws Exception {
        TestDatabase mariaDb = TestDatabase.required();
        Written written = writeCanaries(tool, database, school);
        URI address = URI.create(mariaDb.url().substring("jdbc:".length()));
        Process dump = new ProcessBuilder("mysqldump", "--host=" + address.getHost(),
                "--port=" + (address.getPort() < 0 ? 3306 : address.getPort()), "--user=" + mariaDb.user(),
                "--skip-extended-insert", mariaDb.databaseName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!mariaDb.password().isEmpty()) {
            dump.destroy();
            Requirement.DATABASE.assume(false); // the dump would need the password on a command line
        }
        String dumped = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dump.waitFor());
        assertTrue(dumped.contains(written.plainName()), "the dump holds the data (the plain name is in it)");
        assertAbsent(written.canaries(), dumped, "a mysqldump");
    }

    private record Written(String plainName, List<String> canaries) {
    }

    private static Written writeCanaries(PayaraMicro tool, DataSource database, TestPlatform school) throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String canary = "KANARI" + suffix.toUpperCase();
        String plainName = "Siswa Kanari " + suffix;
        List<String> canaries = new ArrayList<>();

        Http student = launch(tool, school, "canary-siswa-" + suffix, plainName, LEARNER);
        canaries.addAll(List.of(canary + "-permohonan", canary + "-waktu"));
        HttpResponse<String> sent = FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", "PERSONAL", "request:about", "Tolong " + canaries.get(0),
                        "request:urgency", "SOON", "request:mode", "CHAT", "request:availability", canaries.get(1),
                        "request:acknowledged", "on"));
        assertEquals(302, sent.statusCode(), sent.body());

        Http counselor = counselor(tool, database, school, "canary-bk-" + suffix);
        canaries.add(canary + "-alasan");
        HttpResponse<String> desk = counselor.get("/counselor/");
        int row = rowOf(desk.body(), plainName);
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", desk, "desk", "desk:waiting:" + row + ":decline",
                Map.of("desk:waiting:" + row + ":reason", canaries.get(2))).statusCode());
        assertTrue(student.get("/student/").body().contains(canaries.get(2)), "the student reads the reason: it decrypts");

        Http teacher = launch(tool, school, "canary-guru-" + suffix, "Guru Kanari", INSTRUCTOR);
        canaries.addAll(List.of(canary + "-rujukan", canary + "-pengamatan"));
        String form = TeacherReferral.link(teacher, "Matematika XI");
        HttpResponse<String> page = teacher.get(form);
        assertEquals(302, FacesForm.submit(teacher, "/teacher/refer", page, "refer", "refer:send",
                TeacherReferral.ofBudi(page, form, canaries.get(3), canaries.get(4))).statusCode());

        canaries.add(issueLti11Secret(tool, "Sekolah Kanari " + suffix));
        return new Written(plainName, canaries);
    }

    private static String issueLti11Secret(PayaraMicro tool, String schoolName) {
        Http operator = new Http(tool);
        HttpResponse<String> signIn = operator.get("/operator/sign-in");
        FacesForm.submit(operator, "/operator/sign-in", signIn, "sign-in", "sign-in:sign-in-button",
                Map.of("sign-in:password", SharedServer.OPERATOR_PASSWORD));
        HttpResponse<String> issued = FacesForm.submit(operator, "/operator/lti11", operator.get("/operator/lti11"), "lti11",
                "lti11:issue", Map.of("lti11:school-name", schoolName));
        String body = issued.statusCode() == 302
                ? operator.get(URI.create(issued.headers().firstValue("Location").orElseThrow()).getPath()).body()
                : issued.body();
        return HtmlPage.find(body, "<code id=\"shared-secret\">([^<]+)</code>");
    }

    private static Http launch(PayaraMicro tool, TestPlatform school, String person, String name, String role) {
        Http browser = new Http(tool);
        assertEquals(303, school.launch(browser, tool, person, List.of(role), claims -> claims.claim("name", name))
                .answer().statusCode());
        return browser;
    }

    private static Http counselor(PayaraMicro tool, DataSource database, TestPlatform school, String person) throws SQLException {
        launch(tool, school, person, "Konselor Kanari", INSTRUCTOR);
        try (Connection connection = database.getConnection();
             PreparedStatement appoint = connection.prepareStatement("UPDATE school_member SET counselor = TRUE WHERE subject = ?")) {
            appoint.setString(1, person);
            assertEquals(1, appoint.executeUpdate());
        }
        return launch(tool, school, person, "Konselor Kanari", INSTRUCTOR);
    }

    /** The index of the desk's waiting row that names {@code student}. */
    private static int rowOf(String desk, String student) {
        int at = desk.indexOf(student);
        assertTrue(at >= 0, "the desk lists " + student);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("desk:waiting:(\\d+):").matcher(desk);
        assertTrue(row.find(at), desk);
        return Integer.parseInt(row.group(1));
    }

    private static void assertAbsent(List<String> canaries, String haystack, String where) {
        for (String canary : canaries) {
            assertFalse(haystack.contains(canary), canary + " appears in " + where);
        }
    }

    /** Every file under {@code path} (or the file), read as ISO-8859-1 so that any byte sequence is kept. */
    private static String contents(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }
}
