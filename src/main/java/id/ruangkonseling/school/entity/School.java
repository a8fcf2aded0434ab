package id.ruangkonseling.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import id.ruangkonseling.platform.entity.DateTimes;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A school: one LMS deployment (platform issuer, client id and deployment id) and one tenant. Nothing
 * of one school is ever shown to another.
 */
@Entity
@Table(name = "school")
public class School {

    /** Where most of our schools are; a school admin can change it. */
    public static final ZoneId DEFAULT_TIME_ZONE = DateTimes.DEFAULT_ZONE;

    /** The name column's size; an LMS's name for itself is cut to it ({@link LmsText}). */
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuer", nullable = false, updatable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "deployment_id", nullable = false, updatable = false)
    private String deploymentId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counseling_course_id")
    private CourseContext counselingCourse;

    protected School() {
        // for JPA
    }

    public School(String issuer, String clientId, String deploymentId, String name, Instant createdAt) {
        this.issuer = Text.required(issuer, "issuer");
        this.clientId = Text.required(clientId, "clientId");
        this.deploymentId = Text.required(deploymentId, "deploymentId");
        this.name = Text.required(name, "name");
        this.timeZone = DEFAULT_TIME_ZONE.getId();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        this.name = Text.required(newName, "name");
    }

    public void moveToTimeZone(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone, "zone").getId();
    }

    /**
     * Names the school's BK course: whoever teaches it (an LMS instructor there) is a counselor from
     * their next launch from it. A course of another school cannot be named.
     */
    public void nameCounselingCourse(CourseContext course) {
        if (!this.equals(course.school())) {
            throw new IllegalArgumentException("course " + course.id() + " is not a course of school " + id);
        }
        this.counselingCourse = course;
    }

    /** No course makes counselors any more; counselors named so far stay until the admin releases them. */
    public void clearCounselingCourse() {
        this.counselingCourse = null;
    }

    public Optional<CourseContext> counselingCourse() {
        return Optional.ofNullable(counselingCourse);
    }

    public boolean isCounselingCourse(CourseContext course) {
        return counselingCourse != null && counselingCourse.equals(course);
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
