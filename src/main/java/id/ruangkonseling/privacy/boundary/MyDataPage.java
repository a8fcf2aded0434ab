package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.safeguarding.boundary.Cosignatures;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the student's home's part on their data: the links to download their own file, and what they are
 * told of each time a school admin was allowed their whole file by a counselor's co-signature.
 */
@Named
@RequestScoped
public class MyDataPage {

    @Inject
    Cosignatures cosignatures;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private List<Cosignatures.Told> notices;

    @PostConstruct
    void load() {
        notices = cosignatures.toldTo(signedIn.as(Role.STUDENT));
    }

    /** "Admin sekolah Bu Kepala meminta seluruh isi datamu …", in the page's language and the school's time. */
    public String notice(Cosignatures.Told told) {
        return PageText.of("privacy.mine.told.notice", told.adminName(), told.counselorName(), schoolTime.toMinute(told.cosignedAt()),
                told.reason());
    }

    public List<Cosignatures.Told> getNotices() {
        return notices;
    }
}
