package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.safeguarding.entity.IdentityReveal;
import id.ruangkonseling.safeguarding.entity.Pseudonym;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A student's pseudonym from their side — which one counselors see, showing the name themselves (audited),
 * and being told of every counselor's break-glass — and the school admin's list of break-glass reveals.
 */
@ApplicationScoped
public class IdentityReveals {

    @Inject
    SchoolDirectory schools;

    @Inject
    Callers callers;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    AuditTrail audit;

    /** A counselor's break-glass as the student is told of it and the school admin reads it. */
    public record BreakGlass(Instant at, String counselorName, String pseudonym, String studentName, String reason) {

        static BreakGlass of(IdentityReveal reveal) {
            return new BreakGlass(reveal.revealedAt(), reveal.counselor().map(Member::shownName).orElse(""),
                    reveal.pseudonym().label(), reveal.pseudonym().student().shownName(), reveal.reason().orElse(""));
        }
    }

    /** The pseudonym counselors see instead of the student's name; empty when they see the name. */
    @Transactional
    public Optional<String> hiddenBehind(Caller student) {
        return pseudonyms.of(callers.student(student)).filter(Pseudonym::hidesName).map(Pseudonym::label);
    }

    /** The student shows counselors their name from now on; false when it was not hidden. */
    @Transactional
    public boolean revealMine(Caller student) {
        Optional<IdentityReveal> reveal = pseudonyms.revealByStudent(callers.student(student));
        reveal.ifPresent(done -> audit.record(student.actor(), AuditAction.IDENTITY_REVEALED_BY_STUDENT,
                Subject.of("pseudonym", done.pseudonym().id()), null));
        return reveal.isPresent();
    }

    /** Every time a counselor revealed the student's name, the newest first: the student is told. */
    @Transactional
    public List<BreakGlass> toldTo(Caller student) {
        return pseudonyms.breakGlassAbout(callers.student(student)).stream().map(BreakGlass::of).toList();
    }

    /** The school's break-glass reveals, the newest first; nothing for anyone who is not its admin. */
    @Transactional
    public List<BreakGlass> inSchool(Caller admin) {
        return schools.find(admin.schoolId()).filter(school -> admin.is(Role.SCHOOL_ADMIN))
                .map(school -> pseudonyms.breakGlassIn(school).stream().map(BreakGlass::of).toList())
                .orElseGet(List::of);
    }
}
