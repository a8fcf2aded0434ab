package id.ruangkonseling.school.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.ruangkonseling.platform.control.Mail;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.testing.FreePort;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberNoticesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final School SCHOOL = new School("https://lms.example", "client", "deployment", "SMA 1", NOW);

    private final Logger log = Logger.getLogger(MemberNotices.class.getName());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry.getLevel() + " " + new SimpleFormatter().formatMessage(entry));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void theNoticeGoesInTheMembersLanguageAsPlainText() throws Exception {
        GreenMail sink = new GreenMail(new ServerSetup(FreePort.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        try {
            Member counselor = member("bu.rina@sekolah.test", "en");

            assertTrue(notices(sink.getSmtp().getPort()).send(counselor, "notice.chat.subject", "notice.chat.toCounselor"));

            MimeMessage[] arrived = sink.getReceivedMessages();
            assertEquals(1, arrived.length);
            assertEquals("A new message in Ruang Konseling", arrived[0].getSubject());
            assertEquals("bu.rina@sekolah.test", arrived[0].getAllRecipients()[0].toString());
            assertTrue(arrived[0].getContentType().startsWith("text/plain"), arrived[0].getContentType());
            assertTrue(GreenMailUtil.getBody(arrived[0]).contains("A student has sent you a new message"),
                    GreenMailUtil.getBody(arrived[0]));
        } finally {
            sink.stop();
        }
    }

    @Test
    void anUnreachableServerLosesTheNoticeWithAWarningThatNamesNoAddress() {
        Member student = member("siti.rahasia@sekolah.test", "id");

        boolean sent = notices(FreePort.any()).send(student, "notice.chat.subject", "notice.chat.toStudent");

        assertFalse(sent);
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.getFirst().startsWith("WARNING "), logged.toString());
        assertFalse(logged.getFirst().contains("siti.rahasia"), logged.toString());
    }

    @Test
    void noAddressMeansNoNoticeAndOneLineWithoutOne() {
        Member student = member(null, "id");

        assertFalse(notices(FreePort.any()).send(student, "notice.chat.subject", "notice.chat.toStudent"));
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.getFirst().startsWith("INFO "), logged.toString());
    }

    @Test
    void withoutAnSmtpServerNothingIsTriedOrLogged() {
        MemberNotices notices = new MemberNotices();
        notices.mail = new Mail(Optional.empty(), 587, Optional.empty(), Optional.empty(), Optional.empty(), true);

        assertFalse(notices.send(member("siti@sekolah.test", "id"), "notice.chat.subject", "notice.chat.toStudent"));
        assertEquals(List.of(), logged);
    }

    private static MemberNotices notices(int smtpPort) {
        MemberNotices notices = new MemberNotices();
        notices.mail = new Mail(Optional.of("127.0.0.1"), smtpPort, Optional.empty(), Optional.empty(),
                Optional.of("ruang-konseling@sekolah.test"), false);
        return notices;
    }

    private static Member member(String email, String language) {
        Member member = new Member(SCHOOL, "sub-" + email, NOW);
        member.seenInLaunch("Siti", email, NOW);
        member.launchedIn(language);
        return member;
    }
}
