package id.ruangkonseling.safeguarding.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the student's home's part on staying unnamed: the pseudonym counselors see, showing the name
 * (after a confirmation), and what the student is told of each counselor's break-glass.
 */
@Named
@RequestScoped
public class MyNamePage {

    @Inject
    IdentityReveals reveals;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private String pseudonym;
    private List<IdentityReveals.BreakGlass> notices;
    private boolean confirmed;

    @PostConstruct
    void load() {
        pseudonym = reveals.hiddenBehind(signedIn.as(Role.STUDENT)).orElse(null);
        notices = reveals.toldTo(signedIn.as(Role.STUDENT));
    }

    /** Shows the name to counselors, once the student ticked that they mean it. */
    public void reveal() throws IOException {
        if (!confirmed) {
            Messages.addError("reveal:confirmed", PageText.of("pseudonym.mine.confirmFirst"));
            return;
        }
        reveals.revealMine(signedIn.as(Role.STUDENT));
        Messages.addFlashGlobalInfo(PageText.of("pseudonym.mine.revealed"));
        Faces.redirect("student/");
    }

    /** "Guru BK Rina membuka namamu pada … karena: …", in the page's language and the school's time. */
    public String notice(IdentityReveals.BreakGlass reveal) {
        return PageText.of("pseudonym.told.notice", reveal.counselorName(), schoolTime.toMinute(reveal.at()),
                reveal.reason());
    }

    /** The pseudonym that hides the student's name; {@code null} when counselors see the name. */
    public String getPseudonym() {
        return pseudonym;
    }

    public List<IdentityReveals.BreakGlass> getNotices() {
        return notices;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
