package id.ruangkonseling.call;

import static id.ruangkonseling.chat.ChatParties.json;
import static id.ruangkonseling.chat.ChatParties.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.access.CounselingSchool;
import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.HtmlPage;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The call API as its two participants and everyone else meet it: a counselor rings the student, whose held
 * poll hears it at once; only the two of them can answer, signal or end it, and every other person, and any
 * made-up call or conversation id, gets the same 404. Signals reach the other side and nothing else; the call
 * leaves one line in the conversation and audit entries, none with content.
 */
@ExtendWith(SharedServer.class)
class CallApiIT {

    @Test
    void onlyTheTwoParticipantsRingAnswerSignalAndEndACall(PayaraMicro tool, DataSource database, TestPlatform school)
            throws SQLException {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("call-siswa", "Sinta Telepon");
        long conversation = people.request(student);
        Http counselor = people.counselor("call-bk", "Bu Telepon");
        people.takeUp(counselor);
        Http classmate = people.student("call-teman", "Teman Iseng");
        people.request(classmate);
        String[] origin = people.origin();

        long last = 0;
        assertEquals(304, student.get("/api/calls?after=" + last).statusCode(), "nothing yet: 304, from memory");

        HttpResponse<String> byClassmate = classmate.postJson("/api/calls", start(conversation, "video"), origin);
        HttpResponse<String> madeUp = counselor.postJson("/api/calls", start(987_654_321L, "video"), origin);
        assertEquals(404, byClassmate.statusCode());
        assertEquals(byClassmate.body(), madeUp.body(), "someone else's conversation reads as a made-up one");
        Http teacher = new SchoolPeople(tool, database, school).signIn("call-guru", "Pak Wali", TestPlatform.INSTRUCTOR);
        HttpResponse<String> byTeacher = teacher.postJson("/api/calls", start(conversation, "video"), origin);
        assertEquals(404, byTeacher.statusCode());
        assertEquals(madeUp.body(), byTeacher.body(), "a teacher cannot call a student's conversation either");
        assertEquals(400, counselor.postJson("/api/calls", start(conversation, "fax"), origin).statusCode());
        assertEquals(403, counselor.postJson("/api/calls", start(conversation, "video"), "Origin", "https://evil.example")
                .statusCode(), "another site cannot make a signed-in browser call");

        HttpResponse<String> started = counselor.postJson("/api/calls", start(conversation, "video"), origin);
        assertEquals(201, started.statusCode(), started.body());
        Map<?, ?> call = (Map<?, ?>) json(started).get("call");
        String id = (String) call.get("id");
        assertEquals("outgoing", call.get("direction"));
        assertEquals("Sinta Telepon", call.get("other"));
        assertTrue(json(started).containsKey("ice"), "the caller gets the ICE servers");

        HttpResponse<String> rung = student.get("/api/calls?after=" + last + "&wait=5");
        assertEquals(200, rung.statusCode());
        Map<?, ?> incoming = (Map<?, ?>) ((List<?>) json(rung).get("calls")).getFirst();
        assertEquals(List.of(id, "incoming", "ringing", "video", "Bu Telepon"),
                List.of(incoming.get("id"), incoming.get("direction"), incoming.get("state"), incoming.get("kind"), incoming.get("other")));
        long studentLast = ((Number) json(rung).get("last")).longValue();

        assertEquals(404, teacher.postJson("/api/calls/" + id + "/answer", "{}", origin).statusCode());
        for (String step : List.of("answer", "decline", "hangup", "connected")) {
            HttpResponse<String> refused = classmate.postJson("/api/calls/" + id + "/" + step, "{}", origin);
            assertEquals(404, refused.statusCode(), step + " by a classmate");
            assertEquals(refused.body(), counselor.postJson("/api/calls/made-up-call/" + step, "{}", origin).body(),
                    "a made-up call id reads the same");
        }
        assertEquals(404, classmate.postJson("/api/calls/" + id + "/signals", "{\"candidate\":{}}", origin).statusCode());
        assertFalse(classmate.get("/api/calls?after=0").body().contains(id), "a classmate never hears of the call");

        HttpResponse<String> answered = student.postJson("/api/calls/" + id + "/answer", "{}", origin);
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("answered", ((Map<?, ?>) json(answered).get("call")).get("state"));
        assertEquals(202, counselor.postJson("/api/calls/" + id + "/signals",
                "{\"description\":{\"type\":\"offer\",\"sdp\":\"v=0 canary-sdp\"}}", origin).statusCode());
        assertEquals(400, counselor.postJson("/api/calls/" + id + "/signals", "{\"body\":\"not a signal\"}", origin).statusCode());
        HttpResponse<String> heard = student.get("/api/calls?after=" + studentLast + "&wait=5");
        assertTrue(heard.body().contains("canary-sdp"), "the student's poll carries the counselor's offer: " + heard.body());
        assertFalse(counselor.get("/api/calls?after=0").body().contains("canary-sdp"), "a signal goes only to the other side");

        assertEquals(204, counselor.postJson("/api/calls/" + id + "/connected", "{}", origin).statusCode());
        assertEquals(204, student.postJson("/api/calls/" + id + "/connected", "{}", origin).statusCode(), "both sides may say so");
        assertEquals(204, student.postJson("/api/calls/" + id + "/hangup", "{}", origin).statusCode());
        assertEquals(404, counselor.postJson("/api/calls/" + id + "/signals", "{\"candidate\":{}}", origin).statusCode(),
                "an ended call is gone");

        Map<String, Object> line = messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).stream()
                .filter(message -> message.get("call") != null).findFirst().orElseThrow();
        Map<?, ?> callLine = (Map<?, ?>) line.get("call");
        assertEquals(List.of("video", "answered"), List.of(callLine.get("kind"), callLine.get("outcome")));
        assertEquals("", line.get("body"), "a call's line has no words");
        assertEquals(List.of("CALL_STARTED", "CALL_ANSWERED", "CALL_ENDED"), audited(database, conversation, "action", "CALL_%"),
                "start, answer and end, once each");
        assertFalse(auditHolds(database, "canary-sdp"), "no signal reached the audit trail");
        long caseId = Long.parseLong(HtmlPage.find(counselor.get("/counselor/").body(), "/counselor/case\\?id=(\\d+)"));
        String casePage = counselor.get("/counselor/case?id=" + caseId).body();
        assertTrue(casePage.contains("Panggilan dimulai") && casePage.contains("Panggilan dijawab")
                && casePage.contains("setelah berbicara"), "the call's start, answer and end are in the case's timeline");
    }

    @Test
    void aCallAnsweredButNeverConnectedCouldNotConnectAndOnlyAConnectedCallIsTalked(PayaraMicro tool, DataSource database,
                                                                                    TestPlatform school) throws SQLException {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("call-putus", "Putri Putus");
        long conversation = people.request(student);
        Http counselor = people.counselor("call-bk-putus", "Pak Putus");
        people.takeUp(counselor);
        Http classmate = people.student("call-putus-teman", "Teman Putus");
        people.request(classmate);
        String[] origin = people.origin();

        String unconnected = (String) ((Map<?, ?>) json(counselor.postJson("/api/calls", start(conversation, "voice"), origin))
                .get("call")).get("id");
        assertEquals(204, counselor.postJson("/api/calls/" + unconnected + "/connected", "{}", origin).statusCode(),
                "a report while it still rings is taken and changes nothing");
        assertEquals(404, classmate.postJson("/api/calls/" + unconnected + "/connected", "{}", origin).statusCode());
        assertEquals(200, student.postJson("/api/calls/" + unconnected + "/answer", "{}", origin).statusCode());
        assertEquals(204, counselor.postJson("/api/calls/" + unconnected + "/hangup", "{}", origin).statusCode());
        assertEquals(404, student.postJson("/api/calls/" + unconnected + "/connected", "{}", origin).statusCode(),
                "an ended call is gone");

        String connected = (String) ((Map<?, ?>) json(counselor.postJson("/api/calls", start(conversation, "video"), origin))
                .get("call")).get("id");
        assertEquals(200, student.postJson("/api/calls/" + connected + "/answer", "{}", origin).statusCode());
        assertEquals(204, student.postJson("/api/calls/" + connected + "/connected", "{}", origin).statusCode());
        assertEquals(204, counselor.postJson("/api/calls/" + connected + "/connected", "{}", origin).statusCode(),
                "both sides may say so; the first counts");
        assertEquals(204, student.postJson("/api/calls/" + connected + "/hangup", "{}", origin).statusCode());

        List<Map<?, ?>> lines = messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).stream()
                .filter(message -> message.get("call") != null).<Map<?, ?>>map(message -> (Map<?, ?>) message.get("call")).toList();
        assertEquals(List.of(List.of("voice", "failed", 0L), List.of("video", "answered")),
                List.of(List.of(lines.get(0).get("kind"), lines.get(0).get("outcome"), ((Number) lines.get(0).get("seconds")).longValue()),
                        List.of(lines.get(1).get("kind"), lines.get(1).get("outcome"))));
        List<String> ends = audited(database, conversation, "detail", "CALL_ENDED");
        assertEquals("FAILED 0s", ends.get(0), "nobody heard anybody: no seconds talked");
        assertTrue(ends.get(1).startsWith("ANSWERED "), ends.toString());
        long caseId = Long.parseLong(HtmlPage.find(counselor.get("/counselor/").body(), "/counselor/case\\?id=(\\d+)"));
        String casePage = counselor.get("/counselor/case?id=" + caseId).body();
        assertTrue(casePage.contains("tidak tersambung") && casePage.contains("setelah berbicara"),
                "the timeline tells the call that could not connect from the one held");
    }

    @Test
    void aCallEndedBeforeAnAnswerIsAMissedCallForTheOneCalled(PayaraMicro tool, DataSource database, TestPlatform school) {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("call-luput", "Lulu Luput");
        long conversation = people.request(student);
        Http counselor = people.counselor("call-bk-2", "Pak Telepon");
        people.takeUp(counselor);
        String[] origin = people.origin();
        String id = (String) ((Map<?, ?>) json(student.postJson("/api/calls", start(conversation, "voice"), origin)).get("call")).get("id");
        assertEquals(204, student.postJson("/api/calls/" + id + "/hangup", "{}", origin).statusCode());

        Map<?, ?> line = (Map<?, ?>) messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).stream()
                .filter(message -> message.get("call") != null).findFirst().orElseThrow().get("call");
        assertEquals(List.of("voice", "missed", 0L), List.of(line.get("kind"), line.get("outcome"), ((Number) line.get("seconds")).longValue()));
    }

    @Test
    void aBookedVideoAppointmentIsJoinedFromTenMinutesBeforeItsStartAndItsCalendarFileSaysWhere(PayaraMicro tool,
            DataSource database, TestPlatform school) throws SQLException {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("call-janji", "Jaja Janji");
        long conversation = people.request(student);
        Http counselor = people.counselor("call-bk-janji", "Bu Janji");
        people.takeUp(counselor);
        CounselingSchool.publishSoon(counselor);
        long appointment = CounselingSchool.bookFirst(student);
        assertFalse(student.get("/student/appointments").body().contains("Gabung ke panggilan"), "two hours ahead: not yet");

        try (Connection connection = database.getConnection();
             PreparedStatement soon = connection.prepareStatement("UPDATE appointment SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            Instant start = Instant.now().plus(Duration.ofMinutes(5));
            soon.setTimestamp(1, Timestamp.from(start));
            soon.setTimestamp(2, Timestamp.from(start.plus(Duration.ofMinutes(30))));
            soon.setLong(3, appointment);
            assertEquals(1, soon.executeUpdate());
        }
        String join = "/conversation?id=" + conversation + "#call=video";
        assertTrue(student.get("/student/").body().contains("id=\"join-call\" class=\"rk-button\" href=\"/student" + join),
                "the student's home offers to join five minutes before");
        assertTrue(student.get("/student/appointments").body().contains("/student" + join));
        assertTrue(counselor.get("/counselor/").body().contains("/counselor" + join), "so does the counselor's desk");
        String ics = new String(student.download("/student/appointment.ics?id=" + appointment).body(), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertTrue(ics.contains("URL:" + tool.uri("/student" + join)), ics);
    }

    private static String start(long conversation, String kind) {
        return "{\"conversation\":" + conversation + ",\"kind\":\"" + kind + "\"}";
    }

    /** One column ({@code action} or {@code detail}) of the conversation's audit entries whose action is like {@code actions}. */
    private static List<String> audited(DataSource database, long conversation, String column, String actions) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + column + " FROM audit_entry"
                     + " WHERE subject_type = 'conversation' AND subject_id = ? AND action LIKE ? ORDER BY id")) {
            query.setString(1, String.valueOf(conversation));
            query.setString(2, actions);
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static boolean auditHolds(DataSource database, String canary) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?")) {
            query.setString(1, "%" + canary + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
