package id.ruangkonseling.safeguarding.control;

import id.ruangkonseling.safeguarding.entity.CrisisDuty;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Who is alerted when a student of the school may be in crisis: the counselor the school admin put on
 * duty — or, with none on duty (or one who is no longer a counselor), every counselor of the school.
 * Read within the caller's transaction.
 */
@ApplicationScoped
public class OnDuty {

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    /** The school's duty, if the admin set one. */
    public Optional<CrisisDuty> dutyOf(School school) {
        return entityManager.createQuery("SELECT d FROM CrisisDuty d WHERE d.school = :school", CrisisDuty.class)
                .setParameter("school", school).getResultStream().findFirst();
    }

    /** The counselors to alert, at least one whenever the school has a counselor. */
    public List<Member> alerted(School school) {
        return dutyOf(school).map(CrisisDuty::counselor).filter(counselor -> counselor.has(Role.COUNSELOR))
                .map(List::of).orElseGet(() -> counselors(school));
    }

    /** The school's counselors, by name. */
    public List<Member> counselors(School school) {
        return schools.staff(school).stream().filter(member -> member.has(Role.COUNSELOR)).toList();
    }
}
