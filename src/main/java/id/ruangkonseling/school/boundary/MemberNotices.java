package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.control.Mail;
import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Sends one plain-text e-mail notice to a member, at the address their LMS shared ({@link Member#email()}),
 * in their language ({@link Member#language()}), with subject and body from the bundles. For whoever must
 * tell someone who is not looking — a new chat message, later an escalation. Never throws: a notice that
 * cannot go is logged without address or text, and whatever caused it stands.
 */
@ApplicationScoped
public class MemberNotices {

    private static final Logger LOG = System.getLogger(MemberNotices.class.getName());
    private static final String BUNDLE = "id.ruangkonseling.i18n.messages";

    @Inject
    EntityManager entityManager;

    @Inject
    Mail mail;

    /** Sends the notice to the member with this id, if there is one; see {@link #send(Member, String, String, Object...)}. */
    @Transactional
    public boolean send(long memberId, String subjectKey, String bodyKey, Object... arguments) {
        return Optional.ofNullable(entityManager.find(Member.class, memberId))
                .map(member -> send(member, subjectKey, bodyKey, arguments))
                .orElse(false);
    }

    /**
     * Sends the texts of {@code subjectKey} and {@code bodyKey}, formatted with {@code arguments}, to the
     * member; whether it went. Nothing goes without an SMTP server or without an address.
     */
    public boolean send(Member recipient, String subjectKey, String bodyKey, Object... arguments) {
        if (!mail.configured()) {
            return false;
        }
        Optional<String> address = recipient.email();
        if (address.isEmpty()) {
            LOG.log(Level.INFO, "No e-mail notice to member {0}: the LMS shared no address", recipient.id());
            return false;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, recipient.language(), MemberNotices.class.getClassLoader());
        try {
            mail.send(address.get(), text(texts, subjectKey, arguments), text(texts, bodyKey, arguments));
            return true;
        } catch (Exception failed) { // the SMTP server, the address or the network: the notice is lost, nothing else
            LOG.log(Level.WARNING, "An e-mail notice to member {0} could not be sent ({1})", recipient.id(),
                    failed.getClass().getSimpleName());
            return false;
        }
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return Texts.format(texts.getString(key), texts.getLocale(), arguments);
    }
}
