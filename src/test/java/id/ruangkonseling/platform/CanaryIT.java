package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TargetFolder;
import id.ruangkonseling.testing.TestDatabase;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canary strings written through the pages and the API — a counseling request and when the student is
 * free, a counselor's decline reason, a chat message, a case note, a teacher's referral, an LTI 1.1
 * secret issued in the operator console —
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
        ProcessBuilder dumper = new ProcessBuilder("mysqldump", "--host=" + address.getHost(),
                "--port=" + (address.getPort() < 0 ? 3306 : address.getPort()), "--user=" + mariaDb.user(),
                "--skip-extended-insert", mariaDb.databaseName())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        dumper.environment().put("MYSQL_PWD", mariaDb.password()); // not on a command line others can read
        Process dump = dumper.start();
        String dumped = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dump.waitFor());
        assertTrue(dumped.contains(written.plainName()), "the dump holds the data (the plain name is in it)");
        assertAbsent(written.canaries(), dumped, "a mysqldump");
    }

    private record Written(String plainName, List<String> canaries) {
    }

    private static Written writeCanaries(PayaraMicro tool, DataSource database, TestPlatform school) {
        SchoolPeople people = new SchoolPeople(tool, database, school);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String canary = "KANARI" + suffix.toUpperCase();
        String plainName = "Siswa Kanari " + suffix;
        List<String> canaries = new ArrayList<>();

        Http student = people.student("canary-siswa-" + suffix, plainName);
        canaries.addAll(List.of(canary + "-permohonan", canary + "-waktu"));
        HttpResponse<String> sent = FacesForm.submit(student, "/student/request", student.get("/student/request"), "request",
                "request:send", Map.of("request:field", "PERSONAL", "request:about", "Tolong " + canaries.get(0),
                        "request:urgency", "SOON", "request:mode", "CHAT", "request:availability", canaries.get(1),
                        "request:acknowledged", "on"));
        assertEquals(302, sent.statusCode(), sent.body());

        Http counselor = people.counselor("canary-bk-" + suffix, "Konselor Kanari");
        canaries.add(canary + "-alasan");
        assertEquals(302, FacesForm.submit(counselor, "/counselor/", counselor.get("/counselor/"), "desk", "desk:queue:0:decline",
                Map.of("desk:queue:0:reason", canaries.get(2))).statusCode());
        assertTrue(student.get("/student/").body().contains(canaries.get(2)), "the student reads the reason: it decrypts");

        canaries.addAll(List.of(canary + "-cerita", canary + "-pesan", canary + "-catatan"));
        SchoolPeople.ask(student, "LEARNING", "SOON", "Tolong " + canaries.get(3));
        SchoolPeople.takeFirst(counselor);
        long conversation = Long.parseLong(HtmlPage.find(student.get("/student/").body(), "/student/conversation\\?id=(\\d+)"));
        String origin = tool.uri("").toString().replaceAll("/$", "");
        assertEquals(201, student.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"kanari-1\",\"body\":\"" + canaries.get(4) + "\"}", "Origin", origin).statusCode());
        String casePage = "/counselor/case?id=" + HtmlPage.find(counselor.get("/counselor/").body(), "/counselor/case\\?id=(\\d+)");
        assertEquals(302, FacesForm.submit(counselor, casePage, counselor.get(casePage), "note", "note:write", Map.of(
                "note:heldOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString(), "note:mode", "CHAT",
                "note:summary", canaries.get(5))).statusCode());
        assertTrue(counselor.get(casePage).body().contains(canaries.get(5)), "the counselor reads the note: it decrypts");

        canaries.addAll(List.of(canary + "-rujukan", canary + "-pengamatan"));
        people.referBudi("canary-guru-" + suffix, "Guru Kanari", canaries.get(6), canaries.get(7));

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
