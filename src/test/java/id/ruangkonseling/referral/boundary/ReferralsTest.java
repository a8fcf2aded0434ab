package id.ruangkonseling.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.referral.control.ReferralRecords;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralContent;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.referral.entity.StudentKnows;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.CourseContext;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the counseling desk gets from {@link Referrals}: steps for counselors of the school only, each audited,
 * and referrals that follow the case they were joined to.
 */
class ReferralsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final long SCHOOL_ID = 1;
    private static final long COUNSELOR_ID = 10;
    private static final long TEACHER_ID = 11;
    private static final long REFERRAL_ID = 100;

    private final School school = new School("https://lms.example", "client", "deployment", "SMA 1", NOW);
    private final Member counselor = new Member(school, "counselor", NOW);
    private final Member teacher = new Member(school, "teacher", NOW);
    private final Referral referral = new Referral(teacher, new Member(school, "student", NOW), new CourseContext(school, "9", NOW),
            new ReferralContent(ServiceField.PERSONAL, "why", "seen on 1 March", Urgency.NOW, StudentKnows.YES), NOW);
    private final List<AuditAction> audited = new ArrayList<>();
    private final Referrals referrals = new Referrals();

    ReferralsTest() {
        counselor.grant(Role.COUNSELOR);
        teacher.grant(Role.TEACHER);
        referrals.schools = new SchoolDirectory() {
            @Override
            public Optional<School> find(long schoolId) {
                return Optional.of(school).filter(s -> schoolId == SCHOOL_ID);
            }

            @Override
            public Optional<Member> findMember(School in, long memberId) {
                return Optional.ofNullable(memberId == COUNSELOR_ID ? counselor : memberId == TEACHER_ID ? teacher : null);
            }
        };
        referrals.callers = new Callers() {
            @Override
            public Member member(Caller caller) {
                return Optional.ofNullable(caller.memberId() == COUNSELOR_ID ? counselor : caller.memberId() == TEACHER_ID ? teacher : null)
                        .filter(member -> caller.schoolId() == SCHOOL_ID && member.has(caller.role()))
                        .orElseThrow(() -> new NotFound("not in this test's school"));
            }
        };
        referrals.records = new ReferralRecords() {
            @Override
            public Optional<Referral> find(long schoolId, long referralId) {
                return Optional.of(referral).filter(r -> schoolId == SCHOOL_ID && referralId == REFERRAL_ID);
            }

            @Override
            public List<Referral> joinedTo(long schoolId, long caseId) {
                return Optional.of(referral).filter(r -> schoolId == SCHOOL_ID && r.caseId().equals(Optional.of(caseId))).stream().toList();
            }
        };
        referrals.audit = new AuditTrail() {
            @Override
            public void record(Actor actor, AuditAction action, Subject subject, String detail) {
                audited.add(action);
            }
        };
    }

    @Test
    void mergingAReceivedReferralAcceptsItFirst() {
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        assertEquals(ReferralStatus.ACCEPTED, referral.status());
        assertEquals(Optional.of(counselor), referral.acceptedBy());
        assertEquals(Optional.of(7L), referral.caseId());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED), audited);
    }

    @Test
    void theReferralIsInProgressOnceItsCaseIsWorkedAndTheStepIsAuditedOnce() {
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        referrals.caseWorkStarted(actor(COUNSELOR_ID), 7L);
        referrals.caseWorkStarted(actor(COUNSELOR_ID), 7L);

        assertEquals(ReferralStatus.IN_PROGRESS, referral.status());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED, AuditAction.REFERRAL_WORK_STARTED), audited);
    }

    @Test
    void theReferralClosesWithItsCaseAndStaysClosedWhenTheCaseIsReopened() {
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        referrals.caseClosed(actor(COUNSELOR_ID), 7L);
        referrals.caseWorkStarted(actor(COUNSELOR_ID), 7L);
        referrals.caseClosed(actor(COUNSELOR_ID), 7L);

        assertEquals(ReferralStatus.CLOSED, referral.status());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED, AuditAction.REFERRAL_CLOSED), audited);
    }

    @Test
    void anotherCasesStepsLeaveTheReferralAsItIs() {
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        referrals.caseClosed(actor(COUNSELOR_ID), 8L);

        assertEquals(ReferralStatus.ACCEPTED, referral.status());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED), audited);
    }

    @Test
    void aTeacherFindsNothingToMoveOn() {
        assertThrows(NotFound.class, () -> referrals.mergeInto(actor(TEACHER_ID), REFERRAL_ID, 7L));
        assertThrows(NotFound.class, () -> referrals.find(actor(TEACHER_ID), REFERRAL_ID));

        assertEquals(ReferralStatus.RECEIVED, referral.status());
        assertTrue(audited.isEmpty());
    }

    @Test
    void anotherSchoolsReferralIsNotFound() {
        Caller elsewhere = new Caller(2L, COUNSELOR_ID, Role.COUNSELOR, "launch");
        assertThrows(NotFound.class, () -> referrals.mergeInto(elsewhere, REFERRAL_ID, 7L));
        assertEquals(Optional.empty(), referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID + 1, 7L));
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        assertThrows(NotFound.class, () -> referrals.caseClosed(elsewhere, 7L));

        assertEquals(ReferralStatus.ACCEPTED, referral.status());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED), audited);
    }

    @Test
    void aReferralIsJoinedToOneCaseOnlyAndTheRefusedStepIsNotAudited() {
        referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 7L);

        assertThrows(IllegalStateException.class, () -> referrals.mergeInto(actor(COUNSELOR_ID), REFERRAL_ID, 8L));

        assertEquals(Optional.of(7L), referral.caseId());
        assertEquals(List.of(AuditAction.REFERRAL_MERGED), audited);
    }

    private static Caller actor(long memberId) {
        return new Caller(SCHOOL_ID, memberId, Role.COUNSELOR, "launch");
    }
}
