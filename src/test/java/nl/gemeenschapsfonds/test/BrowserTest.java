package nl.gemeenschapsfonds.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Base class of the few tests in real Chromium ({@code …BrowserIT}): the whole application on a random
 * port (the same Spring context as the other integration tests) and one headless Chromium per test
 * class. Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are set explicitly, so
 * Selenium Manager never runs and nothing is downloaded. A failing test leaves a screenshot in
 * {@code target/browser-screenshots/<class>.<test>.png}.
 */
@IntegrationTest
public abstract class BrowserTest {

    protected static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    protected static WebDriver driver;
    private static Path userDataDir;

    @LocalServerPort
    protected int port;

    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String method = context.getRequiredTestMethod().getName();
            String display = context.getDisplayName();
            // a parameterized test runs one method several times: its display name tells the runs apart
            String name = context.getRequiredTestClass().getSimpleName() + "." + method
                    + (display.startsWith(method + "(") ? "" : "[" + display + "]");
            screenshot(name.replaceAll("[^A-Za-z0-9._\\[\\]-]", "_"));
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        userDataDir = Files.createTempDirectory("gf-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + userDataDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    @AfterAll
    static void stopBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteQuietly(userDataDir);
        }
    }

    /** Opens a path of the application, e.g. {@code "login"}, and waits until Vaadin has rendered it. */
    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Signs in through the real login form, as a user would: types into the form's inputs (light DOM
     * of {@code vaadin-login-form}) and presses its button, which posts the form natively.
     */
    protected void login(String email, String password) {
        WebElement form = waitForId("login-view").findElement(By.tagName("vaadin-login-form"));
        WebElement username = form.findElement(By.cssSelector("input[name=username]"));
        WebElement passwordInput = form.findElement(By.cssSelector("input[name=password]"));
        username.clear();
        username.sendKeys(email);
        passwordInput.clear();
        passwordInput.sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    /** Opens the {@code vaadin-select} with this id and picks the item with this label. */
    protected void choose(String selectId, String label) {
        waitForId(selectId).click();
        waitForVisible(By.cssSelector("#" + selectId + " vaadin-select-item[role=option][label='" + label + "']")).click();
    }

    /** Waits until the element with this id is in the page and visible, and returns it. */
    protected WebElement waitForId(String id) {
        return waitForVisible(By.id(id));
    }

    protected WebElement waitForVisible(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until Vaadin's client has started and has no request in flight. */
    protected void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients || Object.keys(clients).length === 0) {
                    return false;
                }
                return document.readyState === 'complete'
                    && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    /** An explicit wait that also outlasts a page reload (elements found before it go stale). */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The visible text of these elements, trimmed. */
    protected static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(element -> element.getText().trim()).toList();
    }

    private static void screenshot(String name) {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = camera.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save a screenshot of " + name + ": " + e);
        }
    }

    /** Best effort: a profile directory left in /tmp must not fail the tests. */
    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete Chromium's profile " + directory + ": " + e);
        }
    }
}
