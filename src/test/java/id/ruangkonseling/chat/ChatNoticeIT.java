package id.ruangkonseling.chat;

import static id.ruangkonseling.chat.ChatParties.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.MailSink;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail notice of a new chat message, sent by the running WAR to the run's SMTP sink: only to a
 * participant who is away, once per conversation in fifteen minutes, in their language, and never with a
 * word of the message or a name. Where a test proves that a notice did not go, a notice that must go is
 * sent after it and awaited: the decision for the earlier one was made before the later one's request ended.
 */
@ExtendWith(SharedServer.class)
class ChatNoticeIT {

    /** Written in every message; no notice may contain any part of it. */
    private static final String CANARY = "KENARI-7731 rahasia";

    private ChatParties people;
    private MailSink mail;
    private final String studentAddress = MailSink.newAddress("siswa");
    private final String counselorAddress = MailSink.newAddress("bk");

    @BeforeEach
    void aSchool(PayaraMicro tool, DataSource database, TestPlatform school, MailSink sink) {
        people = new ChatParties(tool, database, school);
        mail = sink;
    }

    @Test
    void anAwayCounselorHearsOnceThatSomethingIsNewAndNothingOfWhat() {
        Http student = people.student("notice-siswa", "Dewi Lestari", MailSink.emailClaim(studentAddress));
        long conversation = people.request(student);
        Http counselor = people.counselor("notice-bk", "Pak Harjo", claims -> MailSink.emailClaim(counselorAddress).apply(claims)
                .claim("locale", "en"));
        people.takeUp(counselor);

        assertEquals(201, people.send(student, conversation, "n-1", "Pak, " + CANARY).statusCode());

        List<MailSink.Mail> notices = mail.await(counselorAddress, 1);
        assertEquals(1, notices.size(), "the counselor, away from the conversation, hears of it");
        MailSink.Mail notice = notices.getFirst();
        assertEquals("A new message in Ruang Konseling", notice.subject(), "in the language of the counselor's LMS");
        assertTrue(notice.contentType().startsWith("text/plain"), notice.contentType());
        assertTrue(notice.body().contains("A student has sent you a new message"), notice.body());
        assertTrue(notice.body().contains("open Ruang Konseling from your course"), notice.body());
        assertSaysNothingOf(notice, "Dewi", "Lestari", "cemas", "ujian");

        assertEquals(201, people.send(student, conversation, "n-2", "Satu lagi, " + CANARY).statusCode());
        assertEquals(201, people.send(counselor, conversation, "n-3", "Baik, " + CANARY).statusCode());

        MailSink.Mail toStudent = single(mail.await(studentAddress, 1));
        assertEquals("Ada pesan baru di Ruang Konseling", toStudent.subject());
        assertTrue(toStudent.body().contains("Guru BK-mu mengirim pesan baru untukmu"), toStudent.body());
        assertSaysNothingOf(toStudent, "Harjo", "Dewi");
        assertEquals(1, mail.to(counselorAddress).size(), "no second notice within fifteen minutes");
        assertEquals(3, messages(counselor.get("/api/conversations/" + conversation + "/messages?after=0")).size(),
                "every message is stored and delivered");
    }

    @Test
    void aCounselorWithTheConversationOpenGetsNoNotice() {
        Http student = people.student("notice-siswa", "Dewi Lestari", MailSink.emailClaim(studentAddress));
        long conversation = people.request(student);
        Http counselor = people.counselor("notice-bk", "Pak Harjo", MailSink.emailClaim(counselorAddress));
        people.takeUp(counselor);
        HttpResponse<String> polled = counselor.get("/api/conversations/" + conversation + "/messages?after=0");
        assertEquals(304, polled.statusCode(), "nothing written yet: " + polled.body());

        assertEquals(201, people.send(student, conversation, "n-1", CANARY).statusCode());
        assertEquals(201, people.send(counselor, conversation, "n-2", CANARY).statusCode());

        assertEquals(1, mail.await(studentAddress, 1).size(), "the student, who has not opened it, hears of the answer");
        assertEquals(List.of(), mail.to(counselorAddress), "the counselor polling the conversation hears nothing by e-mail");
    }

    @Test
    void aStudentWhoseLmsSharesNoAddressGetsNoNoticeAndStillTheMessage() {
        Http student = people.student("notice-siswa", "Dewi Lestari");
        long conversation = people.request(student);
        Http counselor = people.counselor("notice-bk", "Pak Harjo", MailSink.emailClaim(counselorAddress));
        people.takeUp(counselor);
        int before = mail.count();

        assertEquals(201, people.send(counselor, conversation, "n-1", CANARY).statusCode());
        assertEquals(201, people.send(student, conversation, "n-2", "Terima kasih").statusCode());

        assertEquals(1, mail.await(counselorAddress, 1).size());
        assertEquals(before + 1, mail.count(), "nothing went anywhere for the student");
        List<Map<String, Object>> arrived = messages(student.get("/api/conversations/" + conversation + "/messages?after=0"));
        assertEquals(CANARY, arrived.getFirst().get("body"), "the message waits for the student in the app");
    }

    private void assertSaysNothingOf(MailSink.Mail notice, String... names) {
        String text = notice.subject() + "\n" + notice.body();
        for (String part : CANARY.split(" ")) {
            assertFalse(text.contains(part), "a part of the message (" + part + ") in: " + text);
        }
        for (String name : names) {
            assertFalse(text.contains(name), name + " in: " + text);
        }
    }

    private static MailSink.Mail single(List<MailSink.Mail> mails) {
        assertEquals(1, mails.size(), mails.toString());
        return mails.getFirst();
    }
}
