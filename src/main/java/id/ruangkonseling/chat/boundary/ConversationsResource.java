package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.chat.entity.Message;
import id.ruangkonseling.platform.boundary.ApiError;
import id.ruangkonseling.platform.boundary.ApiFailures;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.boundary.JsonFields;
import id.ruangkonseling.platform.boundary.QueryNumbers;
import id.ruangkonseling.safeguarding.boundary.HelpCards;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The chat API ({@code /api/conversations}), the public contract the chat panel uses too. A poll with
 * nothing new is held (up to {@value #MAX_WAIT} s, without a request thread) and answered as soon as
 * something arrives, else {@code 304}; it is decided from memory, without SQL. A non-participant and a
 * missing id get the same {@code 404}.
 */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConversationsResource {

    /** The longest a poll is held, in seconds; proxies commonly cut requests at 60 s. */
    static final int MAX_WAIT = 30;

    @Inject
    Conversations conversations;

    @Inject
    ChatMessages messages;

    @Inject
    SignedInMember signedIn;

    @Inject
    ApiTexts texts;

    @Inject
    HelpCards helpCards;

    @Resource
    ManagedExecutorService executor;

    @GET
    public List<ConversationSummary> mine() {
        return conversations.mine(actor());
    }

    @GET
    @Path("{id}/messages")
    public void messages(@PathParam("id") long id, @QueryParam("after") String afterParameter,
                         @QueryParam("wait") String waitParameter,
                         @HeaderParam("If-None-Match") String ifNoneMatch, @Suspended AsyncResponse response) {
        long after = QueryNumbers.whole("after", afterParameter, 0);
        long wait = QueryNumbers.whole("wait", waitParameter, 0);
        Caller actor = actor();
        long known = KnownSeq.of(after, ifNoneMatch);
        Optional<MessagePage> page = messages.messagesAfter(actor, id, known);
        if (page.isPresent() && page.get().lastSeq() <= known && wait > 0) {
            hold(actor, id, known, (int) Math.min(wait, MAX_WAIT), response);
        } else {
            response.resume(page.map(newsAfter(known)).orElseGet(this::notFound));
        }
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") long id, JsonObject body) {
        if (body == null) {
            return ApiError.response(400, texts.of("api.chat.sendBody"), Map.of());
        }
        JsonFields fields = JsonFields.of(body);
        NewMessage message = new NewMessage(fields.text("clientId"), fields.text("body"));
        try {
            return messages.send(actor(), id, message.clientId(), message.body())
                    .map(sent -> Response.status(sent.created() ? 201 : 200).entity(SentMessage.of(sent.message(),
                            sent.alarming() ? helpCards.card(signedIn.getSchoolId(), texts.bundle()) : null)).build())
                    .orElseGet(this::notFound);
        } catch (ChatMessages.TooManyMessages tooMany) {
            long seconds = Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(ApiError.response(429, texts.of("api.chat.tooMany", seconds), Map.of()))
                    .header("Retry-After", seconds).build();
        }
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("id") long id, JsonObject body) {
        ReadReceiptRequest receipt = new ReadReceiptRequest(JsonFields.of(body).whole("seq"));
        if (receipt.seq() == null) {
            return ApiError.response(400, texts.of("api.chat.readBody"), Map.of("seq", texts.of("api.chat.seq")));
        }
        return messages.read(actor(), id, receipt.seq())
                .map(seq -> Response.ok(Map.of("seq", seq)).build())
                .orElseGet(this::notFound);
    }

    /** The body of a new message. */
    public record NewMessage(String clientId, String body) {
    }

    /**
     * {@code POST /api/conversations/{id}/typing}: the member is typing; the other side's poll answers
     * {@code otherTyping: true} for the next few seconds. Beyond the contract; kept in memory only.
     */
    @POST
    @Path("{id}/typing")
    public Response typing(@PathParam("id") long id) {
        return messages.typing(actor(), id).map(typing -> Response.noContent().build()).orElseGet(this::notFound);
    }

    /** The body of a read receipt. */
    public record ReadReceiptRequest(Long seq) {
    }

    private void hold(Caller actor, long id, long known, int seconds, AsyncResponse response) {
        ResourceBundle bundle = texts.bundle(); // the request's scope is gone when the answer is made
        // woken by a message, a read receipt or typing: the page answers, with or without new messages; the polls of
        // one reader from one number that the same news wakes (a browser's tabs, say) read the page once
        var waiter = messages.await(id, known, news -> executor.execute(() -> response.resume(
                page(() -> news.shared(new SharedPage(actor.memberId(), id, known), () -> messages.messagesAfter(actor, id, known)),
                        bundle, ConversationsResource::news))));
        response.setTimeoutHandler(timedOut -> {
            waiter.cancel();
            timedOut.resume(page(() -> messages.messagesAfter(actor, id, known), bundle, newsAfter(known)));
        });
        response.register((CompletionCallback) failure -> waiter.cancel());
        response.setTimeout(seconds, TimeUnit.SECONDS);
    }

    /** What one reader's poll from one number reads when woken. */
    private record SharedPage(long readerId, long conversationId, long after) {
    }

    private Response page(Supplier<Optional<MessagePage>> read, ResourceBundle bundle, Function<MessagePage, Response> answer) {
        try {
            return read.get().map(answer).orElseGet(() -> notFound(bundle));
        } catch (RuntimeException failed) {
            return ApiFailures.unexpected(failed, bundle.getString("api.failed"));
        }
    }

    private static Response news(MessagePage page) {
        return Response.ok(page).tag(etag(page.lastSeq())).build();
    }

    /** The page when there is something after {@code known}, else 304. */
    private static Function<MessagePage, Response> newsAfter(long known) {
        return page -> page.lastSeq() > known ? news(page) : notModified(page.lastSeq());
    }

    private static Response notModified(long lastSeq) {
        return Response.notModified(etag(lastSeq)).header("Cache-Control", "no-store").build();
    }

    private static EntityTag etag(long lastSeq) {
        return new EntityTag(Long.toString(lastSeq));
    }

    private Response notFound() {
        return notFound(texts.bundle());
    }

    private static Response notFound(ResourceBundle bundle) {
        return ApiError.response(Response.Status.NOT_FOUND, bundle.getString("api.chat.notFound"));
    }

    private Caller actor() {
        return signedIn.asCounselorOrStudent();
    }
}
