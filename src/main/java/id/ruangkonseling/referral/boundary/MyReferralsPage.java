package id.ruangkonseling.referral.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /teacher/referrals}: the referrals this teacher sent, each with its status and since when. */
@Named
@RequestScoped
public class MyReferralsPage {

    @Inject
    Referrals referrals;

    @Inject
    SignedInMember signedIn;

    private List<SentReferral> sent;

    @PostConstruct
    void load() {
        sent = referrals.writtenBy(signedIn.as(Role.TEACHER));
    }

    public List<SentReferral> getSent() {
        return sent;
    }

    /** The student's name as the roster gave it, or a note that the LMS shares none. */
    public String student(SentReferral referral) {
        return referral.studentName().orElseGet(() -> PageText.of("teacher.students.unnamed"));
    }

    /** The day of the last status change, written as the page's language writes dates. */
    public String changedOn(SentReferral referral) {
        return PageTime.day(referral.statusChangedOn());
    }
}
