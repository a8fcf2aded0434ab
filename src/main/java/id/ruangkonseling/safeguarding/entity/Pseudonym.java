package id.ruangkonseling.safeguarding.entity;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name counselors see instead of a student's who asked to stay unnamed: "Siswa" and four characters,
 * unique in the school and the same for all the student's unnamed requests. It hides the name until it is
 * revealed — by the student, or by a counselor's break-glass — and hides it again when the student makes a
 * new unnamed request.
 */
@Entity
@Table(name = "pseudonym")
public class Pseudonym extends SchoolScoped {

    /** No 0/O, 1/I/L: a code read aloud or copied by hand stays the same code. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 4;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Member student;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    protected Pseudonym() {
        // for JPA
    }

    /** The student's pseudonym with a code the caller checked is free in the school; it hides the name at once. */
    public Pseudonym(Member student, String code, Instant now) {
        super(Objects.requireNonNull(student, "student").school());
        if (!student.has(Role.STUDENT)) {
            throw new IllegalArgumentException("only a student stays unnamed");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a pseudonym's code is " + LENGTH + " characters of " + ALPHABET);
        }
        this.student = student;
        this.code = code;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The student asked to stay unnamed again: counselors see the pseudonym again, with the same code. */
    public void hide() {
        this.revealedAt = null;
    }

    /** From now on counselors see the student's name. */
    public void reveal(Instant now) {
        if (revealedAt == null) {
            this.revealedAt = Objects.requireNonNull(now, "now");
        }
    }

    public boolean hidesName() {
        return revealedAt == null;
    }

    /** What counselors read and say: the same in both languages, like a name. */
    public String label() {
        return labelOf(code);
    }

    /** The label of the pseudonym with this code, for a list that reads codes alone. */
    public static String labelOf(String code) {
        return "Siswa " + code;
    }

    public Member student() {
        return student;
    }

    public String code() {
        return code;
    }

    public Optional<Instant> revealedAt() {
        return Optional.ofNullable(revealedAt);
    }
}
