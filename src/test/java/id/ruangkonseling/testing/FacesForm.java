package id.ruangkonseling.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits a form of a Faces page as a browser would (its id, the view state, the CSP nonce PrimeFaces'
 * script adds, the fields and the button pressed), for tests that sign in through an LTI launch in an {@link Http} client rather than a browser.
 */
public final class FacesForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script puts into every Faces form as {@code primefaces.nonce}. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private FacesForm() {
    }

    /** Presses {@code button} (its client id) in form {@code formId} of {@code page}, shown at {@code path}. */
    public static HttpResponse<String> submit(Http client, String path, HttpResponse<String> page, String formId,
                                              String button, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("no Faces view state on the page: " + page.body());
        }
        return submitWith(client, path, page, formId, button, fields, Optional.of(unescape(viewState.group(1))));
    }

    /**
     * As {@link #submit}, but with the view state given here instead of the page's, or without any: what a
     * forged or replayed post sends.
     */
    public static HttpResponse<String> submitWith(Http client, String path, HttpResponse<String> page, String formId,
                                                  String button, Map<String, String> fields, Optional<String> viewState) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(button, "pressed");
        viewState.ifPresent(value -> form.put("jakarta.faces.ViewState", value));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return client.postForm(path, TestPlatform.form(form));
    }

    /** The value of the option labelled {@code label} in the page's select {@code selectId}. */
    public static String optionValue(HttpResponse<String> page, String selectId, String label) {
        Matcher select = Pattern.compile("<select[^>]*id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page.body());
        if (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>" + Pattern.quote(label) + "</option>")
                    .matcher(select.group(1));
            if (option.find()) {
                return option.group(1);
            }
        }
        throw new AssertionError("no option " + label + " in " + selectId + ": " + page.body());
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }
}
