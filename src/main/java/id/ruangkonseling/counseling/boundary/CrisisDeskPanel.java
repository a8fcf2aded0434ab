package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs the crisis part of the desk ({@code WEB-INF/includes/crisis-desk.xhtml}): the banner of the school's
 * open crises every counselor sees, and the alerted counselor's own notices with "seen".
 */
@Named
@RequestScoped
public class CrisisDeskPanel {

    @Inject
    CrisisDesk crisisDesk;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private List<CrisisDesk.Alert> alerts;
    private List<CrisisDesk.Notice> notices;

    @PostConstruct
    void load() {
        alerts = crisisDesk.open(signedIn.as(Role.COUNSELOR));
        notices = crisisDesk.notices(signedIn.as(Role.COUNSELOR));
    }

    public void seen(long noticeId) throws IOException {
        crisisDesk.seen(signedIn.as(Role.COUNSELOR), noticeId);
        Faces.redirect("counselor/");
    }

    public String time(Instant when) {
        return schoolTime.toMinute(when);
    }

    public List<CrisisDesk.Alert> getAlerts() {
        return alerts;
    }

    public List<CrisisDesk.Notice> getNotices() {
        return notices;
    }
}
