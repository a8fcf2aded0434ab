package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The counselor the school admin put on duty for crises: the one alerted first. One per school at most. */
@Entity
@Table(name = "crisis_duty")
public class CrisisDuty extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counselor_id", nullable = false)
    private Member counselor;

    @Column(name = "since", nullable = false)
    private Instant since;

    protected CrisisDuty() {
        // for JPA
    }

    public CrisisDuty(Member counselor, Instant now) {
        super(Objects.requireNonNull(counselor, "counselor").school());
        this.counselor = onDuty(counselor, counselor.school());
        this.since = Objects.requireNonNull(now, "now");
    }

    /** Another counselor of the same school takes the duty over. */
    public void handTo(Member nextCounselor, Instant now) {
        this.counselor = onDuty(nextCounselor, school());
        this.since = Objects.requireNonNull(now, "now");
    }

    private static Member onDuty(Member counselor, School school) {
        if (!counselor.has(Role.COUNSELOR) || school != null && !counselor.school().equals(school)) {
            throw new IllegalArgumentException("only a counselor of the school is on duty");
        }
        return counselor;
    }

    public Member counselor() {
        return counselor;
    }
}
