package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.CaseNote;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.NoteContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** What the counselor types into the case page's note form, checked field by field before it is written. */
public class NoteForm {

    /** The school's today: a session is held today or before, in the school's time zone, not the server's. */
    private final LocalDate today;

    @NotNull
    private LocalDate heldOn;

    @NotNull
    private ContactMode mode;

    @NotBlank
    @Size(max = CaseNote.SUMMARY_LENGTH)
    private String summary;

    @Size(max = CaseNote.PLAN_LENGTH)
    private String plan;

    private LocalDate followUpOn;

    NoteForm(LocalDate today) {
        this.today = today;
        this.heldOn = today;
    }

    /** The session was held today or before, as the school counts days (Bean Validation's clock is the server's, in UTC). */
    boolean heldOnIsNotLater() {
        return heldOn == null || !heldOn.isAfter(today);
    }

    /** A follow-up comes on or after the session it follows. */
    boolean followUpIsInOrder() {
        return followUpOn == null || heldOn == null || !followUpOn.isBefore(heldOn);
    }

    NoteContent content() {
        return new NoteContent(heldOn, mode, summary, Optional.ofNullable(plan).filter(text -> !text.isBlank()),
                Optional.ofNullable(followUpOn));
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ContactMode getMode() {
        return mode;
    }

    public void setMode(ContactMode mode) {
        this.mode = mode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }
}
