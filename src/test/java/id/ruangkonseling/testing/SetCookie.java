package id.ruangkonseling.testing;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * One cookie as an answer's {@code Set-Cookie} header spelled it, for tests that check what reaches the
 * browser rather than what the server was configured with.
 */
public record SetCookie(String header, String name, String value, List<String> attributes) {

    /** The answer's one {@code Set-Cookie} of {@code name}; fails the test when there is none or more than one. */
    public static SetCookie of(HttpResponse<?> answer, String name) {
        List<String> headers = answer.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "=")).toList();
        if (headers.size() != 1) {
            throw new AssertionError("expected one Set-Cookie of " + name + " from " + answer.request().method() + " "
                    + answer.request().uri() + ", got: " + answer.headers().allValues("Set-Cookie"));
        }
        return parse(headers.getFirst());
    }

    /** {@code name=value; Attr; Attr=value} taken apart; attributes keep their spelling and order. */
    public static SetCookie parse(String header) {
        List<String> parts = Arrays.stream(header.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        String[] nameValue = parts.getFirst().split("=", 2);
        return new SetCookie(header, nameValue[0], nameValue.length > 1 ? nameValue[1] : "", parts.subList(1, parts.size()));
    }
}
