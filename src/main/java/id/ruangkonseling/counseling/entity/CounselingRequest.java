package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Text;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.persistence.CascadeType;
import id.ruangkonseling.platform.entity.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's request for counseling (permohonan konseling): what it is about, how urgent, how they
 * want to talk and when they are free, made after reading what stays confidential and what does not.
 * A counselor accepts it, which opens the case, or declines it with a reason the student reads.
 */
@Entity
@Table(name = "counseling_request")
public class CounselingRequest extends SchoolScoped {

    /** As long as a student needs to say it; the same limit as one chat message. */
    public static final int ABOUT_LENGTH = 4000;
    public static final int AVAILABILITY_LENGTH = 500;
    public static final int DECLINE_REASON_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, updatable = false)
    private ServiceField field;

    @Convert(converter = EncryptedText.class)
    @Column(name = "about", nullable = false, updatable = false)
    private String about;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, updatable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode", nullable = false, updatable = false)
    private ContactMode mode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "availability", updatable = false)
    private String availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RequestStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "counseling_case_id")
    private CounselingCase counselingCase;

    @Convert(converter = EncryptedText.class)
    @Column(name = "decline_reason")
    private String declineReason;

    /** The student asked to stay unnamed: counselors see their pseudonym until the name is revealed. */
    @Column(name = "unnamed", nullable = false, updatable = false)
    private boolean unnamed;

    /** The conversation opened with the request, so the student can write while waiting. */
    @Column(name = "conversation_id")
    private Long conversationId;

    /** When and in which kind of text the student's words last matched the crisis lexicon; null while they never did. */
    @Embedded
    private CrisisMark crisis;

    protected CounselingRequest() {
        // for JPA
    }

    /**
     * A request of {@code student}, who has acknowledged the confidentiality statement and its limits;
     * without that acknowledgement there is no request.
     */
    public CounselingRequest(Member student, RequestContent content, boolean confidentialityAcknowledged, Instant now) {
        this(student, content, confidentialityAcknowledged, false, now);
    }

    /** A request as above, made {@code unnamed}: the case it opens is unnamed too. */
    public CounselingRequest(Member student, RequestContent content, boolean confidentialityAcknowledged, boolean unnamed,
                             Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        if (!student.has(Role.STUDENT)) {
            throw new IllegalArgumentException("only a student asks for counseling");
        }
        if (!confidentialityAcknowledged) {
            throw new IllegalArgumentException("the student must acknowledge what stays confidential and what does not");
        }
        this.student = student;
        this.field = Objects.requireNonNull(content.field(), "field");
        this.about = Text.required(content.about(), "about", ABOUT_LENGTH);
        this.urgency = Objects.requireNonNull(content.urgency(), "urgency");
        this.mode = Objects.requireNonNull(content.mode(), "mode");
        this.availability = content.availability().map(text -> Text.required(text, "availability", AVAILABILITY_LENGTH))
                .orElse(null);
        this.status = RequestStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now, "now");
        this.unnamed = unnamed;
    }

    /** A counselor of the school takes the request up: it becomes their case, which this answers. */
    public CounselingCase accept(Member counselor, Instant now) {
        requireSubmitted();
        this.counselingCase = new CounselingCase(student, counselor, unnamed, now);
        // the case carries the request's crisis on: a copy of the mark, since an embedded value belongs to one entity
        crisis().ifPresent(mark -> counselingCase.escalate(mark.source(), mark.at()));
        this.status = RequestStatus.ACCEPTED;
        this.decidedAt = now;
        return counselingCase;
    }

    /** Declines the request with a reason the student reads, in kind words. */
    public void decline(String reason, Instant now) {
        requireSubmitted();
        this.declineReason = Text.required(reason, "reason", DECLINE_REASON_LENGTH);
        this.status = RequestStatus.DECLINED;
        this.decidedAt = Objects.requireNonNull(now, "now");
    }

    /** The request's conversation, opened with it; it is set once. */
    public void openedConversation(long id) {
        if (conversationId != null) {
            throw new IllegalStateException("the request already has its conversation");
        }
        this.conversationId = id;
    }

    /**
     * The student's words matched the crisis lexicon: the request is marked urgent for every counselor of the
     * school, with when and from which kind of text (the latest, if it happens again).
     */
    public void escalate(CrisisSource source, Instant now) {
        this.crisis = new CrisisMark(source, now);
    }

    /** When and from which kind of text it was last escalated as a crisis; empty if never (also after a load). */
    public Optional<CrisisMark> crisis() {
        return Optional.ofNullable(crisis).filter(CrisisMark::isComplete);
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public boolean isFrom(Member member) {
        return student.equals(member);
    }

    private void requireSubmitted() {
        if (status != RequestStatus.SUBMITTED) {
            throw new IllegalStateException("the request was already " + status);
        }
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    public Member student() {
        return student;
    }

    public RequestContent content() {
        return new RequestContent(field, about, urgency, mode, Optional.ofNullable(availability));
    }

    public RequestStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<CounselingCase> counselingCase() {
        return Optional.ofNullable(counselingCase);
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }
}
