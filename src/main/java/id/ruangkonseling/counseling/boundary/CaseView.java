package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.TimelineEntry;
import id.ruangkonseling.school.boundary.SchoolAuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as its counselor reads it on the case page: whose, from which courses, where it stands, the
 * outcome it was last closed with (or empty), its story in order, who read or changed it, and when the
 * student's words last escalated it as a crisis and from which kind of text ({@code REQUEST}, {@code MESSAGE}).
 */
public record CaseView(CaseSummary summary, List<String> courses, Instant openedAt, String outcome,
                       List<TimelineEntry> timeline, List<SchoolAuditTrail.Line> trail, Optional<Instant> crisisAt,
                       String crisisSource) {

    /** Whether the student's words ever escalated the case (pages test this, not an Optional). */
    public boolean isCrisis() {
        return crisisAt.isPresent();
    }

    /** Whether the case was ever closed with an outcome (empty otherwise: pages test this, not an Optional). */
    public boolean hasOutcome() {
        return !outcome.isEmpty();
    }

    public String coursesText() {
        return String.join(", ", courses);
    }
}
