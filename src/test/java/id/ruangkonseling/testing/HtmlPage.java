package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser reads off a page of the tool: a hidden field, a form's target, a link. */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** The value of the hidden field {@code name}. */
    public static String field(String page, String name) {
        return find(page, "name=\"" + name + "\" value=\"([^\"]+)\"");
    }

    /** Where the Deep Linking return form posts: the platform's {@code deep_link_return_url}. */
    public static String deepLinkReturnAction(String page) {
        return find(page, "<form id=\"deep-link-return\" method=\"post\" action=\"([^\"]+)\"");
    }

    /** What the browser does with the Deep Linking return form: posts the JWT to the platform. */
    public static HttpResponse<String> postDeepLinkReturn(String page) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deepLinkReturnAction(page)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(TestPlatform.form(Map.of("JWT", field(page, "JWT"))))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first group of {@code regex} in the page; fails the test when it is not there. */
    public static String find(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertTrue(matcher.find(), regex + " in " + page);
        return matcher.group(1);
    }
}
