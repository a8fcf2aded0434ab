package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.safeguarding.control.CrisisLexicons;
import id.ruangkonseling.safeguarding.control.CrisisMatcher;
import id.ruangkonseling.safeguarding.control.LexiconChanged;
import id.ruangkonseling.safeguarding.control.OnDuty;
import id.ruangkonseling.safeguarding.control.ShippedLexicon;
import id.ruangkonseling.safeguarding.entity.CrisisDuty;
import id.ruangkonseling.safeguarding.entity.CrisisPhrase;
import id.ruangkonseling.safeguarding.entity.HelpContact;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a school admin sets for crises on {@code /admin/crisis}: the phrases their school adds to the
 * shipped lexicon or turns off, the help contacts students are shown, and the counselor on duty. All
 * within the admin's own school; every change is audited (never the phrase).
 */
@ApplicationScoped
public class CrisisSettings {

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    CrisisLexicons lexicons;

    @Inject
    OnDuty onDuty;

    @Inject
    HelpCards helpCards;

    @Inject
    Event<LexiconChanged> lexiconChanged;

    Clock clock = Clock.systemUTC();

    /** The school's lexicon as the admin page shows it. */
    public record Lexicon(List<String> added, List<String> turnedOff, List<String> shipped) {
    }

    /** Everything {@code /admin/crisis} shows: the lexicon, the help contacts, the counselors and who is on duty. */
    public record Settings(Lexicon lexicon, List<HelpContact> contacts, List<Member> counselors, Optional<Long> onDutyId) {
    }

    /** The admin's school's crisis settings, read in one transaction. */
    @Transactional
    public Settings of(Caller admin) {
        School school = school(admin);
        List<CrisisPhrase> changes = lexicons.changesOf(school.id());
        Lexicon lexicon = new Lexicon(changes.stream().filter(CrisisPhrase::isListed).map(CrisisPhrase::phrase).toList(),
                changes.stream().filter(change -> !change.isListed()).map(CrisisPhrase::phrase).toList(),
                ShippedLexicon.phrases());
        return new Settings(lexicon, helpCards.schoolContacts(school.id()), onDuty.counselors(school),
                onDuty.dutyOf(school).map(CrisisDuty::counselor).map(Member::id));
    }

    /**
     * The school listens for {@code phrase} (any language, in its normal form); a shipped phrase the school had
     * turned off is on again. Throws {@link IllegalArgumentException} for a phrase without words or too long.
     */
    @Transactional
    public void listen(Caller admin, String phrase) {
        String normal = normal(phrase);
        School school = school(admin);
        Optional<CrisisPhrase> change = changeOf(school, normal);
        if (ShippedLexicon.phrases().contains(normal)) {
            change.ifPresent(entityManager::remove);
        } else if (change.isPresent()) {
            change.get().list(true, clock.instant());
        } else {
            entityManager.persist(new CrisisPhrase(school, normal, true, clock.instant()));
        }
        changed(admin, "phrase listened for");
    }

    /** The school no longer listens for {@code phrase}: its own is dropped, a shipped one turned off. */
    @Transactional
    public void ignore(Caller admin, String phrase) {
        String normal = normal(phrase);
        School school = school(admin);
        Optional<CrisisPhrase> change = changeOf(school, normal);
        if (!ShippedLexicon.phrases().contains(normal)) {
            change.ifPresent(entityManager::remove);
        } else if (change.isPresent()) {
            change.get().list(false, clock.instant());
        } else {
            entityManager.persist(new CrisisPhrase(school, normal, false, clock.instant()));
        }
        changed(admin, "phrase ignored");
    }

    /** Adds a help contact; throws {@link IllegalArgumentException} for an empty or too long name or reach. */
    @Transactional
    public void addContact(Caller admin, String name, String reach) {
        entityManager.persist(new HelpContact(school(admin), name, reach, clock.instant()));
        audit.record(admin.actor(), AuditAction.CRISIS_SETTINGS_CHANGED, Subject.of("school", admin.schoolId()), "contact added");
    }

    @Transactional
    public void removeContact(Caller admin, long contactId) {
        Optional.ofNullable(entityManager.find(HelpContact.class, contactId))
                .filter(contact -> contact.school().equals(school(admin))).ifPresent(contact -> {
                    entityManager.remove(contact);
                    audit.record(admin.actor(), AuditAction.CRISIS_SETTINGS_CHANGED, Subject.of("school", admin.schoolId()),
                            "contact removed");
                });
    }

    /** Puts a counselor of the school on duty, or with none, alerts every counselor; false for no such counselor. */
    @Transactional
    public boolean putOnDuty(Caller admin, Optional<Long> counselorId) {
        School school = school(admin);
        Optional<CrisisDuty> duty = onDuty.dutyOf(school);
        if (counselorId.isEmpty()) {
            duty.ifPresent(entityManager::remove);
        } else {
            Optional<Member> counselor = schools.findMember(school, counselorId.get()).filter(m -> m.has(Role.COUNSELOR));
            if (counselor.isEmpty()) {
                return false;
            }
            duty.ifPresentOrElse(d -> d.handTo(counselor.get(), clock.instant()),
                    () -> entityManager.persist(new CrisisDuty(counselor.get(), clock.instant())));
        }
        audit.record(admin.actor(), AuditAction.CRISIS_SETTINGS_CHANGED, Subject.of("school", admin.schoolId()), "duty changed");
        return true;
    }

    private void changed(Caller admin, String what) {
        audit.record(admin.actor(), AuditAction.CRISIS_LEXICON_CHANGED, Subject.of("school", admin.schoolId()), what);
        lexiconChanged.fire(new LexiconChanged(admin.schoolId()));
    }

    private Optional<CrisisPhrase> changeOf(School school, String normal) {
        return entityManager.createQuery("SELECT p FROM CrisisPhrase p WHERE p.school = :school AND p.phrase = :phrase",
                CrisisPhrase.class).setParameter("school", school).setParameter("phrase", normal).getResultStream().findFirst();
    }

    private static String normal(String phrase) {
        String normal = CrisisMatcher.normalize(phrase);
        if (normal.isEmpty() || normal.length() > CrisisPhrase.LENGTH) {
            throw new IllegalArgumentException("a crisis phrase has 1 to " + CrisisPhrase.LENGTH + " characters of words");
        }
        return normal;
    }

    private School school(Caller admin) {
        return callers.schoolAdmin(admin).school();
    }
}
