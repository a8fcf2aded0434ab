package id.ruangkonseling.counseling.control;

import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.util.Optional;

/**
 * What the counselor narrows the desk queue to: a service field, an urgency, a status, a course (its
 * referrals, and the requests of students seen in it), and items waiting at least this many days.
 */
public record QueueFilter(Optional<ServiceField> field, Optional<Urgency> urgency, Optional<QueueStatus> status,
                          Optional<Long> courseId, Optional<Integer> olderThanDays) {

    /** What the desk opens with: everything still waiting. */
    public static QueueFilter waiting() {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.of(QueueStatus.WAITING), Optional.empty(),
                Optional.empty());
    }
}
