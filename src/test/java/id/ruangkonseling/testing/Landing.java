package id.ruangkonseling.testing;

import java.net.URI;
import java.net.http.HttpResponse;

/** Where the tool sent the browser after a launch: the redirect's address without its ticket fragment. */
public final class Landing {

    private Landing() {
    }

    /** The {@code Location} without its {@code #fragment}, or what the tool said instead, for the failure message. */
    public static String of(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").map(location -> location.replaceFirst("#.*$", ""))
                .orElse("no redirect: " + answer.statusCode() + " " + answer.body());
    }

    /** The same place as a path and query on the tool, for a client that asks the tool itself. */
    public static String path(HttpResponse<String> answer) {
        URI landing = URI.create(of(answer));
        return landing.getRawPath() + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery());
    }

    /** The one-time ticket in the redirect's fragment ({@code #rk-ticket=}). */
    public static String ticket(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError(answer.body()));
        int start = location.indexOf("#rk-ticket=");
        if (start < 0) {
            throw new AssertionError("no ticket in " + location);
        }
        return location.substring(start + "#rk-ticket=".length());
    }
}
