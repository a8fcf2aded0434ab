package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.ToolPlace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Backs {@code /lti/deep-link?offer=}: the places a teacher can add to their course, for the Deep
 * Linking request their launch offered them. Without an open offer the page does not exist.
 */
@Named
@RequestScoped
public class DeepLinkPage {

    static final String PATH = "/lti/deep-link";

    static final String OFFER_PARAMETER = "offer";

    @Inject
    DeepLinkOffers offers;

    /** View action: an address without an open offer gets "not found". */
    public void requirePending() throws IOException {
        if (!offers.isOpen(getFormToken())) {
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
        return Objects.requireNonNullElse(
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(OFFER_PARAMETER), "");
    }

    public String getAnswerPath() {
        return DeepLinkAnswer.PATH;
    }
}
