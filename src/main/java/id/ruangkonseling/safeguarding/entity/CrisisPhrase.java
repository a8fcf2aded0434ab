package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One school's change to the shipped crisis lexicon: a phrase it adds (in any language its students
 * write, regional ones too) or a shipped phrase it turns off. Kept in the matcher's normal form (the
 * caller's to make), so that "Pengin  Mati Wae!" and "pengin mati wae" are one phrase.
 */
@Entity
@Table(name = "crisis_phrase")
public class CrisisPhrase extends SchoolScoped {

    public static final int LENGTH = 200;

    @Column(name = "phrase", nullable = false, updatable = false)
    private String phrase;

    /** True: the school listens for it; false: a shipped phrase the school turned off. */
    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CrisisPhrase() {
        // for JPA
    }

    public CrisisPhrase(School school, String normalPhrase, boolean listed, Instant now) {
        super(school);
        if (normalPhrase == null || normalPhrase.isBlank() || normalPhrase.length() > LENGTH) {
            throw new IllegalArgumentException("a crisis phrase has 1 to " + LENGTH + " characters of words");
        }
        this.phrase = normalPhrase;
        this.listed = listed;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public void list(boolean listenedFor, Instant now) {
        this.listed = listenedFor;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public String phrase() {
        return phrase;
    }

    public boolean isListed() {
        return listed;
    }
}
