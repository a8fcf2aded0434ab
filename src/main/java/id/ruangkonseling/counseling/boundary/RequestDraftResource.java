package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.RequestDraft;
import id.ruangkonseling.counseling.entity.RequestDraft.Draft;
import id.ruangkonseling.platform.boundary.ApiError;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.boundary.JsonFields;
import id.ruangkonseling.platform.entity.Characters;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /api/requests/draft}: the request form saves what the student has typed so far, a moment
 * after each change, so that nothing is lost when the session times out. Parts may be missing or not
 * yet valid; the values are the lower-case names of {@code POST /api/requests}. Answers {@code 204}.
 */
@Path("requests/draft")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RequestDraftResource {

    @Inject
    RequestDrafts drafts;

    @Inject
    SignedInMember signedIn;

    @Inject
    ApiTexts texts;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keep(JsonObject body) {
        if (!signedIn.has(Role.STUDENT)) {
            return ApiError.response(Response.Status.FORBIDDEN, texts.of("api.request.studentsOnly"));
        }
        JsonFields fields = JsonFields.of(body);
        DraftBody draft = new DraftBody(fields.text("field"), fields.text("about"), fields.text("urgency"),
                fields.text("mode"), fields.text("availability"));
        if (tooLong(draft.about()) || tooLong(draft.availability())) {
            return ApiError.response(413, texts.of("api.draft.tooLong"), Map.of());
        }
        drafts.keep(signedIn.as(Role.STUDENT), new Draft(RequestsResource.parse(ServiceField.class, draft.field()),
                text(draft.about()), RequestsResource.parse(Urgency.class, draft.urgency()),
                RequestsResource.parse(ContactMode.class, draft.mode()), text(draft.availability())));
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    /** The form as it stands; any part may be missing. */
    public record DraftBody(String field, String about, String urgency, String mode, String availability) {
    }

    private static boolean tooLong(String text) {
        return text != null && Characters.count(text) > RequestDraft.TEXT_LENGTH;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(text -> !Characters.empty(text));
    }
}
