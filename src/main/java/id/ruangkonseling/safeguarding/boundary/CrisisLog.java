package id.ruangkonseling.safeguarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Logs each committed escalation for the operator — which school, which record, how many counselors
 * alerted; never a name, a text or a phrase. {@link CrisisMail} observes {@link CrisisEscalated} the same way.
 */
@ApplicationScoped
public class CrisisLog {

    private static final Logger LOG = System.getLogger(CrisisLog.class.getName());

    void escalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CrisisEscalated escalated) {
        LOG.log(Level.INFO, "crisis escalated in school {0}: {1} {2} from a {3}, {4} counselor(s) alerted",
                escalated.schoolId(), escalated.subjectType(), escalated.subjectId(), escalated.source(),
                escalated.alertedCounselorIds().size());
    }
}
