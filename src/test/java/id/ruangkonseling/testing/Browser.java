package id.ruangkonseling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium; one fresh browser per test. Saves a screenshot under
 * {@code target/screenshots/} for each page a test names and for every test that fails. Register with
 * {@code @RegisterExtension}. A test may open several (two people); checks and screenshots look at the
 * one opened last, and all close when the test ends.
 */
public final class Browser implements AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int MIN_DESKTOP_WIDTH = 800;

    /** The browser opened last, which screenshots and checks look at. */
    private WebDriver driver;
    private final List<WebDriver> opened = new ArrayList<>();
    private final Map<String, Object> preferences = new HashMap<>();

    /**
     * Opens the next browsers with this Chromium preference besides the person's language, such as
     * {@code profile.cookie_controls_mode} (0: third-party cookies allowed, 1: blocked).
     */
    public Browser preferring(String name, Object value) {
        preferences.put(name, value);
        return this;
    }

    /**
     * A new browser at the given window size whose person reads {@code language} (what it sends as
     * {@code Accept-Language}), started with Chromium's {@code switches} besides the usual ones (such as
     * {@code --ignore-certificate-errors}); skips or fails the test when Chromium is missing.
     */
    public WebDriver open(int width, int height, String language, String... switches) {
        Requirement.BROWSER.assume(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height,
                        "--lang=" + language, "--user-data-dir=" + freshProfile())
                .addArguments(switches);
        Map<String, Object> prefs = new HashMap<>(preferences);
        prefs.put("intl.accept_languages", language);
        options.setExperimentalOption("prefs", prefs);
        // the console, so that a page breaking its Content-Security-Policy fails the test (afterEach)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        if (width < MIN_DESKTOP_WIDTH) {
            // headless windows are at least 500 px wide; a phone's width needs the phone's viewport
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        opened.add(driver);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Clicks what leads to another page once it can be clicked, and waits until the browser has left this
     * page and loaded the next: a test that reads on at once may read a page on its way out.
     */
    public static void navigate(WebDriver page, By target) {
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        WebElement leaving = page.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        wait.until(driver -> isGone(leaving));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The element once it is visible, within 30 seconds (looked for every 50 ms). */
    public static WebElement waitFor(WebDriver page, By element) {
        return new WebDriverWait(page, Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** A demo launch ({@code RK_DEMO}) of {@code user} as {@code as} (student, teacher, counselor, admin), landed home. */
    public static void demoLaunch(WebDriver page, PayaraMicro tool, String as, String user) {
        page.get(tool.uri("/dev/launch?as=" + as + "&user=" + URLEncoder.encode(user, StandardCharsets.UTF_8)).toString());
        waitFor(page, By.id("greeting"));
    }

    /**
     * Opens {@code path} in {@code page} as {@code person}, whom a launch signed in in an {@link Http} client:
     * the browser takes over their session cookie (so a test may sign in people the demo platform cannot name).
     */
    public static void openAs(WebDriver page, PayaraMicro tool, Http person, String path) {
        String session = person.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("nobody is signed in"));
        ChromeDriver chromium = (ChromeDriver) page;
        // leave the page first: a live page still open would ask once more without the cookie and be sent to the
        // signed-out page, a navigation that can overtake the one below
        page.get("about:blank");
        chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", session,
                "url", tool.uri("/").toString(), "path", "/", "httpOnly", true));
        page.get(tool.uri(path).toString());
    }

    /** Whether the browser has left the page {@code element} was on (Chromium reports that in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException leftThePage) {
            return true;
        }
    }

    /** Fails the test when the page is wider than the window: a phone would scroll it sideways. */
    public void assertNoHorizontalScrolling() {
        assertEquals(false, PhoneLayout.scrollsSideways(driver), "the page scrolls sideways");
    }

    /** Saves what the page looks like now as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = screenshots().resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the browsers' consoles said about the Content-Security-Policy since the last call: a page whose
     * own scripts (PrimeFaces' included) break it would stop working for real people.
     */
    public List<String> contentSecurityPolicyViolations() {
        List<String> violations = new ArrayList<>();
        for (WebDriver each : opened) {
            try {
                each.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy")).forEach(violations::add);
            } catch (WebDriverException closedOrUnsupported) {
                // a window the test closed has no console left to read
            }
        }
        return violations;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } else {
                List<String> violations = contentSecurityPolicyViolations();
                assertEquals(List.of(), violations, "the pages broke their Content-Security-Policy");
            }
        } finally {
            opened.forEach(WebDriver::quit);
            opened.clear();
            driver = null;
        }
    }

    private static Path screenshots() {
        return TargetFolder.of("screenshots");
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory(TargetFolder.of("chromium-profiles"), "profile-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
