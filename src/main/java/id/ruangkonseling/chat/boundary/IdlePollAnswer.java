package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.platform.entity.NotFound;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat's commonest call answered before the JSON API's machinery: a poll that does not wait
 * ({@code GET /api/conversations/{id}/messages?after=N}, no {@code wait}) from a signed-in participant, with
 * nothing after {@code N}, gets its {@code 304} from memory, exactly as {@link ConversationsResource} would
 * write it. Everything else — something new, a held poll, a conversation not loaded yet, no session, a bad
 * parameter — goes on to the resource unchanged. Mapped to the API's servlet, so it runs after every filter
 * that applies to all paths (security headers, idle sessions).
 */
@WebFilter(servletNames = "id.ruangkonseling.platform.boundary.RestApi", asyncSupported = true)
public class IdlePollAnswer extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern MESSAGES = Pattern.compile("/api/conversations/(\\d{1,18})/messages");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient ChatMessages messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        OptionalLong lastSeq = idle(request) ? nothingNew(request) : OptionalLong.empty();
        if (lastSeq.isPresent()) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", KnownSeq.etag(lastSeq.getAsLong()));
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A signed-in session's poll that does not wait. The method is checked first: reading a parameter of a form
     * post would consume its body before the resource gets it.
     */
    private static boolean idle(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getSession(false) == null) {
            return false;
        }
        String wait = request.getParameter("wait");
        return wait == null || wait.isEmpty() || "0".equals(wait);
    }

    private OptionalLong nothingNew(HttpServletRequest request) {
        Matcher path = MESSAGES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String after = request.getParameter("after");
        if (!path.matches() || after != null && !after.isEmpty() && !WHOLE.matcher(after).matches() || signedIn.getMemberId() == null) {
            return OptionalLong.empty();
        }
        Caller actor;
        try {
            actor = signedIn.asCounselorOrStudent();
        } catch (NotFound neitherRole) {
            return OptionalLong.empty();
        }
        long known = KnownSeq.of(after == null || after.isEmpty() ? 0 : Long.parseLong(after), request.getHeader("If-None-Match"));
        return messages.nothingAfter(actor, Long.parseLong(path.group(1)), known);
    }
}
