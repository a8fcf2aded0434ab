package id.ruangkonseling.referral.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.lti.boundary.CourseRosters.Learner;
import id.ruangkonseling.lti.boundary.CourseRosters;
import id.ruangkonseling.lti.control.PlatformServiceFailed;
import id.ruangkonseling.referral.control.ReferralRecords;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralContent;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Referrals of a school: teachers submit them and see theirs; counselors of the school read them and take
 * them up into a case, whose steps they then follow (the counseling desk calls this). Each method is one
 * transaction; whoever is not allowed finds nothing, and every submission and step is audited.
 */
@ApplicationScoped
public class Referrals {

    @Inject
    CourseRosters rosters;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    ReferralRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    Clock clock = Clock.systemUTC();

    /**
     * The signed-in teacher refers {@code studentId}, a learner on the roster of their course; empty when
     * the course is not theirs or the student not on its roster. Fails when the LMS cannot give the roster.
     */
    @Transactional
    public Optional<Long> submit(Caller teacher, long courseId, String studentId, ReferralContent content)
            throws PlatformServiceFailed {
        Optional<Learner> learner = rosters.learners(courseId).stream()
                .flatMap(course -> course.learners().stream())
                .filter(candidate -> candidate.userId().equals(studentId)).findFirst();
        Member author = callers.teacher(teacher);
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        CourseContext course = schools.findCourse(author.school(), courseId).orElseThrow();
        Referral referral = records.add(new Referral(author, student(course, learner.get()), course, content, clock.instant()));
        audit.record(teacher.actor(), AuditAction.REFERRAL_SUBMITTED, subject(referral), null);
        news.forCounselorsOf(teacher.schoolId());
        return Optional.of(referral.id());
    }

    /** What this teacher referred, as they may see it: status only. */
    @Transactional
    public List<SentReferral> writtenBy(Caller teacher) {
        return records.writtenBy(teacher.schoolId(), teacher.memberId()).stream().map(SentReferral::of).toList();
    }

    /** Every referral of the counselor's school, newest first. */
    @Transactional
    public List<Referral> ofSchool(Caller counselor) {
        callers.counselor(counselor);
        return records.ofSchool(counselor.schoolId());
    }

    /** One referral of the counselor's school. */
    @Transactional
    public Optional<Referral> find(Caller counselor, long referralId) {
        callers.counselor(counselor);
        return records.find(counselor.schoolId(), referralId);
    }

    /**
     * The counselor began working the case {@code caseId}: the referrals joined to it are in progress now,
     * which is all their teachers read of the work. A referral already in progress or closed stays as it is.
     */
    @Transactional
    public void caseWorkStarted(Caller counselor, long caseId) {
        joinedTo(counselor, caseId).filter(referral -> referral.status() == ReferralStatus.ACCEPTED)
                .forEach(referral -> followed(counselor, referral, AuditAction.REFERRAL_WORK_STARTED, Referral::startWork));
    }

    /**
     * The counselor closed the case {@code caseId}: the referrals joined to it are closed too. A referral
     * never moves again once closed, so a case reopened later keeps its teachers' referrals closed.
     */
    @Transactional
    public void caseClosed(Caller counselor, long caseId) {
        joinedTo(counselor, caseId).filter(referral -> referral.status() != ReferralStatus.CLOSED)
                .forEach(referral -> followed(counselor, referral, AuditAction.REFERRAL_CLOSED, Referral::close));
    }

    private Stream<Referral> joinedTo(Caller counselor, long caseId) {
        callers.counselor(counselor);
        return records.joinedTo(counselor.schoolId(), caseId).stream();
    }

    private void followed(Caller counselor, Referral referral, AuditAction action, BiConsumer<Referral, Instant> step) {
        step.accept(referral, clock.instant());
        audit.record(counselor.actor(), action, subject(referral), referral.status().name());
    }

    /** Joins the referral to the student's case {@code caseId}, accepting it first if no one has yet. */
    @Transactional
    public Optional<Referral> mergeInto(Caller counselor, long referralId, long caseId) {
        return step(counselor, referralId, AuditAction.REFERRAL_MERGED, (referral, member) -> {
            if (referral.acceptedBy().isEmpty()) {
                referral.accept(member, clock.instant());
            }
            referral.mergeInto(caseId);
        });
    }

    private Optional<Referral> step(Caller counselor, long referralId, AuditAction action, BiConsumer<Referral, Member> change) {
        Member member = callers.counselor(counselor);
        Optional<Referral> referral = records.find(counselor.schoolId(), referralId);
        referral.ifPresent(r -> {
            change.accept(r, member);
            audit.record(counselor.actor(), action, subject(r), r.status().name());
        });
        return referral;
    }

    /**
     * The referred learner as a member of the school, found or made by their LMS id: the student may not
     * have opened the tool yet, and their later launches then find the same member with this referral.
     */
    private Member student(CourseContext course, Learner learner) {
        Member student = schools.member(course.school(), learner.userId(), clock.instant());
        if (student.displayName().isEmpty()) {
            // the roster's name, so counselors see whom it is about; a later launch refreshes it
            student.seenInLaunch(learner.name().orElse(null), student.email().orElse(null), student.lastSeenAt());
        }
        return student;
    }

    private static Subject subject(Referral referral) {
        return Subject.of("referral", referral.id());
    }
}
