package id.ruangkonseling.lti.boundary;

import id.ruangkonseling.lti.control.LaunchedMember;
import id.ruangkonseling.platform.boundary.LanguageSelection;
import id.ruangkonseling.school.boundary.SignedInMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/new-window}: the address that signs the same person in once in a window of its own
 * ({@code /lti/resume} with a new ticket), for a page that needs what the LMS's frame does not allow it, such as
 * the camera for a call. Like every API call it needs the session and the service's own origin.
 */
@Path("new-window")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NewWindowResource {

    @Inject
    SignedInMember signedIn;

    @Inject
    LanguageSelection language;

    @Inject
    LaunchResumption resumption;

    @Context
    HttpServletRequest request;

    @POST
    public Map<String, String> ticket() {
        LaunchedMember member = new LaunchedMember(signedIn.getMemberId(), signedIn.getSchoolId(),
                Optional.of(signedIn.getDisplayName()).filter(name -> !name.isEmpty()), signedIn.roles(),
                Optional.of(language.getLocale().toLanguageTag()), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of());
        return Map.of("href", request.getContextPath() + LtiPaths.RESUME + "?ticket=" + resumption.ticketFor(member));
    }
}
