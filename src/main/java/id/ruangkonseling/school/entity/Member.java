package id.ruangkonseling.school.entity;

import id.ruangkonseling.platform.entity.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person in one school, known by the LMS's subject identifier ({@code sub}) within that school's
 * platform. Name and email are refreshed from every launch and may be missing.
 */
@Entity
@Table(name = "school_member")
public class Member extends SchoolScoped {

    /** The columns' sizes: what an LMS sends beyond them is cut ({@link LmsText}). */
    public static final int DISPLAY_NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "email")
    private String email;

    /** The language of the member's last launch that named a supported one; Indonesian when none did. */
    @Column(name = "language")
    private String language;

    @Column(name = "student", nullable = false)
    private boolean student;

    @Column(name = "teacher", nullable = false)
    private boolean teacher;

    @Column(name = "counselor", nullable = false)
    private boolean counselor;

    @Column(name = "school_admin", nullable = false)
    private boolean schoolAdmin;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** The subject an erased member keeps: not an LMS's, so no launch finds the row again. */
    private static final String ERASED = "erased-";

    /** When a school admin marked the student as having left the school; a later launch clears it. */
    @Column(name = "left_at")
    private Instant leftAt;

    protected Member() {
        // for JPA
    }

    public Member(School school, String subject, Instant firstSeenAt) {
        super(school);
        this.subject = Text.required(subject, "subject");
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        this.lastSeenAt = firstSeenAt;
    }

    /**
     * What a launch tells us about the person; a missing name or email clears what we had. A name longer
     * than its column is cut; an address too long for it is no address and is not kept.
     */
    public void seenInLaunch(String newDisplayName, String newEmail, Instant at) {
        this.displayName = LmsText.fitted(newDisplayName, "name", DISPLAY_NAME_LENGTH);
        this.email = LmsText.whole(newEmail, "e-mail address", EMAIL_LENGTH);
        if (at.isAfter(lastSeenAt)) {
            this.lastSeenAt = at;
        }
        if (leftAt != null && at.isAfter(leftAt)) {
            this.leftAt = null;
        }
    }

    /** A school admin says the person has left the school (graduated, moved): their retention time starts. */
    public void markLeft(Instant at) {
        this.leftAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Deletion on request: the row stays (the audit trail names it by id) but says nothing about the
     * person any more — no LMS identifier, name, email or role; a later launch makes a new member.
     */
    public void erase(Instant at) {
        this.subject = ERASED + id();
        this.displayName = null;
        this.email = null;
        this.student = false;
        this.teacher = false;
        this.counselor = false;
        this.schoolAdmin = false;
        this.leftAt = Objects.requireNonNull(at, "at");
    }

    /** The launch was in this language ({@code id}, {@code en-US} …); one the service does not speak changes nothing. */
    public void launchedIn(String languageTag) {
        Languages.supported(languageTag).ifPresent(locale -> this.language = locale.getLanguage());
    }

    /**
     * The LMS says this member teaches {@code course}: a teacher, and a counselor too when it is the
     * school's BK course (the school admin named it so; the LMS alone never makes a counselor).
     */
    public void teachesIn(CourseContext course) {
        if (!school().equals(course.school())) {
            throw new IllegalArgumentException("a member teaches only in their own school's courses");
        }
        grant(Role.TEACHER);
        if (school().isCounselingCourse(course)) {
            grant(Role.COUNSELOR);
        }
    }

    /**
     * What this member may do in a session opened by a launch with these LMS roles: exactly those, plus
     * counselor when the school named them one. A teacher who opens the tool as a learner somewhere is a
     * student there; roles seen in other launches do not carry over.
     */
    public Set<Role> rolesInLaunch(Set<Role> lmsRoles) {
        Set<Role> roles = lmsRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(lmsRoles);
        roles.remove(Role.COUNSELOR); // only the school makes counselors
        if (counselor) {
            roles.add(Role.COUNSELOR);
        }
        return roles;
    }

    public void grant(Role role) {
        setRole(role, true);
    }

    public void revoke(Role role) {
        setRole(role, false);
    }

    public boolean has(Role role) {
        return switch (role) {
            case STUDENT -> student;
            case TEACHER -> teacher;
            case COUNSELOR -> counselor;
            case SCHOOL_ADMIN -> schoolAdmin;
        };
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private void setRole(Role role, boolean held) {
        switch (role) {
            case STUDENT -> student = held;
            case TEACHER -> teacher = held;
            case COUNSELOR -> counselor = held;
            case SCHOOL_ADMIN -> schoolAdmin = held;
        }
    }

    public String subject() {
        return subject;
    }

    /** The name pages show: the one the LMS gave, or the member's number when it shared none. */
    public String shownName() {
        return shownName(id(), displayName);
    }

    /** {@link #shownName()} from a query's columns, without loading the member. */
    public static String shownName(long id, String displayName) {
        return displayName != null ? displayName : "#" + id;
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The language to write to the member in when no page is open: their LMS's, else Indonesian. */
    public Locale language() {
        return Languages.supported(language).orElse(Languages.INDONESIAN);
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    /** Whether the person's data was deleted on request and the row only stands for them in the audit trail. */
    public boolean isErased() {
        return subject.equals(ERASED + id());
    }

    public Optional<Instant> leftAt() {
        return Optional.ofNullable(leftAt);
    }
}
