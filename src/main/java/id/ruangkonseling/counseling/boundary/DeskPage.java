package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the counselor's desk, {@code /counselor/}: the school's waiting requests and teachers' referrals,
 * urgent first; a request to take up or to decline with a reason the student will read, a referral to
 * take up into the student's case.
 */
@Named
@RequestScoped
public class DeskPage {

    private static final String PAGE = "counselor/";

    @Inject
    CounselorDesk desk;

    @Inject
    CounselorCases cases;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private List<RequestSummary> waiting;
    private List<ReferralSummary> referrals;
    private List<CaseSummary> myCases;
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = desk.waiting(signedIn.as(Role.COUNSELOR));
        referrals = desk.waitingReferrals(signedIn.as(Role.COUNSELOR));
        myCases = cases.open(signedIn.as(Role.COUNSELOR));
    }

    public void accept(long requestId) throws IOException {
        done(desk.accept(signedIn.as(Role.COUNSELOR), requestId).map(RequestSummary::studentName), "counseling.desk.accepted");
    }

    public void decline(long requestId) throws IOException {
        String reason = reasons.get(requestId);
        if (reason == null || reason.isBlank() || reason.strip().length() > CounselingRequest.DECLINE_REASON_LENGTH) {
            Messages.addGlobalError(PageText.of("counseling.desk.reasonRequired"));
            return;
        }
        done(desk.decline(signedIn.as(Role.COUNSELOR), requestId, reason).map(RequestSummary::studentName),
                "counseling.desk.declined");
    }

    public void takeUp(long referralId) throws IOException {
        done(desk.takeUp(signedIn.as(Role.COUNSELOR), referralId).map(ReferralSummary::studentName), "counseling.desk.referralTaken");
    }

    public void activate(long caseId) throws IOException {
        done(cases.activate(signedIn.as(Role.COUNSELOR), caseId).map(CaseSummary::studentName), "counseling.case.moved");
    }

    public void waitFor(long caseId) throws IOException {
        done(cases.waitFor(signedIn.as(Role.COUNSELOR), caseId).map(CaseSummary::studentName), "counseling.case.moved");
    }

    public void close(long caseId) throws IOException {
        String outcome = outcomes.get(caseId);
        if (outcome == null || outcome.isBlank() || outcome.strip().length() > CounselingCase.OUTCOME_LENGTH) {
            Messages.addGlobalError(PageText.of("counseling.case.outcomeRequired"));
            return;
        }
        done(cases.close(signedIn.as(Role.COUNSELOR), caseId, outcome).map(CaseSummary::studentName), "counseling.case.closed");
    }

    /** Tells the counselor what happened to whom, or that it was no longer waiting, and shows the desk again. */
    private void done(Optional<String> studentName, String doneKey) throws IOException {
        Messages.addFlashGlobalInfo(studentName.map(name -> PageText.of(doneKey).replace("{0}", name))
                .orElseGet(() -> PageText.of("counseling.desk.gone")));
        Faces.redirect(PAGE);
    }

    /** When it came, in Jakarta time where most schools are (the school's own zone comes with its settings). */
    public String time(Instant when) {
        return schoolTime.toMinute(when);
    }

    public List<CaseSummary> getMyCases() {
        return myCases;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public List<ReferralSummary> getReferrals() {
        return referrals;
    }

    public List<RequestSummary> getWaiting() {
        return waiting;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
