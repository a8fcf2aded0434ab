package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.safeguarding.entity.CrisisSource;
import java.time.Instant;
import java.util.List;

/**
 * A student's words escalated a request or case (its {@code subjectType} "request" or "case" and id); fired
 * inside the escalating transaction, so observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * to act only once it committed. {@code alertedCounselorIds} are the counselors given a new in-app notice (the
 * one on duty, else all of the school's): {@link CrisisMail} mails them. Carries no text and no phrase.
 */
public record CrisisEscalated(long schoolId, String subjectType, long subjectId, CrisisSource source, Instant at,
                              List<Long> alertedCounselorIds) {
}
