package id.ruangkonseling.needs.entity;

import id.ruangkonseling.platform.entity.NotPossible;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of the questionnaire in one course (class): the items active when it opened, kept as they were,
 * and whether students may still answer. It stays open until a counselor closes it.
 */
@Entity
@Table(name = "needs_round")
public class NeedsRound extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseContext course;

    @Column(name = "item_ids", nullable = false, updatable = false)
    private String itemIds;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected NeedsRound() {
        // for JPA
    }

    public NeedsRound(CourseContext course, List<NeedsItem> items, Instant now) {
        super(course.school());
        if (items.isEmpty() || items.stream().anyMatch(item -> !Objects.equals(item.school().id(), course.school().id()))) {
            throw new IllegalArgumentException("a round asks at least one item, all of the course's school");
        }
        this.course = course;
        this.itemIds = items.stream().map(item -> item.id().toString()).collect(Collectors.joining(","));
        this.openedAt = Objects.requireNonNull(now, "now");
    }

    /** No more answers, nor changes to answers given. */
    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** Answers may be given or changed now, else {@link NotPossible}. */
    public void requireOpen() {
        if (!isOpen()) {
            throw new NotPossible("needs.closed", "the round is closed");
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** The ids of the items this round asks, in the questionnaire's order. */
    public List<Long> itemIds() {
        return Arrays.stream(itemIds.split(",")).map(Long::valueOf).toList();
    }

    public CourseContext course() {
        return course;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
