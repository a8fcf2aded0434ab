package id.ruangkonseling.needs.entity;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One student's answer in one round: their choices and note (both encrypted at rest), whether they asked
 * to stay unnamed, and the counseling request their wish to talk became, once it did. Only they and the
 * school's counselors ever read it; it changes only while the round is open. It is a draft until the student sends
 * it: only a sent answer counts, and only a sent wish to talk reaches the counselor.
 */
@Entity
@Table(name = "needs_answer")
public class NeedsAnswer extends SchoolScoped {

    public static final int NOTE_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private NeedsRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @Convert(converter = EncryptedText.class)
    @Column(name = "choices", nullable = false)
    private String choices;

    @Convert(converter = EncryptedText.class)
    @Column(name = "note")
    private String note;

    @Column(name = "unnamed", nullable = false)
    private boolean unnamed;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "request_id")
    private Long requestId;

    protected NeedsAnswer() {
        // for JPA
    }

    public NeedsAnswer(NeedsRound round, Member student, Instant now) {
        super(round.school());
        if (!student.has(Role.STUDENT) || !Objects.equals(student.school().id(), round.school().id())) {
            throw new IllegalArgumentException("only a student of the round's school answers it");
        }
        this.round = round;
        this.student = student;
        this.choices = Choices.NONE.stored();
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    /** Keeps the student's answer as it stands now, while the round is open. */
    public void keep(Choices newChoices, Optional<String> newNote, boolean stayUnnamed, Instant now) {
        round.requireOpen();
        this.choices = newChoices.within(Set.copyOf(round.itemIds())).stored();
        this.note = newNote.filter(text -> !text.isBlank()).map(text -> Text.required(text, "note", NOTE_LENGTH)).orElse(null);
        this.unnamed = stayUnnamed;
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    /** The student sent their answer as it stands (again, if they changed it since), while the round is open. */
    public void submit(Instant now) {
        round.requireOpen();
        this.submittedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The wish to talk became this counseling request: it is on the desk and is not offered again. */
    public void becameRequest(long id) {
        if (requestId != null) {
            throw new IllegalStateException("this answer already became a request");
        }
        this.requestId = id;
    }

    public Choices choices() {
        return Choices.parse(choices);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** A sent answer that asks to talk: a draft's tick does not reach the counselor. */
    public boolean wantsToTalk() {
        return isSubmitted() && !choices().talk().isEmpty();
    }

    public Optional<Long> requestId() {
        return Optional.ofNullable(requestId);
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    public NeedsRound round() {
        return round;
    }

    public Member student() {
        return student;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
