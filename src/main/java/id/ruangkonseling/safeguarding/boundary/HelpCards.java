package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.safeguarding.entity.HelpContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Makes the help card in the reader's language: the school's own help contacts, or — until the school
 * admin wrote some — the shipped national ones, which the admin page asks them to verify.
 */
@ApplicationScoped
public class HelpCards {

    /** The shipped contacts, each with a {@code .name} and a {@code .reach} in the bundles. */
    static final List<String> SHIPPED = List.of("emergency", "mentalHealth", "violence");

    @Inject
    EntityManager entityManager;

    @Transactional
    public HelpCard card(long schoolId, ResourceBundle texts) {
        return new HelpCard(texts.getString("crisis.card.title"), texts.getString("crisis.card.text"),
                contacts(schoolId, texts));
    }

    /** The contacts the school wrote, in the order it added them, or the shipped ones while it wrote none. */
    @Transactional
    public List<HelpCard.Line> contacts(long schoolId, ResourceBundle texts) {
        List<HelpCard.Line> own = schoolContacts(schoolId).stream()
                .map(contact -> new HelpCard.Line(contact.name(), contact.reach())).toList();
        return own.isEmpty() ? shipped(texts) : own;
    }

    /** The school's own contacts, oldest first. */
    @Transactional
    public List<HelpContact> schoolContacts(long schoolId) {
        return entityManager.createQuery("SELECT c FROM HelpContact c WHERE c.school.id = :school ORDER BY c.id",
                HelpContact.class).setParameter("school", schoolId).getResultList();
    }

    static List<HelpCard.Line> shipped(ResourceBundle texts) {
        return SHIPPED.stream().map(contact -> "crisis.help.default." + contact)
                .map(key -> new HelpCard.Line(texts.getString(key + ".name"), texts.getString(key + ".reach"))).toList();
    }
}
