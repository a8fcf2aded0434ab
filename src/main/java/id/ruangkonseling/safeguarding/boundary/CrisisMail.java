package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.platform.control.Mail;
import id.ruangkonseling.school.boundary.MemberNotices;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Mails the counselors an escalation alerted in the app (the one on duty, else all of the school's), when
 * e-mail is configured: that a student may need help at once and to open Ruang Konseling — never the
 * student's name, words or the phrase that matched. Only after the escalation committed, off its thread.
 */
@ApplicationScoped
public class CrisisMail {

    @Inject
    Mail mail;

    @Inject
    MemberNotices notices;

    @Resource
    ManagedExecutorService executor;

    void escalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CrisisEscalated escalated) {
        if (!mail.configured()) {
            return;
        }
        for (long counselorId : escalated.alertedCounselorIds()) {
            executor.execute(() -> notices.send(counselorId, "notice.crisis.subject", "notice.crisis.body"));
        }
    }
}
