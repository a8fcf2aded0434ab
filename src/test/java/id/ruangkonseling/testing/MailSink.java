package id.ruangkonseling.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The SMTP server of the test run (GreenMail), which the shared server sends its e-mail to. It takes
 * mail for any address; a test gives its people addresses of their own ({@link #newAddress}) and reads
 * only what arrived for them.
 */
public final class MailSink implements AutoCloseable {

    private final GreenMail server;

    private MailSink(GreenMail server) {
        this.server = server;
    }

    static MailSink start() {
        GreenMail server = new GreenMail(new ServerSetup(FreePort.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailSink(server);
    }

    /** What the tool under test needs to send here. */
    Map<String, String> settings() {
        return Map.of("RK_SMTP_HOST", "127.0.0.1", "RK_SMTP_PORT", Integer.toString(server.getSmtp().getPort()),
                "RK_SMTP_STARTTLS", "false", "RK_SMTP_FROM", "ruang-konseling@sekolah.test");
    }

    /** An address no one else in the run has, e.g. {@code bk-1f3a…@sekolah.test}. */
    public static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@sekolah.test";
    }

    /** A launch's claims giving the person this e-mail address, as an LMS shares it. */
    public static UnaryOperator<JWTClaimsSet.Builder> emailClaim(String address) {
        return claims -> claims.claim("email", address);
    }

    /** The mail that arrived for {@code address} so far, oldest first. */
    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> addressedTo(mail, address)).map(Mail::of).toList();
    }

    /** How many mails arrived in the whole run so far, for whatever address. */
    public int count() {
        return server.getReceivedMessages().length;
    }

    /** Waits (up to a minute) until {@code count} mails arrived for {@code address}; what did by then. */
    public List<Mail> await(String address, int count) {
        return Poll.until(Duration.ofMinutes(1), () -> Optional.of(to(address)).filter(mails -> mails.size() >= count))
                .orElseGet(() -> to(address));
    }

    @Override
    public void close() {
        server.stop();
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One mail as a test reads it. */
    public record Mail(String from, String subject, String contentType, String body) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getFrom()[0].toString(), message.getSubject(), message.getContentType(),
                        GreenMailUtil.getBody(message));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
