package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
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
 * The in-app alert a counselor on duty gets when a student's words escalated a request or case: shown on
 * their desk until they open the case or say they have seen it. One unseen notice per counselor and
 * record at a time, however many messages match meanwhile.
 */
@Entity
@Table(name = "crisis_notice")
public class CrisisNotice extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false, updatable = false)
    private Member counselor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private CounselingRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CounselingCase counselingCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "crisis_source", nullable = false, updatable = false)
    private CrisisSource source;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected CrisisNotice() {
        // for JPA
    }

    /** A notice to {@code counselor} about a request (with its case once taken up) or a case without a request. */
    public CrisisNotice(Member counselor, CounselingRequest request, CounselingCase counselingCase, CrisisSource source,
                        Instant now) {
        super(Objects.requireNonNull(counselor, "counselor").school());
        if (request == null && counselingCase == null) {
            throw new IllegalArgumentException("a crisis notice is about a request or a case");
        }
        this.counselor = counselor;
        this.request = request;
        this.counselingCase = counselingCase;
        this.source = Objects.requireNonNull(source, "source");
        this.raisedAt = Objects.requireNonNull(now, "now");
    }

    public void seen(Instant now) {
        if (seenAt == null) {
            this.seenAt = Objects.requireNonNull(now, "now");
        }
    }

    public Member counselor() {
        return counselor;
    }

    public Optional<CounselingRequest> request() {
        return Optional.ofNullable(request);
    }

    /** The case it is about: its own, or the one its request became. */
    public Optional<CounselingCase> counselingCase() {
        return Optional.ofNullable(counselingCase).or(() -> request().flatMap(CounselingRequest::counselingCase));
    }

    public CrisisSource source() {
        return source;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
