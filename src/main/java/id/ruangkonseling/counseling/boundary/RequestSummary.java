package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestStatus;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.Instant;
import java.util.Optional;

/**
 * A request as a list shows it — to its student (with a decline reason) or on a counselor's desk —
 * without what the student wrote about, and by the student's pseudonym while an unnamed request hides the name.
 */
public record RequestSummary(Long id, String studentName, ServiceField field, Urgency urgency, RequestStatus status,
                             Instant submittedAt, Optional<String> declineReason, Optional<Long> conversationId) {

    static RequestSummary of(CounselingRequest request, StudentNames names) {
        return new RequestSummary(request.id(), names.of(request),
                request.content().field(), request.content().urgency(), request.status(), request.submittedAt(),
                request.declineReason(), request.conversationId());
    }
}
