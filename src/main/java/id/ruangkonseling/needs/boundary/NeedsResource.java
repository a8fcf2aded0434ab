package id.ruangkonseling.needs.boundary;

import id.ruangkonseling.needs.boundary.StudentNeeds.Current;
import id.ruangkonseling.needs.control.RoundProfile.Summary;
import id.ruangkonseling.needs.entity.Choices;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.boundary.JsonFields;
import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.safeguarding.boundary.HelpCard;
import id.ruangkonseling.safeguarding.boundary.HelpCards;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.ServiceField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * {@code /api/needs}: the student's questionnaire of the course whose link they opened ({@code GET} and
 * {@code PUT current}, saved as they answer and sent with {@code "send": true}; {@code POST current}, the page's
 * form sent without JavaScript; {@code 409} once the round
 * closed, {@code 400} for an item it does not ask) and the counselor's profiles of the school's courses ({@code GET profiles}). Any other role
 * finds nothing ({@code 404}); a change must come from the service's own pages ({@code ApiCaller}).
 */
@Path("needs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NeedsResource {

    @Inject
    StudentNeeds students;

    @Inject
    CounselorNeeds counselors;

    @Inject
    NeedsVisit visit;

    @Inject
    SignedInMember signedIn;

    @Inject
    ApiTexts texts;

    @Inject
    HelpCards helpCards;

    @Context
    HttpServletRequest request;

    /** The round as the contract writes it. */
    public record CurrentJson(long round, String course, List<ItemJson> items, AnswersJson answers, String note,
                              boolean unnamed, boolean open, boolean submitted) {
    }

    public record ItemJson(long id, String field, String text) {
    }

    public record AnswersJson(SortedSet<Long> yes, SortedSet<Long> talk) {
    }

    /** What a save answers; {@code help} only when the note's words matched the crisis lexicon. */
    public record Saved(boolean saved, HelpCard help) {
    }

    public record ProfileJson(long course, String courseTitle, long answered, long students, Map<String, Double> fields,
                              long wantsToTalk) {
    }

    @GET
    @Path("current")
    public CurrentJson current() {
        Current current = students.current(signedIn.as(Role.STUDENT), course(), texts.bundle().getLocale());
        return new CurrentJson(current.round(), current.courseTitle(), current.items().stream()
                .map(item -> new ItemJson(item.id(), name(item.field()), item.text())).toList(),
                new AnswersJson(current.choices().yes(), current.choices().talk()), current.note().orElse(null),
                current.unnamed(), current.open(), current.submitted());
    }

    @PUT
    @Path("current")
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved keep(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        Choices choices = Choices.of(fields.wholes("yes"), fields.wholes("talk"));
        boolean alarmed = students.keep(signedIn.as(Role.STUDENT), course(), choices, Optional.ofNullable(fields.text("note")),
                Boolean.TRUE.equals(fields.flag("unnamed")), Boolean.TRUE.equals(fields.flag("send")));
        return new Saved(true, alarmed ? helpCards.card(signedIn.getSchoolId(), texts.bundle()) : null);
    }

    /**
     * The page's form where JavaScript does not run: the answer posted as a plain form is kept and sent, and
     * the page shows again (saying it was sent). The same origin rule holds as for every change.
     */
    @POST
    @Path("current")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> form) {
        students.keep(signedIn.as(Role.STUDENT), course(), Choices.of(ids(form, "yes"), ids(form, "talk")),
                Optional.ofNullable(form.getFirst("note")), form.containsKey("unnamed"), true);
        return Response.seeOther(URI.create(request.getContextPath() + "/student/needs?course=" + course())).build();
    }

    private static List<Long> ids(MultivaluedMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of()).stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }

    @GET
    @Path("profiles")
    public List<ProfileJson> profiles() {
        return counselors.profiles(signedIn.as(Role.COUNSELOR)).stream().map(NeedsResource::json).toList();
    }

    private static ProfileJson json(Summary summary) {
        Map<String, Double> fields = new LinkedHashMap<>();
        summary.profile().fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(field -> fields.put(name(field.getKey()), field.getValue()));
        return new ProfileJson(summary.courseId(), summary.courseTitle(), summary.profile().answered(), summary.students(),
                fields, summary.profile().wantsToTalk());
    }

    private long course() {
        return visit.courseId().orElseThrow(() -> new NotFound("no questionnaire opened in this session"));
    }

    static String name(ServiceField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }
}
