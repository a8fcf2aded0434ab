package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.QueueFilter;
import id.ruangkonseling.counseling.control.QueueItem.QueueStatus;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.Optional;

/** The desk's filter as the counselor sets it; it opens on "waiting". */
public class QueueFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ServiceField field;
    private Urgency urgency;
    private QueueStatus status = QueueStatus.WAITING;
    private Long courseId;

    @Min(0)
    @Max(3650)
    private Integer olderThanDays;

    QueueFilter toFilter() {
        return new QueueFilter(Optional.ofNullable(field), Optional.ofNullable(urgency), Optional.ofNullable(status),
                Optional.ofNullable(courseId), Optional.ofNullable(olderThanDays));
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public QueueStatus getStatus() {
        return status;
    }

    public void setStatus(QueueStatus status) {
        this.status = status;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }
}
