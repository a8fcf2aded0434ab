package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.safeguarding.boundary.HelpCardView;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /student/request}: the student says what it is about, how urgent, how they want to talk
 * and when they are free, after reading what stays confidential, and whether to stay unnamed. A wrong field is named at the field and
 * everything typed stays.
 */
@Named
@RequestScoped
public class RequestPage {

    @Inject
    StudentRequests requests;

    @Inject
    SignedInMember signedIn;

    @NotNull
    private ServiceField field;

    @NotBlank
    @Size(max = CounselingRequest.ABOUT_LENGTH)
    private String about;

    @NotNull
    private Urgency urgency;

    @NotNull
    private ContactMode mode;

    @Size(max = CounselingRequest.AVAILABILITY_LENGTH)
    private String availability;

    @AssertTrue
    private boolean acknowledged;

    private boolean unnamed;

    private boolean restored;

    @Inject
    RequestDrafts drafts;

    /** Opening the form (not sending it) brings back what the student typed before and did not send. */
    @PostConstruct
    void restoreDraft() {
        if (Faces.isPostback()) {
            return;
        }
        drafts.mine(signedIn.as(Role.STUDENT)).ifPresent(draft -> {
            field = draft.field().orElse(null);
            about = draft.about().orElse(null);
            urgency = draft.urgency().orElse(null);
            mode = draft.mode().orElse(null);
            availability = draft.availability().orElse(null);
            restored = true;
        });
    }

    /** Whether the form shows a draft brought back from before. */
    public boolean isRestored() {
        return restored;
    }

    public void submit() throws IOException {
        CounselingRequest sent = requests.submit(signedIn.as(Role.STUDENT),
                new RequestContent(field, about, urgency, mode, Optional.ofNullable(availability).filter(text -> !text.isBlank())),
                acknowledged, unnamed);
        Messages.addFlashGlobalInfo(PageText.of("counseling.request.sent"));
        if (sent.crisis().isPresent()) {
            Faces.setFlashAttribute(HelpCardView.SHOW, true);
        }
        Faces.redirect("student/");
    }

    public List<ServiceField> getFields() {
        return List.of(ServiceField.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<ContactMode> getModes() {
        return List.of(ContactMode.values());
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public ContactMode getMode() {
        return mode;
    }

    public void setMode(ContactMode mode) {
        this.mode = mode;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    public void setUnnamed(boolean unnamed) {
        this.unnamed = unnamed;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }
}
