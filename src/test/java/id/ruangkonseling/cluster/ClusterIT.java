package id.ruangkonseling.cluster;

import static id.ruangkonseling.chat.ChatParties.json;
import static id.ruangkonseling.chat.ChatParties.jsonArray;
import static id.ruangkonseling.chat.ChatParties.messages;
import static id.ruangkonseling.chat.ChatParties.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.ClusterPair;
import id.ruangkonseling.testing.FacesForm;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.Nginx;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.Poll;
import id.ruangkonseling.testing.Rows;
import id.ruangkonseling.testing.SchoolPeople;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances in one data-grid cluster (issue #18), each started through {@code deploy/run.sh} with
 * {@code RK_CLUSTER_MEMBERS}, on one MariaDB: a message through either wakes polls held on the other, the
 * send limit and the crisis lexicon are the cluster's, a case is never stale on the other instance, the
 * daily purge runs once, and when an instance is killed, restarted or rolled over no acknowledged message
 * is lost or stored twice. The pair boots once for the class; the tests that kill and restart come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static ClusterPair pair;
    /** A school registered before either instance's first purge look (a minute after its start). */
    private static TestPlatform purgedSchool;
    private final List<TestPlatform> schools = new ArrayList<>();

    @BeforeAll
    static void bootThePair() throws SQLException {
        pair = ClusterPair.start("it-cluster", Map.of("RK_RETENTION_CHECK_MINUTES", "1", "RK_TRUST_FORWARDED", "true"));
        purgedSchool = TestPlatform.start().registerIn(pair.database(), "Sekolah Purge Klaster");
    }

    @AfterAll
    static void stopThePair() {
        if (pair != null) {
            pair.close();
            purgedSchool.close();
        }
    }

    @AfterEach
    void closeSchools() {
        schools.forEach(TestPlatform::close);
    }

    @Test
    @Order(1)
    void aMessageThroughEitherInstanceWakesAPollHeldOnTheOtherWithinASecond() throws Exception {
        PairedConversation chat = PairedConversation.open(pair, school(), "wake");
        PayaraMicro a = pair.a();
        PayaraMicro b = pair.b();
        assertEquals(201, chat.send(a, chat.student(a), "w-1", "Pak, ada waktu?").statusCode());

        assertWokenWithinASecond(chat, chat.counselor(b), 1, () -> chat.send(a, chat.student(a), "w-2", "Dari A ke B"));
        assertWokenWithinASecond(chat, chat.student(a), 2, () -> chat.send(b, chat.counselor(b), "w-3", "Dari B ke A"));

        HttpResponse<String> onA = chat.student(a).get(chat.poll(0, 0));
        HttpResponse<String> onB = chat.student(b).get(chat.poll(0, 0));
        assertEquals(List.of("w-1", "w-2", "w-3"), chat.clientIds(chat.student(a)));
        assertEquals(messages(onA), messages(onB), "both instances answer the same messages in the same order");
    }

    @Test
    @Order(2)
    void fortyMessagesAlternatingBetweenTheInstancesWithinAMinuteAreThirtyAccepted() {
        PairedConversation chat = PairedConversation.open(pair, school(), "limit");
        long began = System.nanoTime();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PayaraMicro instance = i % 2 == 0 ? pair.a() : pair.b();
            answers.add(chat.send(instance, chat.student(instance), "l-" + i, "pesan " + i).statusCode());
        }

        assertTrue(System.nanoTime() - began < TimeUnit.MINUTES.toNanos(1), "all 40 within the limit's minute");
        assertEquals(30, answers.stream().filter(status -> status == 201).count(), answers.toString());
        assertEquals(10, answers.stream().filter(status -> status == 429).count(), answers.toString());
        assertEquals(30, chat.clientIds(chat.counselor(pair.b())).size(), "the 30 accepted are stored");
    }

    @Test
    @Order(3)
    void aPhraseAddedToTheLexiconOnAEscalatesTheNextMessageOnB() {
        TestPlatform school = school();
        PairedConversation chat = PairedConversation.open(pair, school, "lexicon");
        PayaraMicro a = pair.a();
        PayaraMicro b = pair.b();
        HttpResponse<String> before = chat.send(b, chat.student(b), "x-1", "Abdi hayang paeh wae.");
        assertNull(json(before).get("help"), "not in the shipped lexicon, which B has now read: " + before.body());

        Http admin = new SchoolPeople(a, pair.database(), school).signIn("lexicon-kepala", "Pak Kepala", TestPlatform.ADMINISTRATOR);
        assertEquals(302, FacesForm.submit(admin, "/admin/crisis", admin.get("/admin/crisis"), "phrases", "phrases:listen",
                Map.of("phrases:phrase", "Hayang Paeh")).statusCode());
        HttpResponse<String> after = chat.send(b, chat.student(b), "x-2", "Abdi hayang paeh wae, teu kuat.");

        assertEquals(201, after.statusCode(), after.body());
        assertNotNull(json(after).get("help"), "B escalates with A's new phrase: " + after.body());
    }

    @Test
    @Order(4)
    void aCaseClosedOnAReadsClosedOnBAtOnce() {
        PairedConversation chat = PairedConversation.open(pair, school(), "case");
        Http onA = chat.counselor(pair.a());
        Http onB = chat.counselor(pair.b());
        @SuppressWarnings("unchecked")
        long caseId = number((Map<String, Object>) jsonArray(onA.get("/api/conversations")).getFirst(), "case");
        String address = "/counselor/case?id=" + caseId;
        assertFalse(onB.get(address).body().contains("Tidur teratur kembali."), "B has read the open case");

        assertEquals(302, FacesForm.submit(onA, address, onA.get(address), "steps", "steps:close",
                Map.of("steps:outcome", "Tidur teratur kembali.")).statusCode());
        String onBNow = onB.get(address).body();

        assertTrue(onBNow.contains("Tidur teratur kembali.") && onBNow.contains("selesai"), onBNow);
    }

    @Test
    @Order(5)
    void aCallStartedThroughAnInstanceRingsOnTheOtherAndItsAnswerSignalsAndEndCrossBack() throws Exception {
        PairedConversation chat = PairedConversation.open(pair, school(), "call");
        PayaraMicro a = pair.a();
        PayaraMicro b = pair.b();
        String[] fromA = chat.parties(a).origin();
        String[] fromB = chat.parties(b).origin();

        long studentLast = callNumber(chat.student(b));
        CompletableFuture<HttpResponse<String>> ringing = heldCallPoll(chat.student(b), studentLast);
        HttpResponse<String> started = chat.counselor(a).postJson("/api/calls",
                "{\"conversation\":" + chat.id() + ",\"kind\":\"voice\"}", fromA);
        assertEquals(201, started.statusCode(), started.body());
        String id = (String) ((Map<?, ?>) json(started).get("call")).get("id");
        Map<?, ?> incoming = (Map<?, ?>) ((List<?>) json(answeredWithinASecond(ringing)).get("calls")).getFirst();
        assertEquals(List.of(id, "incoming", "ringing"), List.of(incoming.get("id"), incoming.get("direction"), incoming.get("state")),
                "the student's poll on B rings for the call started on A");

        long counselorLast = callNumber(chat.counselor(a));
        CompletableFuture<HttpResponse<String>> answer = heldCallPoll(chat.counselor(a), counselorLast);
        assertEquals(200, chat.student(b).postJson("/api/calls/" + id + "/answer", "{}", fromB).statusCode());
        assertTrue(answeredWithinASecond(answer).body().contains("\"answered\""), "the counselor on A hears the answer on B");

        studentLast = callNumber(chat.student(b));
        CompletableFuture<HttpResponse<String>> offer = heldCallPoll(chat.student(b), studentLast);
        assertEquals(202, chat.counselor(a).postJson("/api/calls/" + id + "/signals",
                "{\"description\":{\"type\":\"offer\",\"sdp\":\"v=0 klaster-sdp\"}}", fromA).statusCode());
        assertTrue(answeredWithinASecond(offer).body().contains("klaster-sdp"), "the offer sent through A reaches B");

        assertEquals(204, chat.student(b).postJson("/api/calls/" + id + "/hangup", "{}", fromB).statusCode());
        assertEquals(404, chat.counselor(a).postJson("/api/calls/" + id + "/signals", "{\"candidate\":{}}", fromA).statusCode(),
                "the call ended through B is gone on A too");
        assertEquals(1, messages(chat.counselor(a).get(chat.poll(0, 0))).stream().filter(message -> message.get("call") != null).count(),
                "one line for the call, whichever instances took part");
    }

    @Test
    @Order(6)
    void bothInstancesLookForTheDailyPurgeAndTheSchoolIsPurgedOnce() throws SQLException {
        String firstLook = "The daily purge made its first look";
        Optional<Boolean> bothLooked = Poll.until(Duration.ofMinutes(3), () -> pair.a().logLines().stream().anyMatch(l -> l.contains(firstLook))
                && pair.b().logLines().stream().anyMatch(l -> l.contains(firstLook)) ? Optional.of(true) : Optional.empty());
        assertTrue(bothLooked.isPresent(), "each instance logs its first look a minute after its start");

        long school = Rows.single(pair.database(), "SELECT id FROM school WHERE issuer = '" + purgedSchool.issuer() + "'");
        assertEquals(1, Rows.single(pair.database(),
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_PURGED' AND school_id = " + school));
        String purged = "Purged what expired in school " + school + ":";
        assertEquals(1, List.of(pair.a(), pair.b()).stream().filter(instance -> instance.logLines().stream()
                .anyMatch(line -> line.contains(purged))).count(), "one instance purged it, the other found it done");
    }

    @Test
    @Order(7)
    void whenAIsKilledBServesEveryMessageAAcknowledgedARetryIsStoredOnceAndARestartedARejoins() throws Exception {
        PairedConversation chat = PairedConversation.open(pair, school(), "kill");
        PayaraMicro a = pair.a();
        PayaraMicro b = pair.b();
        assertEquals(201, chat.send(a, chat.student(a), "k-lost", "Jawabannya hilang di jalan").statusCode(),
                "A stored it; the client is taken never to have heard the answer");
        List<String> expected = new ArrayList<>(List.of("k-lost"));
        try (HeldPolls onB = HeldPolls.from(0, chat.roamingCounselor(b), chat);
             PacedMessages writing = new PacedMessages(chat, chat.roamingStudent(a), chat.roamingCounselor(a), 250, "k")) {
            writing.awaitAcknowledged(4);
            long jvm = a.pid();
            a.kill();
            assertFalse(ProcessHandle.of(jvm).isPresent(), "A's JVM is gone at once (SIGKILL)");
            writing.awaitAcknowledged(writing.acknowledged() + 4);
            expected.addAll(writing.stop());

            HttpResponse<String> retried = chat.roamingStudent(a).ask((instance, session) ->
                    chat.send(instance, session, "k-lost", "Jawabannya hilang di jalan"));
            assertEquals(200, retried.statusCode(), "the retry answers the stored message: " + retried.body());
            assertEquals(expected, chat.clientIds(chat.counselor(b)), "every acknowledged message, once: none lost, none twice");
            assertEquals(expected, onB.heard(expected.size(), Duration.ofSeconds(10)), "the polls held on B heard each, once");
        }

        a.start();
        pair.awaitJoined();
        Http studentOnA = chat.studentOn(a);
        assertWokenWithinASecond(chat, chat.counselor(b), expected.size(),
                () -> chat.send(a, studentOnA, "k-back", "A kembali"));
    }

    @Test
    @Order(8)
    void aRollingRestartOfBothLosesAndDuplicatesNoMessageWhilePollsAreHeldThroughout() {
        PairedConversation chat = PairedConversation.open(pair, school(), "rolling");
        PayaraMicro a = pair.a();
        PayaraMicro b = pair.b();
        List<String> sent;
        try (HeldPolls student = HeldPolls.from(0, chat.roamingStudent(a), chat);
             HeldPolls counselor = HeldPolls.from(0, chat.roamingCounselor(b), chat);
             PacedMessages writing = new PacedMessages(chat, chat.roamingStudent(b), chat.roamingCounselor(a), 1500, "r")) {
            writing.awaitAcknowledged(2);
            int beforeA = writing.acknowledged();
            a.restart();
            pair.awaitJoined();
            int beforeB = writing.acknowledged();
            b.restart();
            pair.awaitJoined();
            int afterB = writing.acknowledged();
            writing.awaitAcknowledged(afterB + 2);
            sent = writing.stop();

            // what the test is about, however fast the machine restarts an instance
            assertTrue(beforeB > beforeA, "messages were written while A restarted: " + beforeA + " → " + beforeB);
            assertTrue(afterB > beforeB, "messages were written while B restarted: " + beforeB + " → " + afterB);
            assertEquals(sent, student.heard(sent.size(), Duration.ofSeconds(30)), "the student heard each, once, in order");
            assertEquals(sent, counselor.heard(sent.size(), Duration.ofSeconds(30)), "the counselor heard each, once, in order");
        }
        assertEquals(sent, chat.clientIds(chat.studentOn(a)), "A stored each, once");
        assertEquals(sent, chat.clientIds(chat.counselorOn(b)), "B reads the same");
    }

    @Test
    @Order(9)
    void throughNginxAMessageGoesThroughWhileTheInstanceItWentToIsKilled() {
        try (Nginx nginx = Nginx.start("it-cluster-nginx", pair)) {
            ChatParties viaProxy = new ChatParties(nginx.uri(), pair.database(), school());
            Http student = viaProxy.student("proxy-siswa", "Dewi Lestari");
            long conversation = viaProxy.request(student);
            viaProxy.takeUp(viaProxy.counselor("proxy-bk", "Pak Konselor"));
            HttpResponse<String> before = viaProxy.send(student, conversation, "n-1", "Sebelum");
            assertEquals(201, before.statusCode(), before.body());
            PayaraMicro used = instanceBehind(before);

            used.kill();
            HttpResponse<String> after = viaProxy.send(student, conversation, "n-2", "Sesudah");
            if (after.statusCode() == 401) {
                // the session was the killed instance's: the panel says to open it from the LMS again, and the person does
                student = viaProxy.student("proxy-siswa", "Dewi Lestari");
                after = viaProxy.send(student, conversation, "n-2", "Sesudah");
            }

            assertEquals(201, after.statusCode(), after.body());
            assertEquals(pair.other(used), instanceBehind(after), "nginx took the killed instance out");
            assertEquals(List.of("n-1", "n-2"), messages(student.get("/api/conversations/" + conversation + "/messages?after=0"))
                    .stream().map(message -> message.get("clientId")).toList());
        }
    }

    /** The number of {@code who}'s newest call news, from the poll's tag (a 304 while nothing came has no body). */
    private static long callNumber(Http who) {
        return Long.parseLong(who.get("/api/calls?after=0").headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    /** A poll of {@code who}'s calls after number {@code after}, held up to 20 s, and checked to be held. */
    private static CompletableFuture<HttpResponse<String>> heldCallPoll(Http who, long after) {
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(() -> who.get("/api/calls?after=" + after + "&wait=20"));
        assertThrows(TimeoutException.class, () -> poll.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");
        return poll;
    }

    /** The held poll's answer, which must come within a second from now (the step that should wake it just returned). */
    private static HttpResponse<String> answeredWithinASecond(CompletableFuture<HttpResponse<String>> poll) throws Exception {
        long from = System.nanoTime();
        HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - from) / 1_000_000;
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(millis < 1000, "answered " + millis + " ms after the step returned");
        return answer;
    }

    /** A poll held on {@code listener} from message {@code after} is answered within a second of {@code send}. */
    private static void assertWokenWithinASecond(PairedConversation chat, Http listener, long after,
                                                 java.util.function.Supplier<HttpResponse<String>> send) throws Exception {
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(() -> listener.get(chat.poll(after, 20)));
        assertThrows(TimeoutException.class, () -> poll.get(1500, TimeUnit.MILLISECONDS), "nothing new: the poll is held");

        HttpResponse<String> sent = send.get();
        long sentAt = System.nanoTime();
        HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - sentAt) / 1_000_000;

        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(json(sent).get("clientId"), messages(answer).getFirst().get("clientId"));
        assertTrue(millis < 1000, "answered " + millis + " ms after the send returned");
    }

    /** The instance nginx passed this request to: the last address it tried. */
    private static PayaraMicro instanceBehind(HttpResponse<String> answer) {
        String tried = answer.headers().firstValue("X-Upstream").orElseThrow();
        String last = tried.substring(tried.lastIndexOf(' ') + 1);
        return pair.onPort(Integer.parseInt(last.substring(last.lastIndexOf(':') + 1)));
    }

    /** A school of its own for one test, closed after it. */
    private TestPlatform school() {
        try {
            TestPlatform school = TestPlatform.start().registerIn(pair.database(), "Sekolah Klaster " + (schools.size() + 1)
                    + " " + System.nanoTime());
            schools.add(school);
            return school;
        } catch (SQLException e) {
            throw new IllegalStateException("could not register a school in the cluster's database", e);
        }
    }
}
