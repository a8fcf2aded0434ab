package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a student has typed into the request form so far, kept as they type so that a timed-out session
 * loses nothing. Any part may be missing; it is checked only when the request is sent. Texts are kept
 * up to twice the form's limits, so that even an over-long text survives to be shortened.
 */
@Entity
@Table(name = "request_draft")
public class RequestDraft extends SchoolScoped {

    public static final int TEXT_LENGTH = 2 * CounselingRequest.ABOUT_LENGTH;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field")
    private ServiceField field;

    @Convert(converter = EncryptedText.class)
    @Column(name = "about")
    private String about;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency")
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode")
    private ContactMode mode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "availability")
    private String availability;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected RequestDraft() {
        // for JPA
    }

    public RequestDraft(Member student, Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        this.student = student;
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    /** Keeps what the form holds now, in place of what it held before. */
    public void keep(Draft draft, Instant now) {
        this.field = draft.field().orElse(null);
        this.about = draft.about().map(text -> requireLength(text, "about")).orElse(null);
        this.urgency = draft.urgency().orElse(null);
        this.mode = draft.mode().orElse(null);
        this.availability = draft.availability().map(text -> requireLength(text, "availability")).orElse(null);
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    private static String requireLength(String text, String what) {
        if (text.length() > TEXT_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than a draft keeps");
        }
        return text;
    }

    public Draft draft() {
        return new Draft(Optional.ofNullable(field), Optional.ofNullable(about), Optional.ofNullable(urgency),
                Optional.ofNullable(mode), Optional.ofNullable(availability));
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Member student() {
        return student;
    }

    /** The parts of a request form, each of which may still be empty. */
    public record Draft(Optional<ServiceField> field, Optional<String> about, Optional<Urgency> urgency,
                        Optional<ContactMode> mode, Optional<String> availability) {
    }
}
