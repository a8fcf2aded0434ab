package id.ruangkonseling.referral.boundary;

import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralStatus;
import id.ruangkonseling.school.entity.ServiceField;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A referral as its teacher sees it afterwards: whom, which field, where it stands and since which day
 * (in the school's time zone).
 * Deliberately nothing else, so no page of the teacher can show what a counselor did or wrote.
 */
public record SentReferral(Long id, Optional<String> studentName, ServiceField field,
                           ReferralStatus status, LocalDate statusChangedOn) {

    static SentReferral of(Referral referral) {
        return new SentReferral(referral.id(), referral.student().displayName(),
                referral.content().field(), referral.status(),
                referral.statusChangedAt().atZone(referral.school().timeZone()).toLocalDate());
    }
}
