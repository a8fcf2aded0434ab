package id.ruangkonseling.chat;

import static id.ruangkonseling.chat.ChatParties.json;
import static id.ruangkonseling.chat.ChatParties.jsonArray;
import static id.ruangkonseling.chat.ChatParties.messages;
import static id.ruangkonseling.chat.ChatParties.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat API on the running WAR, as the contract says: numbers without gaps under concurrent
 * senders, a retried send stored once, {@code 304} when nothing is new, a held poll woken at once by a
 * message, the same {@code 404} for a stranger and a missing id, refusal after a hand-over, and the limits.
 */
@ExtendWith(SharedServer.class)
class ChatApiIT {

    private ChatParties people;
    private Http student;
    private Http counselor;
    private long conversation;
    private DataSource database;
    private TestPlatform school;

    @BeforeEach
    void aStudentsRequestTakenUpByACounselor(PayaraMicro tool, DataSource database, TestPlatform school) {
        this.database = database;
        this.school = school;
        people = new ChatParties(tool, database, school);
        student = people.student("chat-siswa", "Dewi Lestari");
        conversation = people.request(student);
        counselor = people.counselor("chat-bk", "Pak Konselor");
        people.takeUp(counselor);
    }

    @Test
    void concurrentSendersGetNumbersOneToSixtyInOrderWithoutGaps() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            Http who = thread < 2 ? student : counselor;
            String prefix = "t" + thread + "-";
            done.add(senders.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    HttpResponse<String> sent = people.send(who, conversation, prefix + i, "pesan " + prefix + i);
                    assertEquals(201, sent.statusCode(), sent.body());
                }
            }));
        }
        for (Future<?> sender : done) {
            sender.get(2, TimeUnit.MINUTES);
        }
        senders.shutdown();

        HttpResponse<String> page = student.get("/api/conversations/" + conversation + "/messages?after=0");
        assertEquals(200, page.statusCode(), page.body());
        List<Map<String, Object>> all = messages(page);
        assertEquals(60, all.size());
        for (int i = 0; i < 60; i++) {
            assertEquals(i + 1, number(all.get(i), "seq"), "numbers 1..60 in order, no gap");
        }
        for (int thread = 0; thread < 4; thread++) {
            String prefix = "t" + thread + "-";
            List<String> ofThread = all.stream().map(m -> (String) m.get("clientId")).filter(id -> id.startsWith(prefix)).toList();
            assertEquals(15, ofThread.size());
            for (int i = 0; i < 15; i++) {
                assertEquals(prefix + i, ofThread.get(i), "each sender's messages in the order sent");
            }
        }
        assertEquals(60, number(json(page), "lastSeq"));
        assertEquals("\"60\"", page.headers().firstValue("ETag").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theSameClientIdAgainAnswersTheStoredMessageAndStoresNoDuplicate() {
        HttpResponse<String> first = people.send(student, conversation, "retry-1", "Halo, Pak.");
        HttpResponse<String> again = people.send(student, conversation, "retry-1", "Halo, Pak.");

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(number(json(first), "seq"), number(json(again), "seq"));
        assertEquals("Halo, Pak.", json(again).get("body"));
        assertEquals(1, messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).size());
    }

    @Test
    void nothingNewIs304WithTheLastSeqAsETagAlsoByIfNoneMatch() {
        people.send(student, conversation, "etag-1", "Satu");
        people.send(counselor, conversation, "etag-2", "Dua");
        String path = "/api/conversations/" + conversation + "/messages";

        HttpResponse<String> upToDate = student.get(path + "?after=2");
        assertEquals(304, upToDate.statusCode());
        assertEquals("\"2\"", upToDate.headers().firstValue("ETag").orElse(""));
        assertEquals(304, student.get(path + "?after=0", "If-None-Match", "\"2\"").statusCode());
        HttpResponse<String> older = student.get(path + "?after=0", "If-None-Match", "\"1\"");
        assertEquals(200, older.statusCode());
        assertEquals(List.of(2L), messages(older).stream().map(m -> number(m, "seq")).toList(), "only what is after the ETag");
        HttpResponse<String> fromStart = student.get(path + "?after=0");
        assertEquals(List.of("Satu", "Dua"), messages(fromStart).stream().map(m -> m.get("body")).toList());
    }

    @Test
    void aHeldPollIsAnsweredWellUnderASecondAfterAMessageArrives() throws Exception {
        people.send(student, conversation, "held-0", "Pak, ada waktu?");
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(
                () -> student.get("/api/conversations/" + conversation + "/messages?after=1&wait=20"));
        assertThrows(TimeoutException.class, () -> poll.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");

        HttpResponse<String> reply = people.send(counselor, conversation, "held-1", "Ada, Dewi. Ceritakan.");
        long sentAt = System.nanoTime();
        HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
        long afterSendMillis = (System.nanoTime() - sentAt) / 1_000_000;

        assertEquals(201, reply.statusCode());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Ada, Dewi. Ceritakan.", messages(answer).getFirst().get("body"));
        assertTrue(afterSendMillis < 1000, "answered " + afterSendMillis + " ms after the send returned");
    }

    @Test
    void aHeldPollHearsThatTheCounselorIsTypingWithoutAMessage() throws Exception {
        people.send(student, conversation, "typing-0", "Halo?");
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(
                () -> student.get("/api/conversations/" + conversation + "/messages?after=1&wait=20"));
        assertThrows(TimeoutException.class, () -> poll.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");

        assertEquals(204, counselor.postJson("/api/conversations/" + conversation + "/typing", "", people.origin()).statusCode());

        HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(List.of(), messages(answer));
        assertEquals(Boolean.TRUE, json(answer).get("otherTyping"));
        assertEquals(Boolean.FALSE, json(counselor.get("/api/conversations/" + conversation + "/messages?after=0"))
                .get("otherTyping"), "the counselor sees no one typing");
    }

    @Test
    void anIdlePollAnsweredFromMemoryCarriesTheSameHeadersAsTheResourcesOwn304() {
        people.send(student, conversation, "fast-1", "Halo");
        String path = "/api/conversations/" + conversation + "/messages";
        assertEquals(200, student.get(path + "?after=0").statusCode(), "the conversation is known now");

        HttpResponse<String> idle = student.get(path + "?after=1");
        HttpResponse<String> heldToTheEnd = student.get(path + "?after=1&wait=1");

        assertEquals(304, idle.statusCode());
        assertEquals(304, heldToTheEnd.statusCode());
        assertEquals(withoutDate(heldToTheEnd), withoutDate(idle), "the same answer whichever path gave it");
        assertEquals("\"1\"", idle.headers().firstValue("ETag").orElse(""));
        assertEquals("no-store", idle.headers().firstValue("Cache-Control").orElse(""));
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<String> answer) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(answer.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void aHeldPollWithNothingNewEndsWith304() {
        HttpResponse<String> end = student.get("/api/conversations/" + conversation + "/messages?after=0&wait=1");
        assertEquals(304, end.statusCode());
    }

    @Test
    void aStrangerAndAMissingIdGetTheSameNotFound() {
        Http other = people.student("chat-lain", "Rudi");
        String path = "/api/conversations/" + conversation + "/messages";
        HttpResponse<String> strangerPoll = other.get(path + "?after=0");
        HttpResponse<String> missing = student.get("/api/conversations/987654321/messages?after=0");
        HttpResponse<String> strangerSend = people.send(other, conversation, "x-1", "Halo");

        assertEquals(404, strangerPoll.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, strangerSend.statusCode());
        assertEquals(strangerPoll.body(), missing.body(), "denied looks the same as missing");
        assertFalse(other.get("/api/conversations").body().contains("\"id\":" + conversation));
    }

    @Test
    void bothSidesListTheConversationWithTheOtherPartyAndUnreadCount() {
        people.send(counselor, conversation, "list-1", "Selamat siang, Dewi.");

        List<Object> mine = jsonArray(student.get("/api/conversations"));
        assertEquals(1, mine.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) mine.getFirst();
        assertEquals(conversation, number(listed, "id"));
        assertEquals(1, number(listed, "unread"));
        assertEquals(1, number(listed, "lastSeq"));
        assertEquals(Map.of("role", "counselor", "name", "Pak Konselor"), listed.get("otherParty"));
        assertTrue(listed.get("case") instanceof Number, "the case the counselor opened");

        HttpResponse<String> read = student.postJson("/api/conversations/" + conversation + "/read", "{\"seq\":1}",
                people.origin());
        assertEquals(200, read.statusCode(), read.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> afterReading = (Map<String, Object>) jsonArray(student.get("/api/conversations")).getFirst();
        assertEquals(0, number(afterReading, "unread"));
        HttpResponse<String> counselorView = counselor.get("/api/conversations/" + conversation + "/messages?after=0");
        assertEquals(1, number(json(counselorView), "readByOther"), "the counselor sees that Dewi read it");
    }

    @Test
    void aCaseHandedOverOnTheCasePageTakesItsConversationAlong() {
        people.send(student, conversation, "case-1", "Halo");
        Http next = people.counselor("chat-bk-3", "Bu Penerus");
        @SuppressWarnings("unchecked")
        long caseId = number((Map<String, Object>) jsonArray(counselor.get("/api/conversations")).getFirst(), "case");
        String casePage = "/counselor/case?id=" + caseId;
        HttpResponse<String> page = counselor.get(casePage);
        Map<String, String> choice = new java.util.HashMap<>(Map.of("handover:colleague",
                FacesForm.optionValue(page, "handover:colleague", "Bu Penerus")));
        assertEquals(302, FacesForm.submit(counselor, casePage, page, "handover", "handover:hand-over", choice).statusCode());

        String path = "/api/conversations/" + conversation + "/messages?after=0";
        assertEquals(404, counselor.get(path).statusCode(), "the former counselor's poll is refused");
        assertEquals(200, next.get(path).statusCode(), "the new counselor reads the conversation");
        assertEquals(201, people.send(next, conversation, "case-2", "Halo, aku Bu Penerus.").statusCode());
    }

    @Test
    void aCounselorTheSchoolReleasedIsRefusedAlsoInAPollHeldAtThatMoment() throws Exception {
        people.send(student, conversation, "rel-1", "Halo");
        String path = "/api/conversations/" + conversation + "/messages";
        assertEquals(200, counselor.get(path + "?after=0").statusCode());
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> counselor.get(path + "?after=1&wait=20"));
        assertThrows(TimeoutException.class, () -> held.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");

        people.release("Pak Konselor");

        assertEquals(404, held.get(5, TimeUnit.SECONDS).statusCode(), "the held poll is refused at once");
        assertEquals(404, counselor.get(path + "?after=0").statusCode());
        assertEquals(404, people.send(counselor, conversation, "rel-2", "Masih di sini").statusCode());
        assertEquals(200, student.get(path + "?after=0").statusCode(), "the student keeps their conversation");
    }

    @Test
    void aConversationErasedWithItsStudentIsNotFoundAtOnceAlsoToAPollHeldThen(PayaraMicro tool) throws Exception {
        people.send(student, conversation, "erase-1", "Halo");
        people.send(counselor, conversation, "erase-2", "Halo juga");
        String path = "/api/conversations/" + conversation + "/messages";
        assertEquals(200, counselor.get(path + "?after=0").statusCode(), "the chat knows the conversation");
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> counselor.get(path + "?after=2&wait=20"));
        assertThrows(TimeoutException.class, () -> held.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");

        Http admin = new SchoolPeople(tool, database, school).signIn("chat-admin", "Bu Kepala", TestPlatform.ADMINISTRATOR);
        long dewi = memberId("chat-siswa");
        String address = "/admin/student-data?q=dewi&id=" + dewi;
        HttpResponse<String> deleted = FacesForm.submit(admin, "/admin/student-data", admin.get(address), "erase", "erase:delete",
                Map.of("q", "dewi", "id", Long.toString(dewi), "erase:confirmation", "Dewi Lestari"));
        assertEquals(302, deleted.statusCode(), deleted.body());

        assertEquals(404, held.get(5, TimeUnit.SECONDS).statusCode(), "the held poll is told at once");
        assertEquals(404, counselor.get(path + "?after=0").statusCode(), "from the start");
        assertEquals(404, counselor.get(path + "?after=1").statusCode(), "from an earlier number");
        assertEquals(404, counselor.get(path + "?after=2").statusCode(), "from the last number");
        assertEquals(404, people.send(counselor, conversation, "erase-3", "Masih di sini?").statusCode());
    }

    private long memberId(String subject) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT m.id FROM school_member m JOIN school s ON s.id = m.school_id"
                     + " WHERE s.issuer = ? AND m.subject = ?")) {
            query.setString(1, school.issuer());
            query.setString(2, subject);
            try (ResultSet found = query.executeQuery()) {
                assertTrue(found.next(), "the student was launched");
                return found.getLong(1);
            }
        }
    }

    @Test
    void aBodyOver4000CharactersIsRefusedClearlyAndThe31stMessageInAMinuteWaits() {
        HttpResponse<String> tooLong = people.send(student, conversation, "long-1", "x".repeat(4001));
        assertEquals(400, tooLong.statusCode());
        assertTrue(json(tooLong).get("message").toString().contains("4.000 karakter"), tooLong.body());
        assertTrue(((Map<?, ?>) json(tooLong).get("fields")).containsKey("body"));
        assertEquals(201, people.send(student, conversation, "long-2", "x".repeat(4000)).statusCode());
        HttpResponse<String> notJson = student.postJson("/api/conversations/" + conversation + "/messages", "{\"body\": ",
                people.origin());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(json(notJson).containsKey("message"), "a JSON error, not a stack trace");

        for (int i = 0; i < 29; i++) {
            assertEquals(201, people.send(student, conversation, "rate-" + i, "pesan " + i).statusCode());
        }
        HttpResponse<String> tooMany = people.send(student, conversation, "rate-30", "satu lagi");
        assertEquals(429, tooMany.statusCode(), tooMany.body());
        long retryAfter = Long.parseLong(tooMany.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(201, people.send(counselor, conversation, "rate-bk", "Pelan-pelan, Dewi.").statusCode(),
                "the limit is per member");
    }

    @Test
    void withoutASessionIt401sInJsonAndAPostFromAnotherSiteIsRefused(PayaraMicro tool) {
        HttpResponse<String> anonymous = new Http(tool).get("/api/conversations");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json(anonymous).get("message").toString().contains("buka Ruang Konseling dari LMS"), anonymous.body());

        HttpResponse<String> crossSite = student.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"csrf-1\",\"body\":\"Halo\"}", "Origin", "https://evil.example");
        HttpResponse<String> noOrigin = student.postJson("/api/conversations/" + conversation + "/messages",
                "{\"clientId\":\"csrf-2\",\"body\":\"Halo\"}");
        assertEquals(403, crossSite.statusCode());
        assertEquals(403, noOrigin.statusCode());
        assertEquals(304, student.get("/api/conversations/" + conversation + "/messages?after=0").statusCode(),
                "nothing was stored");
    }
}
