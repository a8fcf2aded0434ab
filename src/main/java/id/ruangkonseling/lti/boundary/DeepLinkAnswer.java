package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.entity.DeepLinkRequest;
import id.ruangkonseling.lti.control.DeepLinkingResponse;
import id.ruangkonseling.lti.control.DeepLinkingResponse.ResourceLink;
import id.ruangkonseling.lti.control.ToolKeyring;
import id.ruangkonseling.lti.control.ToolPlace;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code POST /lti/deep-link/answer}: the teacher's choice on the chooser page (a place, or cancel).
 * Signs the Deep Linking response and hands the browser a form that posts it to the platform.
 */
@WebServlet(DeepLinkAnswer.PATH)
public class DeepLinkAnswer extends HttpServlet {

    static final String PATH = "/lti/deep-link/answer";
    static final String RETURN_URL_ATTRIBUTE = "deepLinkReturnUrl";
    static final String JWT_ATTRIBUTE = "deepLinkJwt";
    private static final String RETURN_PAGE = "/lti/deep-link/return.xhtml";
    private static final Logger LOG = System.getLogger(DeepLinkAnswer.class.getName());

    @Inject
    DeepLinkOffers offers;

    @Inject
    ToolKeyring keyring;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LanguageSelection language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        boolean cancelled = request.getParameter("cancel") != null;
        Optional<ToolPlace> place = ToolPlace.of(request.getParameter("place"));
        Optional<DeepLinkRequest> answered = cancelled || place.isPresent()
                ? offers.take(request.getParameter("token")) : Optional.empty();
        if (answered.isEmpty()) {
            LOG.log(Level.WARNING, "Deep Linking answer refused: no open offer for this token, or no choice");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ResourceLink> link = cancelled ? Optional.empty() : place.map(chosen -> link(chosen, request));
        String jwt = new DeepLinkingResponse(keyring.keys().signingKey(), Clock.systemUTC()).sign(answered.get(), link);
        LOG.log(Level.INFO, "Deep Linking answered for deployment {0} of {1}: {2}", answered.get().deploymentId(),
                answered.get().issuer(), link.map(chosen -> chosen.place().customValue()).orElse("cancelled"));
        request.setAttribute(RETURN_URL_ATTRIBUTE, answered.get().returnUrl().toString());
        request.setAttribute(JWT_ATTRIBUTE, jwt);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(RETURN_PAGE).forward(request, response);
    }

    /** The resource link for {@code place}, titled in the teacher's language. */
    private ResourceLink link(ToolPlace place, HttpServletRequest request) {
        ResourceBundle texts = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", language.getLocale());
        String key = "deepLink." + place.customValue();
        return new ResourceLink(place, texts.getString(key + ".title"), texts.getString(key + ".text"),
                publicUrl.resolve(RequestAddress.of(request), LtiPaths.LAUNCH));
    }
}
