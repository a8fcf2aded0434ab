package id.ruangkonseling.counseling.entity;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The mark a student's words of the crisis lexicon leave on a request or case: when they last matched and in
 * which kind of text, never the words. A value, replaced whole when it happens again; the same columns
 * ({@code crisis_at}, {@code crisis_source}) in both tables. EclipseLink loads a never-escalated row's mark as
 * {@code null}, so the entities that embed it answer through {@code Optional}.
 */
@Embeddable
public class CrisisMark implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "crisis_at")
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "crisis_source")
    private CrisisSource source;

    protected CrisisMark() {
        // for JPA
    }

    public CrisisMark(CrisisSource source, Instant at) {
        this.source = Objects.requireNonNull(source, "source");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** Whether both halves were stored: a row with only one of them (never written so) counts as unmarked. */
    boolean isComplete() {
        return at != null && source != null;
    }

    public Instant at() {
        return at;
    }

    public CrisisSource source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrisisMark mark && Objects.equals(at, mark.at) && source == mark.source;
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, source);
    }

    @Override
    public String toString() {
        return "CrisisMark[" + source + " at " + at + "]";
    }
}
