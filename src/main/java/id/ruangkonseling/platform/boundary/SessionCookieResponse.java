package id.ruangkonseling.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A response whose {@code Set-Cookie} of the session is rewritten ({@link #settle()}) while it can still
 * change: before each write, flush, redirect or error that could commit it, whenever the request's
 * session is not the one last settled (a session started or given a new id since). Once committed, it
 * only passes everything on.
 */
final class SessionCookieResponse extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";
    /** Stands for "not looked at yet": no session id looks like it. */
    private static final String UNSETTLED = "";

    private final HttpServletRequest request;
    private final String prefix;
    private final UnaryOperator<String> policy;
    private String settledFor = UNSETTLED;
    private boolean committed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    SessionCookieResponse(HttpServletRequest request, HttpServletResponse response, String cookieName,
                          UnaryOperator<String> policy) {
        super(response);
        this.request = request;
        this.prefix = cookieName + "=";
        this.policy = policy;
    }

    /** Rewrites the session's {@code Set-Cookie}, if there is one and the response is not committed yet. */
    void settle() {
        if (committedAlready()) {
            return;
        }
        settledFor = sessionId();
        List<String> written = List.copyOf(getHeaders(SET_COOKIE));
        List<String> wanted = written.stream().map(header -> header.startsWith(prefix) ? policy.apply(header) : header).toList();
        if (!wanted.equals(written)) {
            setHeader(SET_COOKIE, wanted.getFirst());
            wanted.stream().skip(1).forEach(header -> addHeader(SET_COOKIE, header));
        }
    }

    /** Before anything that may commit the response: settles it if the session changed since. */
    private void beforeCommitting() {
        if (!committedAlready() && !Objects.equals(settledFor, sessionId())) {
            settle();
        }
    }

    /** Whether the headers have gone; asks the container only until they have. */
    private boolean committedAlready() {
        committed = committed || isCommitted();
        return committed;
    }

    private String sessionId() {
        try {
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = WatchedOutput.stream(super.getOutputStream(), this::beforeCommitting);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = WatchedOutput.writer(super.getWriter(), this::beforeCommitting);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeCommitting();
        super.flushBuffer();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        beforeCommitting();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        beforeCommitting();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        beforeCommitting();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        beforeCommitting();
        super.sendRedirect(location, status);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        beforeCommitting();
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        beforeCommitting();
        super.sendRedirect(location, status, clearBuffer);
    }

    @Override
    public void reset() {
        super.reset();
        settledFor = UNSETTLED; // the container may write the session's cookie again
    }
}
