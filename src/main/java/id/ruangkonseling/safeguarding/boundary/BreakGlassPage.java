package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the break-glass list on {@code /admin/audit}: which counselor revealed which pseudonym's name, when and why. */
@Named
@RequestScoped
public class BreakGlassPage {

    @Inject
    IdentityReveals reveals;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private List<IdentityReveals.BreakGlass> list;

    @PostConstruct
    void load() {
        list = reveals.inSchool(signedIn.as(Role.SCHOOL_ADMIN));
    }

    public String time(IdentityReveals.BreakGlass reveal) {
        return schoolTime.toMinute(reveal.at());
    }

    public List<IdentityReveals.BreakGlass> getReveals() {
        return list;
    }
}
