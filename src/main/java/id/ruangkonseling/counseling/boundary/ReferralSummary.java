package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import java.time.Instant;

/** A teacher's referral as the counselor's desk lists it: whom it is about and how urgent, not its text. */
public record ReferralSummary(Long id, String studentName, String courseTitle, ServiceField field, Urgency urgency,
                              Instant receivedAt) {

    static ReferralSummary of(Referral referral) {
        return new ReferralSummary(referral.id(), referral.student().shownName(),
                referral.course().shownTitle(), referral.content().field(),
                referral.content().urgency(), referral.receivedAt());
    }
}
