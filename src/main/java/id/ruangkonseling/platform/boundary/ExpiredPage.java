package id.ruangkonseling.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /error/expired}: a post that could not be taken (stale, forged or missing view state or
 * CSP nonce) is answered {@code 400} with this page, not the {@code 500} of a failure on our side.
 */
@Named
@RequestScoped
public class ExpiredPage {

    static final int REFUSED = 400;

    /** View action: as the answer to a refused post (an error or forward dispatch), the status says so. */
    public void answer() {
        if (Faces.getRequest().getDispatcherType() != DispatcherType.REQUEST) {
            Faces.getResponse().setStatus(REFUSED);
        }
    }
}
