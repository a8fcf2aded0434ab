package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.safeguarding.control.PhoneLinks;
import id.ruangkonseling.safeguarding.entity.CrisisPhrase;
import id.ruangkonseling.safeguarding.entity.HelpContact;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/crisis}: the school admin adds phrases to the crisis lexicon (regional languages too)
 * or turns phrases off, writes the help contacts students in crisis are shown, and puts a counselor on duty.
 */
@Named
@RequestScoped
public class CrisisPage {

    private static final String PAGE = "admin/crisis";

    @Inject
    CrisisSettings settings;

    @Inject
    SignedInMember signedIn;

    private CrisisSettings.Lexicon lexicon;
    private List<HelpContact> contacts;
    private List<Member> counselors;
    private String phrase;
    private String offPhrase;
    private String contactName;
    private String contactReach;
    private Long onDutyId;

    @PostConstruct
    void load() {
        CrisisSettings.Settings shown = settings.of(signedIn.as(Role.SCHOOL_ADMIN));
        lexicon = shown.lexicon();
        contacts = shown.contacts();
        counselors = shown.counselors();
        onDutyId = shown.onDutyId().orElse(null);
    }

    public void listen() throws IOException {
        change(phrase, "phrases:phrase", settings::listen, "admin.crisis.listened");
    }

    public void ignore() throws IOException {
        change(offPhrase, "off:offPhrase", settings::ignore, "admin.crisis.ignored");
    }

    /** A listed phrase, from its own button: the school's own is dropped, a shipped one turned off. */
    public void ignore(String listed) throws IOException {
        change(listed, "phrases:phrase", settings::ignore, "admin.crisis.ignored");
    }

    /** A shipped phrase the school turned off listens again. */
    public void restore(String turnedOff) throws IOException {
        change(turnedOff, "phrases:phrase", settings::listen, "admin.crisis.listened");
    }

    public void addContact() throws IOException {
        boolean nameOk = filled(contactName, HelpContact.NAME_LENGTH, "contacts:contactName");
        boolean reachOk = filled(contactReach, HelpContact.REACH_LENGTH, "contacts:contactReach");
        if (nameOk && reachOk) {
            settings.addContact(signedIn.as(Role.SCHOOL_ADMIN), contactName, contactReach);
            done("admin.crisis.contactAdded");
        }
    }

    public void removeContact(long contactId) throws IOException {
        settings.removeContact(signedIn.as(Role.SCHOOL_ADMIN), contactId);
        done("admin.crisis.contactRemoved");
    }

    public void saveDuty() throws IOException {
        boolean saved = settings.putOnDuty(signedIn.as(Role.SCHOOL_ADMIN), Optional.ofNullable(onDutyId));
        done(saved ? "admin.crisis.dutySaved" : "admin.counselors.notFound");
    }

    private void change(String text, String field, BiConsumer<Caller, String> action,
                        String doneKey) throws IOException {
        try {
            action.accept(signedIn.as(Role.SCHOOL_ADMIN), text);
            done(doneKey);
        } catch (IllegalArgumentException noWords) {
            Messages.addError(field, PageText.of("admin.crisis.invalid.phrase", CrisisPhrase.LENGTH));
        }
    }

    private static boolean filled(String text, int length, String field) {
        boolean ok = text != null && !text.isBlank() && text.strip().length() <= length;
        if (!ok) {
            Messages.addError(field, PageText.of("admin.crisis.invalid.contact", length));
        }
        return ok;
    }

    private static void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(PageText.of(key));
        Faces.redirect(PAGE);
    }

    /** Whether students see the shipped contacts, which the school should check or replace. */
    public boolean isUsingShippedContacts() {
        return contacts.isEmpty();
    }

    public List<HelpCard.Line> getShippedContacts() {
        return HelpCards.shipped(Faces.getResourceBundle("msg"));
    }

    /** The shipped phrases, comma separated, for the admin to read through. */
    public String getShippedPhrases() {
        return String.join(", ", lexicon.shipped());
    }

    public CrisisSettings.Lexicon getLexicon() {
        return lexicon;
    }

    /** A contact's "how to reach" with its numbers as links, as the student's help card shows it. */
    public List<PhoneLinks.Part> links(String reach) {
        return PhoneLinks.of(reach);
    }

    public List<HelpContact> getContacts() {
        return contacts;
    }

    public List<Member> getCounselors() {
        return counselors;
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = phrase;
    }

    public String getOffPhrase() {
        return offPhrase;
    }

    public void setOffPhrase(String offPhrase) {
        this.offPhrase = offPhrase;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactReach() {
        return contactReach;
    }

    public void setContactReach(String contactReach) {
        this.contactReach = contactReach;
    }

    public Long getOnDutyId() {
        return onDutyId;
    }

    public void setOnDutyId(Long onDutyId) {
        this.onDutyId = onDutyId;
    }
}
