package id.ruangkonseling.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body larger than any the service takes, before anything parses it: {@value #API_BYTES}
 * bytes for the JSON API (a WebRTC signal of 64 KiB is its largest), {@value #PAGE_BYTES} for a page's
 * form post (a case note of 6,000 characters, percent-encoded). A declared {@code Content-Length} is
 * checked at once; a body of unknown length (chunked) is read up to the limit and no further. Over the limit: {@code 413},
 * as the API's JSON error shape under {@code /api/}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    static final int API_BYTES = 256 * 1024;
    static final int PAGE_BYTES = 1024 * 1024;

    @Inject
    ApiTexts texts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = RestApi.serves(request);
        int limit = api ? API_BYTES : PAGE_BYTES;
        if (request.getContentLengthLong() > limit) {
            refuse(api, response);
            return;
        }
        if (api && request.getContentLengthLong() < 0 && mayHaveBody(request.getMethod())) {
            // chunked: the container hides Transfer-Encoding, so any body of unknown length is read here
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                refuse(true, response);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayHaveBody(String method) {
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    }

    private void refuse(boolean api, HttpServletResponse response) throws IOException {
        if (!api) {
            response.sendError(413);
            return;
        }
        response.setStatus(413);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        String json = Json.createObjectBuilder().add("message", texts.of("api.tooLarge"))
                .add("fields", Json.createObjectBuilder()).build().toString();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The request with its (chunked) body already read, within the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException cannot) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }
    }
}
