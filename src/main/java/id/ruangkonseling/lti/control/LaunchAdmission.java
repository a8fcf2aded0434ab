package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.lti.control.Launch.CourseClaim;
import id.ruangkonseling.school.control.CourseMembers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
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

    @Inject
    CourseMembers courseMembers;

    /** The member of this launch, let in; {@code deepLinking} is the request they may answer, if any. */
    public LaunchedMember admit(School school, Launch launch, Optional<DeepLinkRequest> deepLinking, Instant now) {
        Member member = schools.member(school, launch.subject(), now);
        Set<Role> before = member.roles();
        member.seenInLaunch(launch.name().orElse(null), launch.email().orElse(null), now);
        launch.locale().ifPresent(member::launchedIn);
        Set<Role> roles = LtiRoles.of(launch.roles());
        roles.forEach(member::grant);
        Optional<CourseContext> launchedFrom = launch.course().map(claim -> course(school, claim, now));
        launchedFrom.ifPresent(course -> {
            course.rosterServedAt(launch.membershipsUrl());
            if (roles.contains(Role.TEACHER)) {
                member.teachesIn(course);
                courseMembers.seenIn(member, course, Role.TEACHER, now);
            }
            if (roles.contains(Role.STUDENT)) {
                courseMembers.seenIn(member, course, Role.STUDENT, now);
            }
        });
        entityManager.flush(); // a new member (and course) gets its id here
        Set<Role> gained = EnumSet.noneOf(Role.class);
        gained.addAll(member.roles());
        gained.removeAll(before);
        return new LaunchedMember(member.id(), school.id(), member.displayName(), member.rolesInLaunch(roles),
                launch.locale(), deepLinking, launch.place(), launchedFrom.map(CourseContext::id), gained);
    }

    private CourseContext course(School school, CourseClaim claim, Instant now) {
        CourseContext course = schools.course(school, claim.id(), now);
        course.seenInLaunch(claim.title().orElse(null), claim.label().orElse(null), now);
        return course;
    }
}
