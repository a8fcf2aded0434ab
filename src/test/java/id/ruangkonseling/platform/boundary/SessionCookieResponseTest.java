package id.ruangkonseling.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session's {@code Set-Cookie} is rewritten wherever in a request the container adds it, as long as
 * the response can still change — checked against a fake container that, like Payara, adds the header
 * to the response itself and commits it when its buffer fills.
 */
class SessionCookieResponseTest {

    private static final String RK_LANG = "rk_lang=id; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax";

    private final Container container = new Container();
    private final SessionCookieResponse response = new SessionCookieResponse(container.request(), container.response(),
            "JSESSIONID", header -> header + "; SameSite=Lax");

    @Test
    void aSessionStartedBeforeTheFilterRanIsSettledAtOnce() {
        container.startSession("s1");

        response.settle();

        assertEquals(List.of(RK_LANG, "JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax"), container.cookies);
    }

    @Test
    void aSessionStartedOrRenewedWhileThePageIsWrittenIsSettledBeforeTheFirstByteLeaves() throws IOException {
        response.settle();
        PrintWriter page = response.getWriter();
        container.startSession("s1");
        page.print("<html>");
        assertEquals(List.of(RK_LANG, "JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax"), container.cookiesWhenCommitted);

        container.startSession("s2"); // too late for a cookie: the response is committed
        page.print("</html>");
        response.settle();
        assertEquals(0, container.headersSetOnceCommitted, "a committed response is left alone");
    }

    @Test
    void aRedirectAfterTheSessionRenewedCarriesTheSettledCookie() throws IOException {
        response.settle();
        container.startSession("s1");

        response.sendRedirect("/student/");

        assertEquals(List.of(RK_LANG, "JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax"), container.cookiesWhenCommitted);
    }

    /** Just enough of a servlet container: one session, Set-Cookie headers, a response committed by its first write. */
    private static final class Container {

        final List<String> cookies = new ArrayList<>(List.of(RK_LANG));
        List<String> cookiesWhenCommitted;
        int headersSetOnceCommitted;
        String sessionId;

        void startSession(String id) {
            sessionId = id;
            if (cookiesWhenCommitted == null) {
                cookies.removeIf(cookie -> cookie.startsWith("JSESSIONID="));
                cookies.add("JSESSIONID=" + id + "; Path=/; HttpOnly");
            }
        }

        void commit() {
            if (cookiesWhenCommitted == null) {
                cookiesWhenCommitted = List.copyOf(cookies);
            }
        }

        HttpServletRequest request() {
            HttpSession session = fake(HttpSession.class, (method, arguments) -> sessionId);
            return fake(HttpServletRequest.class, (method, arguments) -> sessionId == null ? null : session);
        }

        HttpServletResponse response() {
            PrintWriter output = new PrintWriter(new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) {
                    commit();
                }

                @Override
                public void flush() {
                    commit();
                }

                @Override
                public void close() {
                }
            });
            return fake(HttpServletResponse.class, (method, arguments) -> switch (method) {
                case "isCommitted" -> cookiesWhenCommitted != null;
                case "getHeaders" -> List.copyOf(cookies);
                case "getWriter" -> output;
                case "setHeader" -> {
                    if (cookiesWhenCommitted != null) {
                        headersSetOnceCommitted++;
                    } else {
                        cookies.clear();
                        cookies.add((String) arguments[1]);
                    }
                    yield null;
                }
                case "addHeader" -> cookiesWhenCommitted != null ? headersSetOnceCommitted++ : cookies.add((String) arguments[1]);
                case "sendRedirect" -> {
                    commit();
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method);
            });
        }

        private static <T> T fake(Class<T> type, Answer answer) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, arguments) -> answer.to(method.getName(), arguments)));
        }
    }

    private interface Answer {
        Object to(String method, Object[] arguments);
    }
}
