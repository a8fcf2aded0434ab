package id.ruangkonseling.counseling.control;

import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the counselor's desk queue: a student's request or a teacher's referral, whom it is
 * about, from which course (a referral's; empty for a request), how urgent, where it stands and since
 * when, and whether the student's words escalated it as a crisis that is still open. Never its text.
 */
public record QueueItem(Kind kind, Long id, String studentName, String courseTitle, ServiceField field, Urgency urgency,
                        QueueStatus status, Instant since, boolean crisis) implements Serializable {

    public enum Kind {
        REQUEST, REFERRAL
    }

    /** Where an item stands, in the same words for requests and referrals. */
    public enum QueueStatus {
        WAITING, TAKEN, DECLINED, CLOSED
    }

    public boolean isWaiting() {
        return status == QueueStatus.WAITING;
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }

    /** The same line under another name: the pseudonym shown instead of the student's. */
    public QueueItem shownAs(String name) {
        return new QueueItem(kind, id, name, courseTitle, field, urgency, status, since, crisis);
    }

    /** Unique across both kinds, for the table's rows. */
    public String key() {
        return kind.name() + "-" + id;
    }
}
