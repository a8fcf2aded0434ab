package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.platform.boundary.ApiError;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.boundary.JsonFields;
import id.ruangkonseling.platform.entity.Characters;
import id.ruangkonseling.safeguarding.boundary.HelpCard;
import id.ruangkonseling.safeguarding.boundary.HelpCards;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import id.ruangkonseling.school.entity.Urgency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code POST /api/requests}: a student's counseling request through the JSON API, with the same boundary
 * ({@link StudentRequests#submit}) and the same checks as the form, and the form's messages per field in
 * the session's language. Like the form, it needs {@code "acknowledged": true}: the client must have shown
 * the student what stays confidential and what does not.
 */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RequestsResource {

    @Inject
    StudentRequests requests;

    @Inject
    SignedInMember signedIn;

    @Inject
    ApiTexts apiTexts;

    @Inject
    HelpCards helpCards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject body) {
        ResourceBundle texts = apiTexts.bundle();
        if (!signedIn.has(Role.STUDENT)) {
            return ApiError.response(Response.Status.FORBIDDEN, texts.getString("api.request.studentsOnly"));
        }
        NewRequest request = NewRequest.of(JsonFields.of(body));
        Map<String, String> invalid = new LinkedHashMap<>();
        Optional<ServiceField> field = parse(ServiceField.class, request.field());
        Optional<Urgency> urgency = parse(Urgency.class, request.urgency());
        Optional<ContactMode> mode = parse(ContactMode.class, request.mode());
        Optional<String> availability = Optional.ofNullable(request.availability()).filter(text -> !Characters.empty(text));
        check(invalid, texts, "field", field.isPresent());
        check(invalid, texts, "about", !Characters.empty(request.about())
                && Characters.count(request.about()) <= CounselingRequest.ABOUT_LENGTH);
        check(invalid, texts, "urgency", urgency.isPresent());
        check(invalid, texts, "mode", mode.isPresent());
        check(invalid, texts, "availability", availability
                .map(text -> Characters.count(text) <= CounselingRequest.AVAILABILITY_LENGTH).orElse(true));
        check(invalid, texts, "acknowledged", Boolean.TRUE.equals(request.acknowledged()));
        if (!invalid.isEmpty()) {
            return ApiError.response(400, texts.getString("counseling.request.notSent"), invalid);
        }
        CounselingRequest stored = requests.submit(signedIn.as(Role.STUDENT),
                new RequestContent(field.get(), request.about(), urgency.get(), mode.get(), availability), true,
                Boolean.TRUE.equals(request.unnamed()));
        HelpCard help = stored.crisis().isPresent() ? helpCards.card(signedIn.getSchoolId(), texts) : null;
        return Response.status(201).entity(new Submitted(stored.id(), stored.conversationId().orElse(null),
                stored.status().name().toLowerCase(Locale.ROOT), help)).build();
    }

    /**
     * What a client sends; the values are the lower-case names of the contract ({@code face_to_face}).
     * {@code unnamed} (optional): {@code true} keeps the student's name from counselors.
     */
    public record NewRequest(String field, String about, String urgency, String mode, String availability,
                             Boolean acknowledged, Boolean unnamed) {

        /** The request as a client sent it, each field of its contract's JSON type or refused. */
        static NewRequest of(JsonFields body) {
            return new NewRequest(body.text("field"), body.text("about"), body.text("urgency"), body.text("mode"),
                    body.text("availability"), body.flag("acknowledged"), body.flag("unnamed"));
        }
    }

    /** What a stored request answers; {@code help} only when its words matched the crisis lexicon. */
    public record Submitted(long id, Long conversationId, String status, HelpCard help) {
    }

    private static void check(Map<String, String> invalid, ResourceBundle texts, String name, boolean valid) {
        if (!valid) {
            invalid.put(name, texts.getString("counseling.request.invalid." + name));
        }
    }

    /** The constant whose lower-case name is {@code value}, as the contract writes it ({@code face_to_face}). */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
    }
}
