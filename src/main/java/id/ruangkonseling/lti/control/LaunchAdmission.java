package id.ruangkonseling.lti.control;

import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Lets the person of a verified launch, LTI 1.3 or 1.1, into their school: finds or creates the member
 * and the course and brings them up to date with what the LMS said, in the caller's transaction.
 */
@ApplicationScoped
public class LaunchAdmission {

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    public LaunchedMember admit(School school, Launch launch, Instant now) {
        Member member = schools.member(school, launch.subject(), now);
        member.seenInLaunch(launch.name().orElse(null), launch.email().orElse(null), now);
        LtiRoles.of(launch.roles()).forEach(member::grant);
        launch.course().ifPresent(course -> schools.course(school, course.id(), now)
                .seenInLaunch(course.title().orElse(null), course.label().orElse(null), now));
        entityManager.flush(); // a new member gets its id here
        return new LaunchedMember(member.id(), school.id(), member.displayName(), member.roles(), launch.locale());
    }
}
