package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.StudentNames;
import id.ruangkonseling.counseling.entity.CaseStatus;
import id.ruangkonseling.counseling.entity.CounselingCase;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case as the counselor's list shows it: whose (by pseudonym while the name is hidden), where it stands and
 * since when — and which steps it allows.
 */
public record CaseSummary(Long id, String studentName, boolean nameHidden, CaseStatus status, Instant changedAt)
        implements Serializable {

    static CaseSummary of(CounselingCase counselingCase, StudentNames names) {
        return of(counselingCase, names.pseudonymOf(counselingCase));
    }

    /** The case, its student shown by {@code pseudonym} when one hides their name. */
    static CaseSummary of(CounselingCase counselingCase, Optional<String> pseudonym) {
        return new CaseSummary(counselingCase.id(), pseudonym.orElseGet(counselingCase.student()::shownName), pseudonym.isPresent(),
                counselingCase.status(), counselingCase.changedAt());
    }

    /** Each of the cases, their pseudonyms read in one statement ({@link StudentNames#pseudonymsOf}). */
    static List<CaseSummary> of(List<CounselingCase> cases, StudentNames names) {
        Map<Long, String> pseudonyms = names.pseudonymsOf(cases);
        return cases.stream().map(found -> of(found, Optional.ofNullable(pseudonyms.get(found.student().id()))
                .filter(pseudonym -> found.isUnnamed()))).toList();
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
