package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Checks a page in Chromium after the XSS battery: no dialog opened, no marker set, and nothing the payloads
 * carry became markup that could run (CSP would block an injected script, so the DOM itself is read too:
 * a hole must show even where the policy saves the day). The call panel's own two video elements are the only
 * such markup a page brings itself. {@code Browser} fails on any CSP report as well.
 */
final class NothingRan {

    /** Elements and attributes that only a payload would have brought in, described for the failure message. */
    private static final String INJECTED = """
            const found = [];
            if (window.__xss !== undefined) found.push('window.__xss = ' + window.__xss);
            for (const script of document.scripts) {
              const own = script.src ? new URL(script.src).origin === location.origin : script.nonce !== '';
              if (!own) found.push('script ' + script.outerHTML.slice(0, 120));
            }
            const risky = /^\\s*(javascript|vbscript|data):/i;
            for (const element of document.querySelectorAll('*')) {
              for (const attribute of element.attributes) {
                if (/^on/i.test(attribute.name) || attribute.name === 'srcdoc'
                    || (risky.test(attribute.value) && /^(href|src|action|formaction|data|xlink:href|content)$/i.test(attribute.name))
                    || (attribute.name === 'style' && /expression|javascript/i.test(attribute.value))) {
                  found.push(element.tagName + ' ' + attribute.name + '=' + attribute.value.slice(0, 80));
                }
              }
            }
            const main = document.getElementById('main') || document.body;
            for (const element of main.querySelectorAll(
                'iframe, frame, object, embed, base, meta, link, style, svg, math, img, video, audio, details, marquee, template, noscript')) {
              // the call panel's own two video elements are the page's, not a payload's
              const callVideo = element.matches('#call-live video#call-remote, #call-live video#call-local')
                  && element.closest('#call').contains(element);
              if (!callVideo) found.push('element ' + element.outerHTML.slice(0, 120));
            }
            return found;""";

    private NothingRan() {
    }

    /** Fails when a payload ran or became markup on the page {@code page} shows now ({@code where} names it). */
    static void on(WebDriver page, String where) {
        try {
            String text = page.switchTo().alert().getText();
            page.switchTo().alert().dismiss();
            fail(where + ": a payload opened a dialog: " + text);
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        Object found = ((JavascriptExecutor) page).executeScript(INJECTED);
        assertEquals(List.of(), found, where + ": markup from the payloads");
    }

    /** The text of every element {@code css} selects, one after the other, as a reader sees it (textContent). */
    static String text(WebDriver page, String css) {
        return (String) ((JavascriptExecutor) page).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent).join('\\n');", css);
    }

    /** Fails unless each payload reads literally in {@code shown}: rendered as text, not dropped or changed. */
    static void showsLiterally(String shown, Collection<String> payloads, String where) {
        List<String> missing = payloads.stream().map(XssPayloads::asShown).filter(payload -> !shown.contains(payload)).toList();
        assertEquals(List.of(), missing, where + " does not show these as typed; it shows: " + shown);
    }
}
