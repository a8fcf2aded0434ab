package id.ruangkonseling.counseling.control;

import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The name a counselor sees for the student of a request, a case or an appointment: the student's pseudonym
 * while one made unnamed hides it, else the name. Read within the caller's transaction.
 */
@ApplicationScoped
public class StudentNames {

    @Inject
    Pseudonyms pseudonyms;

    public String of(CounselingRequest request) {
        return shown(request.student(), request.isUnnamed());
    }

    public String of(CounselingCase counselingCase) {
        return shown(counselingCase.student(), counselingCase.isUnnamed());
    }

    /** An appointment of an unnamed case, or of none while the student stays unnamed, shows the pseudonym. */
    public String of(Appointment appointment) {
        Member student = appointment.student();
        return pseudonyms.shownInstead(student, appointment.counselingCase().map(CounselingCase::isUnnamed).orElse(true))
                .orElseGet(() -> student.displayName().orElse("#" + student.id()));
    }

    /** Whether the counselor sees the case's student only by their pseudonym. */
    public boolean hides(CounselingCase counselingCase) {
        return pseudonymOf(counselingCase).isPresent();
    }

    /** The pseudonym the counselor sees instead of the case's student's name; empty when the name shows. */
    public Optional<String> pseudonymOf(CounselingCase counselingCase) {
        return pseudonyms.shownInstead(counselingCase.student(), counselingCase.isUnnamed());
    }

    /** {@link #pseudonymOf} for a whole list of cases, by student id, in one statement. */
    public Map<Long, String> pseudonymsOf(Collection<CounselingCase> cases) {
        return pseudonyms.shownInstead(cases.stream().filter(CounselingCase::isUnnamed).map(c -> c.student().id())
                .collect(Collectors.toSet()));
    }

    private String shown(Member student, boolean unnamed) {
        return pseudonyms.shownInstead(student, unnamed).orElseGet(student::shownName);
    }
}
