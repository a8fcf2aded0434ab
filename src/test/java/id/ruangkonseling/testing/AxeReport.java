package id.ruangkonseling.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs Deque's axe-core on the page a browser shows, with the WCAG 2.0 and 2.1 A and AA rules (and Deque's best
 * practices, of which the landmark and heading ones count), and writes
 * what it checked to {@code target/accessibility-report.txt} and the log: page, language, width, rules
 * passed, violations by impact. Keeps the serious and critical violations for the test to fail on.
 */
public final class AxeReport {

    /** Deque's best practices too: they are reported, and the structural ones below fail the test. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Landmarks and headings in order, which axe-core rates only "moderate". */
    private static final Set<String> BLOCKING_RULES = Set.of("heading-order", "landmark-one-main", "page-has-heading-one",
            "region", "landmark-unique", "landmark-no-duplicate-main", "empty-heading");
    private static final Logger LOG = System.getLogger(AxeReport.class.getName());

    private final Path file;
    private final List<String> blocking = new ArrayList<>();
    private int checked;

    private AxeReport(Path file) {
        this.file = file;
    }

    /** A report that adds to {@code target/accessibility-report.txt} (one run's tests share it). */
    public static AxeReport appendingTo(String name) {
        return new AxeReport(TargetFolder.root().resolve(name));
    }

    /** Starts the report file afresh, with a line that says what the run checks. */
    public static void startFile(String name) {
        write(TargetFolder.root().resolve(name), "axe-core, tags " + TAGS + "; a serious or critical violation, or one of "
                + BLOCKING_RULES + ", fails the test"
                + System.lineSeparator(), StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Checks the page as it is now; {@code what} names it in the report (page, language, width). */
    public void check(WebDriver page, String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(page);
        if (results.isErrored()) {
            blocking.add(what + ": axe-core failed: " + results.getErrorMessage());
            return;
        }
        List<Rule> violations = results.getViolations();
        String line = String.format("%-48s %s  rules passed %3d, violations %d %s", what, page.getCurrentUrl()
                .replaceFirst("^https?://[^/]+", "").replaceFirst("offer=[^&]+", "offer=…"), results.getPasses().size(), violations.size(), byImpact(violations));
        write(file, line + System.lineSeparator(), StandardOpenOption.APPEND);
        LOG.log(Level.INFO, "accessibility: {0}", line);
        checked++;
        violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()) || BLOCKING_RULES.contains(rule.getId())).forEach(rule -> {
            String detail = what + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
            blocking.add(detail);
            write(file, "    " + detail + System.lineSeparator(), StandardOpenOption.APPEND);
        });
    }

    /** The violations that fail the test found so far, one line each. */
    public List<String> blocking() {
        return List.copyOf(blocking);
    }

    /** How many pages were checked. */
    public int checked() {
        return checked;
    }

    private static String byImpact(List<Rule> violations) {
        return violations.isEmpty() ? "" : violations.stream()
                .map(rule -> rule.getImpact() + ":" + rule.getId()).collect(Collectors.joining(" ", "(", ")"));
    }

    private static void write(Path file, String text, StandardOpenOption mode) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
