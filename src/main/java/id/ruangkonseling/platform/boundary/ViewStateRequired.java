package id.ruangkonseling.platform.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posted to one of our pages without the page's view state did not come from a page we showed (a
 * forged or replayed post): it gets the "page expired" answer ({@code 400}), as a stale view state does,
 * instead of the page shown afresh. Only posts addressed to the page: the launch forwards its own posts.
 */
public class ViewStateRequired implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String EXPIRED_VIEW = "/error/expired.xhtml";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if ("POST".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST && !faces.isPostback()) {
            faces.getExternalContext().setResponseStatus(ExpiredPage.REFUSED);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
            faces.renderResponse();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view, restored or not, decides
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
