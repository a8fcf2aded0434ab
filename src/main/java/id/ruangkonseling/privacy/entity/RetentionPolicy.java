package id.ruangkonseling.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's retention policy and the day its purge last ran. A school without a row keeps the
 * defaults; the row is made on the first change or purge, and locked while a purge runs.
 */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    /** Long enough for a student's return or a complaint about the counseling; short enough to mean it. */
    public static final int DEFAULT_KEEP_YEARS = 3;
    /** A school year without a launch: the student has most likely left the school. */
    public static final int DEFAULT_LEFT_AFTER_MONTHS = 12;
    public static final int MAX_KEEP_YEARS = 20;
    public static final int MAX_LEFT_AFTER_MONTHS = 60;

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "keep_years", nullable = false)
    private int keepYears;

    @Column(name = "left_after_months", nullable = false)
    private int leftAfterMonths;

    @Column(name = "last_purge_on")
    private LocalDate lastPurgeOn;

    @Column(name = "last_purged_at")
    private Instant lastPurgedAt;

    protected RetentionPolicy() {
        // for JPA
    }

    /** The defaults of a school. */
    public RetentionPolicy(long schoolId) {
        this.schoolId = schoolId;
        this.keepYears = DEFAULT_KEEP_YEARS;
        this.leftAfterMonths = DEFAULT_LEFT_AFTER_MONTHS;
    }

    /** A new policy; both numbers at least 1 and at most their maximum, else nothing changes. */
    public void change(int newKeepYears, int newLeftAfterMonths) {
        if (newKeepYears < 1 || newKeepYears > MAX_KEEP_YEARS) {
            throw new IllegalArgumentException("keep closed cases 1 to " + MAX_KEEP_YEARS + " years, not " + newKeepYears);
        }
        if (newLeftAfterMonths < 1 || newLeftAfterMonths > MAX_LEFT_AFTER_MONTHS) {
            throw new IllegalArgumentException("a student leaves after 1 to " + MAX_LEFT_AFTER_MONTHS + " months, not "
                    + newLeftAfterMonths);
        }
        this.keepYears = newKeepYears;
        this.leftAfterMonths = newLeftAfterMonths;
    }

    public void purged(LocalDate day, Instant at) {
        this.lastPurgeOn = Objects.requireNonNull(day, "day");
        this.lastPurgedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether the daily purge already ran on this school day. */
    public boolean purgedOn(LocalDate day) {
        return day.equals(lastPurgeOn);
    }

    public RetentionRule rule() {
        return new RetentionRule(keepYears, leftAfterMonths);
    }

    public long schoolId() {
        return schoolId;
    }

    public int keepYears() {
        return keepYears;
    }

    public int leftAfterMonths() {
        return leftAfterMonths;
    }

    public Optional<Instant> lastPurgedAt() {
        return Optional.ofNullable(lastPurgedAt);
    }
}
