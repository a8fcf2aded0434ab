package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.school.boundary.SignedInMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs the help card include ({@code WEB-INF/includes/help-card.xhtml}): shown on the student's home right
 * after a request whose words matched the crisis lexicon, with the school's help contacts.
 */
@Named
@RequestScoped
public class HelpCardView {

    /** The flash attribute a page sets to show the card on the page it redirects to. */
    public static final String SHOW = "rk.crisisHelp";

    @Inject
    HelpCards helpCards;

    @Inject
    SignedInMember signedIn;

    private List<HelpCard.Line> contacts;

    public boolean isShown() {
        return Boolean.TRUE.equals(Faces.getFlashAttribute(SHOW));
    }

    public List<HelpCard.Line> getContacts() {
        if (contacts == null) {
            contacts = helpCards.contacts(signedIn.getSchoolId(), Faces.getResourceBundle("msg"));
        }
        return contacts;
    }
}
