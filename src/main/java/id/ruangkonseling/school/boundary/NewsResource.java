package id.ruangkonseling.school.boundary;

import id.ruangkonseling.platform.boundary.QueryNumbers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.entity.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/news?after=12-7&wait=25}: whether the signed-in counselor's or student's pages have something new
 * to show since edition {@code after}. Held up to {@code wait} seconds while nothing is new, then {@code 304};
 * {@code 200 {"edition": "13-7"}} as soon as something is, after which the page reads what it shows anew. Answered
 * from memory: an idle poll runs no SQL statement and does not keep the session from its idle end.
 */
@Path("news")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NewsResource {

    /** The longest a poll is held, in seconds, as the chat's. */
    static final int MAX_WAIT = 30;

    @Inject
    PageNews news;

    @Inject
    SignedInMember signedIn;

    @Resource
    ManagedExecutorService executor;

    /** The body of an answer: the edition the page shows once it has read anew. */
    public record News(String edition) {
    }

    @GET
    public void news(@QueryParam("after") String after, @QueryParam("wait") String waitParameter, @Suspended AsyncResponse response) {
        long wait = QueryNumbers.whole("wait", waitParameter, 0);
        Caller caller = signedIn.asCounselorOrStudent();
        PageNews.Edition now = news.edition(caller);
        if (!now.text().equals(after) || wait <= 0) {
            response.resume(answer(now, after));
            return;
        }
        var poll = news.hold(caller, now, () -> executor.execute(() -> response.resume(answer(news.edition(caller), after))));
        response.setTimeoutHandler(timedOut -> {
            poll.cancel();
            timedOut.resume(answer(news.edition(caller), after));
        });
        response.register((CompletionCallback) failure -> poll.cancel());
        response.setTimeout((int) Math.min(wait, MAX_WAIT), TimeUnit.SECONDS);
    }

    private static Response answer(PageNews.Edition edition, String after) {
        EntityTag tag = new EntityTag(edition.text());
        return edition.text().equals(after) ? Response.notModified(tag).header("Cache-Control", "no-store").build()
                : Response.ok(new News(edition.text())).tag(tag).header("Cache-Control", "no-store").build();
    }
}
