package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the school's SMTP server ({@code RK_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}). Without {@code RK_SMTP_HOST} there is no e-mail at
 * all, the default. A slow server holds a sender at most {@value #TIMEOUT_MILLIS} ms per step.
 */
@ApplicationScoped
public class Mail {

    static final int TIMEOUT_MILLIS = 10_000;

    private final Session session;
    private final String from;

    @Inject
    public Mail(@ConfigProperty(name = "rk.smtp.host") Optional<String> host,
                @ConfigProperty(name = "rk.smtp.port", defaultValue = "587") int port,
                @ConfigProperty(name = "rk.smtp.user") Optional<String> user,
                @ConfigProperty(name = "rk.smtp.password") Optional<String> password,
                @ConfigProperty(name = "rk.smtp.from") Optional<String> from,
                @ConfigProperty(name = "rk.smtp.starttls", defaultValue = "true") boolean startTls) {
        Optional<String> server = host.map(String::strip).filter(name -> !name.isEmpty());
        Optional<String> login = user.filter(name -> !name.isBlank());
        this.session = server.map(name -> session(name, port, login, password.orElse(""), startTls)).orElse(null);
        this.from = from.filter(address -> !address.isBlank()).or(() -> login.filter(name -> name.contains("@")))
                .orElseGet(() -> "ruang-konseling@" + server.orElse("localhost"));
    }

    protected Mail() {
        // for the CDI proxy
        this(Optional.empty(), 587, Optional.empty(), Optional.empty(), Optional.empty(), true);
    }

    /** Whether an SMTP server is configured; without one nothing is ever sent. */
    public boolean configured() {
        return session != null;
    }

    /** Sends one plain-text (UTF-8) mail to {@code address}; throws when the server or the address refuses it. */
    public void send(String address, String subject, String body) throws MessagingException {
        if (session == null) {
            throw new IllegalStateException("no SMTP server is configured (RK_SMTP_HOST)");
        }
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(from, true));
        mail.setRecipient(RecipientType.TO, new InternetAddress(address, true));
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        mail.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(mail);
    }

    private static Session session(String host, int port, Optional<String> user, String password, boolean startTls) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        Authenticator login = user.map(name -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, password);
            }
        }).orElse(null);
        return Session.getInstance(properties, login);
    }
}
