package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import java.io.Serializable;
import java.time.Instant;

/**
 * A case as the counselor's list shows it: whose (by pseudonym while the name is hidden), where it stands and
 * since when — and which steps it allows.
 */
public record CaseSummary(Long id, String studentName, boolean nameHidden, CaseStatus status, Instant changedAt)
        implements Serializable {

    static CaseSummary of(CounselingCase counselingCase, StudentNames names) {
        return new CaseSummary(counselingCase.id(), names.of(counselingCase), names.hides(counselingCase),
                counselingCase.status(), counselingCase.changedAt());
    }

    public boolean canActivate() {
        return status.allows(CaseStatus.ACTIVE);
    }

    public boolean canWait() {
        return status.allows(CaseStatus.WAITING);
    }

    public boolean canReopen() {
        return status == CaseStatus.CLOSED;
    }

    public boolean canClose() {
        return status.allows(CaseStatus.CLOSED);
    }
}
