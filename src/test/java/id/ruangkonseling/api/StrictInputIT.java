package id.ruangkonseling.api;

import static id.ruangkonseling.chat.ChatParties.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API takes exactly what its contract says: a value of the wrong JSON type is refused naming its
 * field, lengths count characters as people count them (code points) and include every space sent,
 * text of invisible characters only is empty, and every refusal — a missing content type, a bad query
 * parameter — is the JSON error shape.
 */
@ExtendWith(SharedServer.class)
class StrictInputIT {

    private ChatParties people;
    private Http student;
    private long conversation;

    @BeforeEach
    void aStudentsConversation(PayaraMicro tool, DataSource database, TestPlatform school) {
        people = new ChatParties(tool, database, school);
        student = people.student("strict-siswa", "Sari Ketat");
        conversation = people.request(student);
        people.takeUp(people.counselor("strict-bk", "Bu Ketat"));
    }

    @Test
    void aBodyThatIsNotTextIsRefusedNamingIt() {
        assertRefused(postMessage("{\"clientId\":\"n1\",\"body\":123}"), 400, "body");
        assertRefused(postMessage("{\"clientId\":\"n2\",\"body\":true}"), 400, "body");
        assertRefused(postMessage("{\"clientId\":42,\"body\":\"Halo\"}"), 400, "clientId");
        assertEquals(304, student.get(messagesPath() + "?after=0").statusCode(), "nothing was stored");
    }

    @Test
    void aReadReceiptTakesWholeNumbersOnly() {
        HttpResponse<String> answer = student.postJson(path("/read"), "{\"seq\":1.5}", people.origin());
        assertRefused(answer, 400, "seq");
        assertRefused(student.postJson(path("/read"), "{\"seq\":\"1\"}", people.origin()), 400, "seq");
    }

    @Test
    void invisibleTextIsEmpty() {
        assertRefused(people.send(student, conversation, "zw", "\u200B\u200C\u200D\uFEFF"), 400, "body");
        assertRefused(people.send(student, conversation, "nul", "\u0000"), 400, "body");
        assertEquals(304, student.get(messagesPath() + "?after=0").statusCode(), "nothing was stored");
    }

    @Test
    void lengthsCountCharactersAsPeopleCountThem() {
        String emoji = "\uD83D\uDE00".repeat(2001);
        HttpResponse<String> sent = people.send(student, conversation, "emoji", emoji);
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals(emoji, json(sent).get("body"));
        assertRefused(people.send(student, conversation, "emoji-over", "\uD83D\uDE00".repeat(4001)), 400, "body");
        assertRefused(people.send(student, conversation, "spaces", "a".repeat(4000) + " ".repeat(5000)), 400, "body");
    }

    @Test
    void aRequestTakesTheAcknowledgementAsTrueAndCountsEverySpace() {
        Http other = people.student("strict-siswa-2", "Sinta Ketat");
        assertRefused(other.postJson("/api/requests", """
                {"field":"personal","about":"Saya cemas.","urgency":"soon","mode":"chat","acknowledged":"true"}""",
                people.origin()), 400, "acknowledged");
        assertRefused(other.postJson("/api/requests", """
                {"field":"personal","about":%s,"urgency":"soon","mode":"chat","acknowledged":true}"""
                .formatted(ChatParties.quoted("a".repeat(4000) + " ".repeat(5000))), people.origin()), 400, "about");
        assertRefused(other.postJson("/api/requests", """
                {"field":"personal","about":"\u200B","urgency":"soon","mode":"chat","acknowledged":true}""",
                people.origin()), 400, "about");
        HttpResponse<String> emoji = other.postJson("/api/requests", """
                {"field":"personal","about":%s,"urgency":"soon","mode":"chat","acknowledged":true}"""
                .formatted(ChatParties.quoted("\uD83D\uDE1F".repeat(2001))), people.origin());
        assertEquals(201, emoji.statusCode(), emoji.body());
    }

    @Test
    void aPostWithoutContentTypeIsRefusedAsJson() {
        HttpResponse<String> answer = student.post(messagesPath(),
                BodyPublishers.ofString("{\"clientId\":\"ct\",\"body\":\"Halo\"}"), Duration.ofSeconds(30), people.origin());
        assertEquals(415, answer.statusCode(), answer.body());
        assertNotNull(json(answer).get("message"), answer.body());
        HttpResponse<String> text = student.post(messagesPath(),
                BodyPublishers.ofString("{\"clientId\":\"ct\",\"body\":\"Halo\"}"), Duration.ofSeconds(30),
                "Content-Type", "text/plain", people.origin()[0], people.origin()[1]);
        assertEquals(415, text.statusCode(), text.body());
        assertNotNull(json(text).get("message"), text.body());
        HttpResponse<String> form = student.post(messagesPath(), // what curl -d sends
                BodyPublishers.ofString("{\"clientId\":\"ct\",\"body\":\"Halo\"}"), Duration.ofSeconds(30),
                "Content-Type", "application/x-www-form-urlencoded", people.origin()[0], people.origin()[1]);
        assertEquals(415, form.statusCode(), form.body());
        assertNotNull(json(form).get("message"), form.body());
    }

    @Test
    void aBadQueryParameterIsABadRequest() {
        for (String query : new String[] {"after=99999999999999999999", "after=abc", "wait=abc", "wait=1.5"}) {
            HttpResponse<String> answer = student.get(messagesPath() + "?" + query);
            assertEquals(400, answer.statusCode(), query + ": " + answer.body());
            assertNotNull(json(answer).get("message"), answer.body());
        }
        HttpResponse<String> calls = student.get("/api/calls?after=abc");
        assertEquals(400, calls.statusCode(), calls.body());
        assertNotNull(json(calls).get("message"), calls.body());
    }

    private HttpResponse<String> postMessage(String json) {
        return student.postJson(messagesPath(), json, people.origin());
    }

    private String messagesPath() {
        return path("/messages");
    }

    private String path(String rest) {
        return "/api/conversations/" + conversation + rest;
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(HttpResponse<String> answer, int status, String field) {
        assertEquals(status, answer.statusCode(), answer.body());
        Map<String, Object> fields = (Map<String, Object>) json(answer).get("fields");
        assertTrue(fields != null && fields.containsKey(field), "names " + field + ": " + answer.body());
    }
}
