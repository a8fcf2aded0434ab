package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.SchoolScoped;
import id.ruangkonseling.school.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case note (catatan konseling): what a session was, what was said in short, the plan and when to follow
 * up. Written by the case's counselor, read only by counselors, and never changed once written.
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends SchoolScoped {

    public static final int SUMMARY_LENGTH = 4000;
    public static final int PLAN_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CounselingCase counselingCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Member author;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode", nullable = false, updatable = false)
    private ContactMode mode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Convert(converter = EncryptedText.class)
    @Column(name = "plan", updatable = false)
    private String plan;

    @Column(name = "follow_up_on", updatable = false)
    private LocalDate followUpOn;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected CaseNote() {
        // for JPA
    }

    CaseNote(CounselingCase counselingCase, Member author, NoteContent content, Instant now) {
        super(counselingCase.school());
        this.counselingCase = counselingCase;
        this.author = author;
        this.heldOn = Objects.requireNonNull(content.heldOn(), "heldOn");
        this.mode = Objects.requireNonNull(content.mode(), "mode");
        this.summary = Text.required(content.summary(), "summary", SUMMARY_LENGTH);
        this.plan = content.plan().map(text -> Text.required(text, "plan", PLAN_LENGTH)).orElse(null);
        this.followUpOn = content.followUpOn().orElse(null);
        if (followUpOn != null && followUpOn.isBefore(heldOn)) {
            throw new IllegalArgumentException("a follow-up comes after the session it follows");
        }
        this.writtenAt = Objects.requireNonNull(now, "now");
    }

    public CounselingCase counselingCase() {
        return counselingCase;
    }

    public Member author() {
        return author;
    }

    public NoteContent content() {
        return new NoteContent(heldOn, mode, summary, Optional.ofNullable(plan), Optional.ofNullable(followUpOn));
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
