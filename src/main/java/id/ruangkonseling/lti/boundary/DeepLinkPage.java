package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.ToolPlace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Backs {@code /lti/deep-link}: the places a teacher can add to their course, for the Deep Linking
 * request their launch brought. Without such a request the page does not exist.
 */
@Named
@RequestScoped
public class DeepLinkPage {

    static final String PATH = "/lti/deep-link";

    @Inject
    PendingDeepLink pending;

    /** View action: a session without a pending request gets "not found". */
    public void requirePending() throws IOException {
        if (!pending.isPending()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, "no pending deep linking request");
            faces.responseComplete();
        }
    }

    public List<ToolPlace> getPlaces() {
        return List.of(ToolPlace.values());
    }

    public String getFormToken() {
        return pending.getFormToken();
    }

    public String getAnswerPath() {
        return DeepLinkAnswer.PATH;
    }
}
