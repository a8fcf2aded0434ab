package id.ruangkonseling.call.boundary;

import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.platform.boundary.JsonFields;
import id.ruangkonseling.platform.boundary.QueryNumbers;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The call API ({@code /api/calls}), which the pages' call script uses: a held poll of the member's calls and
 * signals (answered from memory, {@code 304} when nothing is new), starting a call in a conversation,
 * answering, declining, hanging up, signaling and saying that the browsers connected. A call or conversation
 * that is not the member's, or does not exist, is the same {@code 404}. See {@code docs/api.md}.
 */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CallsResource {

    /** The longest a poll is held, in seconds, as the chat's. */
    static final int MAX_WAIT = 30;
    /** A session description with many candidates stays well under this; anything larger is not a signal. */
    static final int SIGNAL_CHARACTERS = 64 * 1024;
    private static final Set<String> SIGNAL_FIELDS = Set.of("description", "candidate");

    @Inject
    Calls calls;

    @Inject
    SignedInMember signedIn;

    @Resource
    ManagedExecutorService executor;

    /** The member's live calls and the signals for them after {@code after}; held up to {@code wait} s while nothing is new. */
    @GET
    public void news(@QueryParam("after") String afterParameter, @QueryParam("wait") String waitParameter,
                     @Suspended AsyncResponse response) {
        long after = QueryNumbers.whole("after", afterParameter, 0);
        long wait = QueryNumbers.whole("wait", waitParameter, 0);
        Caller caller = caller();
        long known = Math.max(after, 0);
        if (calls.last(caller) != known || wait <= 0) {
            response.resume(answer(calls.news(caller, known), known));
            return;
        }
        var waiter = calls.await(caller, known, () -> executor.execute(() -> response.resume(answer(calls.news(caller, known), known))));
        response.setTimeoutHandler(timedOut -> {
            waiter.cancel();
            timedOut.resume(answer(calls.news(caller, known), known));
        });
        response.register((CompletionCallback) failure -> waiter.cancel());
        response.setTimeout((int) Math.min(wait, MAX_WAIT), TimeUnit.SECONDS);
    }

    /** Starts a call in conversation {@code conversation}: {@code {"conversation": 12, "kind": "video"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        NewCall call = new NewCall(fields.whole("conversation"), fields.text("kind"));
        if (call.conversation() == null) {
            throw new Invalid("conversation", "api.call.conversation", "no conversation named");
        }
        CallKind kind = CallKind.of(call.kind()).orElseThrow(() -> new Invalid("kind", "api.call.kind", "kind is video or voice"));
        Calls.Joined joined = calls.start(caller(), call.conversation(), kind);
        return Response.status("outgoing".equals(joined.call().direction()) ? 201 : 200).entity(joined).build();
    }

    /** The body of a new call. */
    public record NewCall(Long conversation, String kind) {
    }

    @POST
    @Path("{id}/answer")
    public Calls.Joined answer(@PathParam("id") String id) {
        return calls.answer(caller(), id);
    }

    @POST
    @Path("{id}/decline")
    public Response decline(@PathParam("id") String id) {
        calls.decline(caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/hangup")
    public Response hangUp(@PathParam("id") String id) {
        calls.hangUp(caller(), id);
        return Response.noContent().build();
    }

    /** The page's browser reached the other one: from now on the call is talked. */
    @POST
    @Path("{id}/connected")
    public Response connected(@PathParam("id") String id) {
        calls.connected(caller(), id);
        return Response.noContent().build();
    }

    /** An offer, answer or candidate for the other side: {@code {"description": {…}}} or {@code {"candidate": {…}}}. */
    @POST
    @Path("{id}/signals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signal(@PathParam("id") String id, JsonObject signal) {
        if (signal == null || signal.isEmpty() || !SIGNAL_FIELDS.containsAll(signal.keySet())
                || signal.toString().length() > SIGNAL_CHARACTERS) {
            throw new Invalid("signal", "api.call.signal", "not a signal");
        }
        calls.signal(caller(), id, signal);
        return Response.accepted().build();
    }

    /** Fresh STUN/TURN servers for a live call of the member's. */
    @GET
    @Path("{id}/ice")
    public Object ice(@PathParam("id") String id) {
        return calls.ice(caller(), id);
    }

    private Response answer(CallNews news, long known) {
        if (news.last() == known) {
            return Response.notModified(new EntityTag(Long.toString(known))).header("Cache-Control", "no-store").build();
        }
        return Response.ok(news).tag(new EntityTag(Long.toString(news.last()))).build();
    }

    /** The session's member, as a counselor when the launch made them one, else as a student. */
    private Caller caller() {
        return signedIn.asCounselorOrStudent();
    }
}
