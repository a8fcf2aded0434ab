package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.privacy.control.Erased;
import id.ruangkonseling.privacy.entity.RetentionPolicy;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code /admin/retention}: the school's retention policy, when the purge last ran, and "run the purge now". */
@Named
@RequestScoped
public class RetentionPage {

    private static final String PAGE = "admin/retention";

    @Inject
    Retention retention;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private Integer keepYears;
    private Integer leftAfterMonths;
    private String lastPurge;

    @PostConstruct
    void load() {
        RetentionPolicy policy = retention.policy(signedIn.as(Role.SCHOOL_ADMIN));
        keepYears = policy.keepYears();
        leftAfterMonths = policy.leftAfterMonths();
        lastPurge = policy.lastPurgedAt().map(schoolTime::toMinute).orElse("");
    }

    public void save() throws IOException {
        retention.change(signedIn.as(Role.SCHOOL_ADMIN), keepYears, leftAfterMonths);
        Messages.addFlashGlobalInfo(PageText.of("admin.retention.saved"));
        Faces.redirect(PAGE);
    }

    public void purgeNow() throws IOException {
        Erased erased = retention.purgeNow(signedIn.as(Role.SCHOOL_ADMIN));
        Messages.addFlashGlobalInfo(PageText.of("admin.retention.purged", erased.cases(), erased.requests(), erased.drafts()));
        Faces.redirect(PAGE);
    }

    public int getMaxKeepYears() {
        return RetentionPolicy.MAX_KEEP_YEARS;
    }

    public int getMaxLeftAfterMonths() {
        return RetentionPolicy.MAX_LEFT_AFTER_MONTHS;
    }

    public Integer getKeepYears() {
        return keepYears;
    }

    public void setKeepYears(Integer keepYears) {
        this.keepYears = keepYears;
    }

    public Integer getLeftAfterMonths() {
        return leftAfterMonths;
    }

    public void setLeftAfterMonths(Integer leftAfterMonths) {
        this.leftAfterMonths = leftAfterMonths;
    }

    public String getLastPurge() {
        return lastPurge;
    }
}
