package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.control.Launch.CourseClaim;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;

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
        Set<Role> roles = LtiRoles.of(launch.roles());
        roles.forEach(member::grant);
        launch.course().map(claim -> course(school, claim, now))
                .filter(course -> roles.contains(Role.TEACHER))
                .ifPresent(member::teachesIn);
        entityManager.flush(); // a new member gets its id here
        return new LaunchedMember(member.id(), school.id(), member.displayName(), member.roles(), launch.locale());
    }

    private CourseContext course(School school, CourseClaim claim, Instant now) {
        CourseContext course = schools.course(school, claim.id(), now);
        course.seenInLaunch(claim.title().orElse(null), claim.label().orElse(null), now);
        return course;
    }
}
