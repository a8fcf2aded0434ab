package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a page looks like to a thumb on a phone: does it scroll sideways, are its controls big enough to hit. */
public final class PhoneLayout {

    /** Controls a finger must hit, with their height on the page; radios and checkboxes are hit through their labels. */
    private static final String SMALL_TARGETS = """
            const small = [];
            let checked = 0;
            for (const e of document.querySelectorAll('button, select, textarea, a.rk-button, nav a, label[for],'
                    + ' input:not([type=hidden]):not([type=radio]):not([type=checkbox])')) {
              const box = e.getBoundingClientRect();
              const forChoice = e.matches('label[for]') && ['radio', 'checkbox'].includes(document.getElementById(e.htmlFor)?.type);
              if ((box.width || box.height) && (forChoice || !e.matches('label'))) {
                checked++;
                if (box.height < 43.5) {
                  small.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(box.height) + 'px');
                }
              }
            }
            return {checked: checked, small: small};""";
    private PhoneLayout() {
    }

    /** The controls on the page lower than 44 px; every page has one control at least (the language switch). */
    @SuppressWarnings("unchecked")
    public static List<String> smallTargets(WebDriver page, String what) {
        Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) page).executeScript(SMALL_TARGETS);
        assertTrue(((Number) measured.get("checked")).intValue() > 0, what + ": no control was measured");
        return (List<String>) measured.get("small");
    }

    /**
     * Whether the page is wider than its layout viewport. Not {@code window.innerWidth}: a phone zooms out to
     * show a page that is too wide, and then its window is as wide as the page.
     */
    public static boolean scrollsSideways(WebDriver page) {
        return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }
}
