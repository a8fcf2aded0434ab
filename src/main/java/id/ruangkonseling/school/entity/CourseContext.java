package id.ruangkonseling.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A course of a school as the LMS names it in launches (the LTI context). */
@Entity
@Table(name = "course_context")
public class CourseContext extends SchoolScoped {

    /** The columns' sizes: what an LMS sends beyond them is cut ({@link LmsText}). */
    public static final int TITLE_LENGTH = 255;
    public static final int LABEL_LENGTH = 100;

    @Column(name = "context_id", nullable = false, updatable = false)
    private String contextId;

    @Column(name = "title")
    private String title;

    @Column(name = "label")
    private String label;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "memberships_url")
    private String membershipsUrl;

    protected CourseContext() {
        // for JPA
    }

    public CourseContext(School school, String contextId, Instant firstSeenAt) {
        super(school);
        this.contextId = Text.required(contextId, "contextId");
        this.lastSeenAt = Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    }

    /** What a launch tells us about the course: the LMS may rename it at any time, and name it at any length. */
    public void seenInLaunch(String newTitle, String newLabel, Instant at) {
        this.title = LmsText.fitted(newTitle, "course title", TITLE_LENGTH);
        this.label = LmsText.fitted(newLabel, "course label", LABEL_LENGTH);
        if (at.isAfter(lastSeenAt)) {
            this.lastSeenAt = at;
        }
    }

    /**
     * Where the LMS serves this course's roster (LTI Names and Role Provisioning), as the latest launch
     * said: a launch without it means the LMS stopped offering it.
     */
    public void rosterServedAt(Optional<URI> newMembershipsUrl) {
        this.membershipsUrl = newMembershipsUrl.map(URI::toString).orElse(null);
    }

    public Optional<URI> membershipsUrl() {
        return Optional.ofNullable(membershipsUrl).map(URI::create);
    }

    public String contextId() {
        return contextId;
    }

    /** The name pages show: the LMS's title, else its short label, else its context id. */
    public String shownTitle() {
        return shownTitle(title, label, contextId);
    }

    /** {@link #shownTitle()} from a query's columns, without loading the course. */
    public static String shownTitle(String title, String label, String contextId) {
        return title != null ? title : label != null ? label : contextId;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
