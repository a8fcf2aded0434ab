package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.boundary.Conversations;
import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.referral.boundary.Referrals;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The counselor's own open cases and the steps of their work: start, wait, close with an outcome. Only
 * the case's counselor moves it; anyone else's case id is simply not found. Each step is audited.
 */
@ApplicationScoped
public class CounselorCases {

    @Inject
    Conversations conversations;

    @Inject
    EntityManager entityManager;

    @Inject
    StudentNames names;

    @Inject
    SchoolDirectory schools;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    PageNews news;

    @Inject
    Referrals referrals;

    Clock clock = Clock.systemUTC();

    /** The counselor's cases that are not closed, the longest unchanged first. */
    @Transactional
    public List<CaseSummary> open(Caller counselor) {
        return CaseSummary.of(entityManager.createQuery("SELECT c FROM CounselingCase c JOIN FETCH c.student"
                        + " WHERE c.counselor = :me AND c.status <> :closed ORDER BY c.changedAt, c.id", CounselingCase.class)
                .setParameter("me", callers.counselor(counselor)).setParameter("closed", CaseStatus.CLOSED).getResultList(), names);
    }

    /** What a form on the case page needs to know before its step runs: the case's status, and whom it can go to. */
    public record Steps(CaseSummary summary, List<Colleague> colleagues) implements Serializable {
    }

    @Transactional
    public Optional<CaseSummary> activate(Caller counselor, long caseId) {
        return step(counselor, caseId, (found, now) -> found.activate(now));
    }

    @Transactional
    public Optional<CaseSummary> waitFor(Caller counselor, long caseId) {
        return step(counselor, caseId, (found, now) -> found.waitFor(now));
    }

    @Transactional
    public Optional<CaseSummary> close(Caller counselor, long caseId, String outcome) {
        return step(counselor, caseId, (found, now) -> found.close(outcome, now));
    }

    @Transactional
    public Optional<CaseSummary> reopen(Caller counselor, long caseId) {
        return step(counselor, caseId, (found, now) -> found.reopen(now));
    }

    /**
     * Hands the counselor's open case, and its conversation, to a colleague of the school; empty when
     * either is not found.
     */
    @Transactional
    public Optional<CaseSummary> handOver(Caller counselor, long caseId, long colleagueId) {
        Member me = callers.counselor(counselor);
        Optional<CounselingCase> found = caseOf(me, caseId);
        Optional<Member> colleague = schools.findMember(me.school(), colleagueId).filter(member -> member.has(Role.COUNSELOR));
        if (found.isEmpty() || colleague.isEmpty()) {
            return Optional.empty();
        }
        found.get().assignTo(colleague.get(), clock.instant());
        // the case's conversation goes with it: from now on the former counselor's polls are refused (chat)
        Optional.ofNullable(conversations.ofCases(counselor, List.of(caseId)).get(caseId))
                .ifPresent(conversation -> conversations.handOver(counselor, conversation, colleagueId));
        audit.record(counselor.actor(), AuditAction.CASE_HANDED_OVER, Subject.of("case", caseId), String.valueOf(colleagueId));
        moved(found.get());
        news.forMember(colleagueId);
        return found.map(counselingCase -> CaseSummary.of(counselingCase, names));
    }

    /** Another counselor of the school, by name: whom a case can be handed to. */
    public record Colleague(Long id, String name) implements Serializable {
    }

    /** The school's other counselors, by name. */
    @Transactional
    public List<Colleague> colleagues(Caller counselor) {
        Member me = callers.counselor(counselor);
        return schools.staff(me.school()).stream().filter(member -> member.has(Role.COUNSELOR) && !member.equals(me))
                .map(member -> new Colleague(member.id(), member.shownName())).toList();
    }

    /** The counselor's cases closed in the last {@code days} days, the latest first: to reopen one. */
    @Transactional
    public List<CaseSummary> recentlyClosed(Caller counselor, int days) {
        return CaseSummary.of(entityManager.createQuery("SELECT c FROM CounselingCase c JOIN FETCH c.student"
                        + " WHERE c.counselor = :me AND c.status = :closed AND c.changedAt >= :since"
                        + " ORDER BY c.changedAt DESC, c.id DESC", CounselingCase.class)
                .setParameter("me", callers.counselor(counselor)).setParameter("closed", CaseStatus.CLOSED)
                .setParameter("since", clock.instant().minus(Duration.ofDays(days))).getResultList(), names);
    }

    private Optional<CaseSummary> step(Caller counselor, long caseId, BiConsumer<CounselingCase, Instant> change) {
        Optional<CounselingCase> found = caseOf(callers.counselor(counselor), caseId);
        found.ifPresent(counselingCase -> {
            change.accept(counselingCase, clock.instant());
            audit.record(counselor.actor(), AuditAction.CASE_STATUS_CHANGED, Subject.of("case", counselingCase.id()),
                    counselingCase.status().name());
            referralsFollow(counselor, counselingCase);
            moved(counselingCase);
        });
        return found.map(counselingCase -> CaseSummary.of(counselingCase, names));
    }

    /** A case moved: the desks (its referrals may have moved in the queue) and its student's home hear of it. */
    private void moved(CounselingCase counselingCase) {
        news.forCounselorsOf(counselingCase.school().id());
        news.forMember(counselingCase.student().id());
    }

    /** The teachers' referrals joined to the case follow it: in progress once it is worked, closed with it. */
    void referralsFollow(Caller counselor, CounselingCase counselingCase) {
        if (counselingCase.status() == CaseStatus.CLOSED) {
            referrals.caseClosed(counselor, counselingCase.id());
        } else if (counselingCase.status() != CaseStatus.NEW) {
            referrals.caseWorkStarted(counselor, counselingCase.id());
        }
    }

    private Optional<CounselingCase> caseOf(Member me, long caseId) {
        return Optional.ofNullable(entityManager.find(CounselingCase.class, caseId))
                .filter(counselingCase -> counselingCase.isWorkedBy(me));
    }
}
