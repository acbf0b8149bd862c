package nl.gemeenschapsfonds.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
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
 * port (the same Spring context as the other integration tests) and one headless Chromium for all
 * browser test classes of the run, emptied before each class (cookies, storage, the page: as a new
 * browser, without starting one and loading Vaadin's scripts into an empty cache; issue 20). Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are set explicitly, so Selenium Manager
 * never runs and nothing is downloaded. A failing test leaves a screenshot in
 * {@code target/browser-screenshots/<class>.<test>.png}.
 */
@IntegrationTest
public abstract class BrowserTest {

    protected static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);
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

    /**
     * The run's Chromium, emptied as if new: no cookie of any port of localhost (the application's session and language,
     * the test OIDC provider's session), no local or session storage, no device emulation, on a blank page. Started
     * once per run: starting Chromium and loading Vaadin's scripts into an empty cache took ~2 s per class (issue 20).
     * One that no longer answers is replaced.
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        BrowserSteps.start();
        SESSIONS.clear();
        if (driver != null) {
            try {
                emptyTheBrowser();
                return;
            } catch (RuntimeException broken) {
                System.err.println("Chromium of an earlier test class did not answer; starting a new one: " + broken);
                stopBrowser();
            }
        }
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
        if (!shutdownHookAdded) {
            shutdownHookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::stopBrowser, "stop-chromium"));
        }
    }

    private static boolean shutdownHookAdded;

    private static void emptyTheBrowser() {
        ChromeDriver chrome = (ChromeDriver) driver;
        String current = driver.getCurrentUrl();
        if (current != null && current.startsWith("http")) {
            ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        }
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        driver.get("about:blank");
        chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    /**
     * Empties the application's local and session storage while its page is still shown, then leaves the page (no script
     * of it runs on beside the tests after); the next class empties the rest (cookies, device emulation).
     */
    @AfterAll
    static void leaveTheApplication(org.junit.jupiter.api.TestInfo info) {
        System.out.println("== browser steps of " + info.getTestClass().map(Class::getSimpleName).orElse("?") + ": "
                + BrowserSteps.report());
        try {
            if (driver != null) {
                String current = driver.getCurrentUrl();
                if (current != null && current.startsWith("http")) { // while the application's origin is still shown
                    ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
                }
                driver.get("about:blank");
            }
        } catch (RuntimeException broken) {
            stopBrowser(); // the next class starts a new one
        }
    }

    static synchronized void stopBrowser() {
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
        BrowserSteps.time("page load", () -> {
            driver.get(url(path));
            waitForVaadin();
        });
    }

    /**
     * Goes to a path of the application as a router link does (issue 20, ADR 0031 rule 5): the page is not loaded again,
     * so Vaadin does not start anew in the browser and the server builds only the view. Waits until Vaadin's router
     * says it has navigated ({@code vaadin-navigated}, fired after the server's answer is applied), the address is the
     * path, and no request is in flight. Loads the page in full ({@link #open}) where there is no page of the
     * application to navigate from, on the sign-in page (its form posts natively), for the root route (it forwards)
     * and for the address already shown.
     */
    protected void go(String path) {
        String target = "/" + (path.startsWith("/") ? path.substring(1) : path);
        String current = driver.getCurrentUrl();
        if (target.equals("/") || current == null || !current.startsWith(url(""))
                || !driver.findElements(By.id("login-view")).isEmpty()
                || target.equals(js("return location.pathname + location.search;"))
                || !Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.keys(window.Vaadin.Flow.clients).length);"))) {
            // not on a page of Vaadin's (e.g. Spring's error page), where a link loads the page anyway
            open(path);
            return;
        }
        BrowserSteps.time("router navigation", () -> navigate(target));
    }

    private void navigate(String target) {
        js("""
                if (!window.gfNavigatedListener) {
                    window.gfNavigatedListener = event => window.gfNavigatedTo = event.detail.pathname + (event.detail.search || '');
                    window.addEventListener('vaadin-navigated', window.gfNavigatedListener);
                }
                window.gfNavigatedTo = null;
                const link = document.createElement('a');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();
                link.remove();""", target);
        // a page that loads anew instead (a session gone with its cookies) has no listener any more: its address counts
        waiting().until(d -> target.equals(js("return location.pathname + location.search;"))
                && Boolean.TRUE.equals(js("return !window.gfNavigatedListener || window.gfNavigatedTo === arguments[0];", target)));
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

    /** The authenticator secrets of the staff these tests set up, per address: the tests play the authenticator app. */
    private static final java.util.Map<String, String> AUTHENTICATORS = new java.util.concurrent.ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock authenticatorClock;

    /**
     * Signs in as this user for a test that needs a signed-in page, not a sign-in: the sign-in form's post (the user's
     * address and password with the sign-in page's CSRF token, as the browser posts the form) is sent from here, its
     * session handed to the browser, and the start page opened in the browser; there the second factor that staff
     * accounts set up at their first sign-in, and enter at every one after it (the demo staff are exempt in the embedded
     * default), is set up or entered on its page, as a person does. Waits for the signed-in layout.
     * <p>
     * The sign-in page itself, typed into and posted in Chromium, is {@code LoginBrowserIT}'s (every role) and
     * {@code SecondFactorBrowserIT}'s; {@link #login} types into it. Loading it in Chromium for every user a journey
     * switches to cost a page load (Vaadin started anew) per sign-in (issue 20 item 6).
     */
    protected void signInAs(String email, String password) {
        BrowserSteps.time("sign-in", () -> signInWithTheFormsPost(email, password));
    }

    /** Sends requests as the browser does, without following redirects; its own cookies (one sign-in each). */
    private static java.net.http.HttpClient httpClient(java.net.CookieManager cookies) {
        return java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** A request to this path of the application; a server that does not answer in a minute fails the test. */
    private java.net.http.HttpRequest.Builder request(String path) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).timeout(Duration.ofMinutes(1));
    }

    private static final java.util.regex.Pattern CSRF_META = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The sign-in form's post, from here: answers the signed-in session's id. */
    private String postTheSignInForm(String email, String password) {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient http = httpClient(cookies);
        try {
            java.net.http.HttpResponse<String> page = http.send(request("login")
                    .header("Accept-Language", "nl").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher csrf = CSRF_META.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new AssertionError("The sign-in page answered " + page.statusCode() + " without a CSRF token");
            }
            String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            java.net.http.HttpResponse<Void> answer = http.send(request("login")
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "nl")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error") || location.matches(".*/login([?#].*)?")) {
                throw new AssertionError("The sign-in of " + email + " was refused: " + answer.statusCode() + " to " + location);
            }
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("No session after the sign-in of " + email));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Gives the browser this session (its cookie for the application's port), wherever the browser is. */
    private void handTheSessionToTheBrowser(String sessionId) {
        ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", java.util.Map.of("name", "JSESSIONID",
                "value", sessionId, "url", url(""), "path", "/", "httpOnly", true));
    }

    private void signInWithTheFormsPost(String email, String password) {
        handTheSessionToTheBrowser(postTheSignInForm(email, password));
        open("");
        waiting().until(d -> !d.findElements(By.id("current-user")).isEmpty()
                || !d.findElements(By.id("second-factor-view")).isEmpty());
        if (!driver.findElements(By.id("second-factor-enrolment")).isEmpty()) {
            BrowserSteps.time("second-factor enrolment", () -> {
                String secret = waitForId("second-factor-secret").getText().replace(" ", "");
                AUTHENTICATORS.put(email, secret);
                type("second-factor-enrol-code", nl.gemeenschapsfonds.security.Totp.code(secret, authenticatorClock.instant()));
                click("second-factor-enrol-confirm");
                click("second-factor-recovery-done");
            });
        } else if (!driver.findElements(By.id("second-factor-view")).isEmpty()) {
            String secret = AUTHENTICATORS.get(email);
            if (secret == null) {
                throw new IllegalStateException(email + " has an authenticator these tests did not set up");
            }
            // a code is used once: a second sign-in within the same 30 seconds takes the next step's code
            type("second-factor-code", nl.gemeenschapsfonds.security.Totp.code(secret,
                    authenticatorClock.instant().plusSeconds(30L * SIGN_INS.merge(email, 1, Integer::sum) % 60)));
            click("second-factor-submit");
        }
        waitForId("current-user");
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            SESSIONS.put(email, session.getValue());
        }
    }

    /**
     * The session of each user this class signed in through the form, by address, until they sign out: what
     * {@link #continueAs} brings back. Emptied for every class, as the browser is.
     */
    private static final java.util.Map<String, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Goes on as a user this class has signed in before, in that session: its cookie is set again and the start page
     * loaded (one page load instead of the sign-in page, the form's post and the second factor's page; issue 20). A
     * user not signed in yet in this class, or whose session is gone (signed out, expired), signs in through the form
     * ({@link #signInAs}). For tests that need a signed-in page, not a sign-in: those about signing in call
     * {@link #signInAs} or {@link #login}.
     */
    protected void continueAs(String email, String password) {
        String kept = SESSIONS.get(email);
        String current = driver.getCurrentUrl();
        if (kept != null && current != null && current.startsWith(url(""))) {
            boolean signedIn = BrowserSteps.time("session kept", () -> {
                driver.manage().deleteCookieNamed("JSESSIONID");
                driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", kept).path("/")
                        .isHttpOnly(true).build());
                open("");
                return !driver.findElements(By.id("current-user")).isEmpty();
            });
            if (signedIn) {
                return;
            }
            SESSIONS.remove(email); // gone: signed out elsewhere or expired
        }
        signInAs(email, password);
    }

    private static final java.util.Map<String, Integer> SIGN_INS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Ends the session of the user signed in, for a journey that goes on as someone else ({@link #signInAs}): the
     * sign-out form's post (the session's CSRF token from the page's "Afmelden" form) is sent from here, as the button
     * sends it, and the browser forgets the session's cookie; the page stays as it was, and the next step loads one.
     * The button itself, and the sign-in page it leads to, are {@code LoginBrowserIT}'s (every role, and a page whose
     * session has ended); loading that page for the next sign-in cost a page load per user switch (issue 20 item 6).
     */
    protected void signOut() {
        BrowserSteps.time("sign-out", this::postTheSignOutForm);
    }

    private void postTheSignOutForm() {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        Object token = js("const field = document.querySelector('form.sign-out input[name=_csrf]'); return field ? field.value : null;");
        if (session == null || token == null) {
            throw new IllegalStateException("No signed-in page to sign out of (session " + (session != null) + ", form " + (token != null) + ")");
        }
        SESSIONS.values().remove(session.getValue()); // the sign-out ends it on the server
        try {
            java.net.http.HttpResponse<Void> answer = httpClient(new java.net.CookieManager()).send(request("logout")
                    .header("Cookie", "JSESSIONID=" + session.getValue()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + encode(String.valueOf(token)))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || !location.contains("login?logout")) {
                throw new AssertionError("The sign-out was refused: " + answer.statusCode() + " to " + location);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /**
     * Presses the language switch, which names the language it switches to ("English" or "Nederlands"): on public
     * pages a button, in the signed-in user menu a link (issue 20) that loads the page anew in that language.
     */
    protected void switchTo(String language) {
        // its visible text (a public page's button also holds its tooltip "Taal" in its light DOM)
        waiting().until(d -> language.equals(d.findElement(By.id("language-switch")).getText().strip()));
        click("language-switch");
    }

    /** Opens the {@code vaadin-select} with this id and picks the item with this label. */
    protected void choose(String selectId, String label) {
        BrowserSteps.time("choose", () -> {
            click(selectId);
            waitForVisible(By.cssSelector("#" + selectId + " vaadin-select-item[role=option][label='" + label + "']")).click();
        });
    }

    /**
     * Types into the text field, text area or number field with this id (its slotted
     * {@code input} or {@code textarea}) and leaves it with Tab, so its value reaches the server as
     * when a user moves on to the next field.
     */
    protected void type(String id, String text) {
        type(waitForId(id), text);
    }

    /** Types into this field component, leaves it with Tab and waits until Vaadin has no request in flight. */
    protected void type(WebElement field, String text) {
        BrowserSteps.time("type", () -> typeAndLeave(field, text));
    }

    private void typeAndLeave(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        // the text and the Tab that leaves the field in one command (the same keys; one round trip to Chromium less)
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    /**
     * Types a date (in the picker's format, e.g. {@code 31-12-2027}) into the {@code vaadin-date-picker}
     * with this id and commits it with Enter, which also closes the calendar that typing opened
     * (Tab would move the focus into that calendar instead).
     */
    protected void typeDate(String id, String date) {
        BrowserSteps.time("type date", () -> typeDateAndCommit(id, date));
    }

    private void typeDateAndCommit(String id, String date) {
        WebElement picker = waitForId(id);
        WebElement input = picker.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(date);
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id(id)).getDomAttribute("opened") == null);
        waitForVaadin();
    }

    /** Opens this {@code vaadin-select} (one without an id, e.g. in a row) and picks the item with this label. */
    protected void choose(WebElement select, String label) {
        BrowserSteps.time("choose", () -> {
            click(select);
            By item = By.cssSelector("vaadin-select-item[role=option][label='" + label + "']");
            waiting().until(d -> select.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
            waitForVaadin();
        });
    }

    /**
     * Types {@code label} into the {@code vaadin-combo-box} with this id and clicks the item with
     * exactly that label in its drop-down, wherever the component renders it (light or shadow DOM).
     */
    protected void pick(String comboBoxId, String label) {
        BrowserSteps.time("pick", () -> pickFromTheList(comboBoxId, label));
    }

    private void pickFromTheList(String comboBoxId, String label) {
        WebElement comboBox = waitForId(comboBoxId);
        WebElement input = comboBox.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(label);
        WebElement item = waiting().until(d -> (WebElement) js("""
                const label = arguments[0];
                const search = root => {
                    for (const element of root.querySelectorAll('*')) {
                        if (element.localName === 'vaadin-combo-box-item' && element.textContent.trim() === label
                                && element.getBoundingClientRect().height > 0) {
                            return element;
                        }
                        if (element.shadowRoot) {
                            const found = search(element.shadowRoot);
                            if (found) {
                                return found;
                            }
                        }
                    }
                    return null;
                };
                return search(document);
                """, label));
        item.click();
        waiting().until(d -> label.equals(comboBox.findElement(By.cssSelector("input")).getDomProperty("value")));
        waitForVaadin();
    }

    /** Clicks the radio button with this label in the {@code vaadin-radio-group} with this id. */
    protected void radio(String groupId, String label) {
        WebElement button = waitForId(groupId).findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(candidate -> candidate.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No radio button '" + label + "' in " + groupId));
        click(button);
        waiting().until(d -> d.findElement(By.id(groupId)).findElements(By.cssSelector("vaadin-radio-button[checked]")).size() == 1);
        waitForVaadin();
    }

    /** Ticks the {@code vaadin-checkbox} with this id. */
    protected void check(String checkboxId) {
        click(waitForId(checkboxId).findElement(By.cssSelector("input[type=checkbox]")));
        waiting().until(d -> d.findElement(By.id(checkboxId)).getDomAttribute("checked") != null);
        waitForVaadin();
    }

    /**
     * Scrolls the element with this id to the middle of the view at once and clicks it. Chromium only
     * clicks what is in view, and the layout's content scrolls in a container of its own.
     */
    protected void click(String id) {
        click(waitForId(id));
    }

    protected void click(WebElement element) {
        BrowserSteps.time("click", () -> {
            js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
            element.click();
        });
    }

    /**
     * Waits until the element with this id holds exactly this text; says what it held instead when it
     * does not. Reads {@code textContent}: WebDriver's visible text came back empty for an element
     * that the layout's content area had scrolled out of view.
     */
    protected void waitForText(String id, String expected) {
        try {
            waiting().until(d -> expected.equals(textOf(d.findElement(By.id(id)))));
        } catch (TimeoutException e) {
            List<WebElement> shown = driver.findElements(By.id(id));
            throw new AssertionError("#" + id + " holds " + (shown.isEmpty() ? "nothing" : "'" + textOf(shown.get(0)) + "'")
                    + " instead of '" + expected + "'", e);
        }
    }

    /** Waits until the element with this id is in the page and visible, and returns it. */
    protected WebElement waitForId(String id) {
        return waitForVisible(By.id(id));
    }

    protected WebElement waitForVisible(By locator) {
        // as a person scrolls to what they look for: an element scrolled out of the content area is brought into view
        return waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(locator);
            if (found.isEmpty()) {
                return null;
            }
            WebElement element = found.getFirst();
            if (!element.isDisplayed()) {
                js("arguments[0].scrollIntoView({block: 'center'});", element);
            }
            return element.isDisplayed() ? element : null;
        });
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
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> isTrue) {
                return BrowserSteps.time("wait", () -> super.until(isTrue));
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        // Selenium's default polls every 500 ms: after each click the first look finds Vaadin busy, so every step waited
        // half a second more than needed (issue 20: hundreds of steps per browser test)
        wait.pollingEvery(POLL);
        return wait;
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The text content of this element, trimmed, whether or not it is scrolled into view. */
    protected static String textOf(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    /**
     * Waits until the {@code vaadin-grid} with this id renders a row with a cell that holds exactly
     * {@code cellText}, and answers that row's cell contents ({@code vaadin-grid-cell-content}, light
     * DOM) from left to right. The grid pairs rows and contents only in its shadow DOM (a cell's slot),
     * so this reads the slots: the first content of a multi-select grid holds the row's checkbox.
     */
    @SuppressWarnings("unchecked")
    protected List<WebElement> gridRow(String gridId, String cellText) {
        waitForId(gridId);
        return waiting().until(d -> {
            List<WebElement> cells = (List<WebElement>) js("""
                    const grid = document.getElementById(arguments[0]);
                    for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                        if (row.hidden) {
                            continue;
                        }
                        const contents = [...row.querySelectorAll('slot')]
                            .flatMap(slot => slot.assignedElements({flatten: true}))
                            .filter(element => element.localName === 'vaadin-grid-cell-content');
                        // a cell's whole text, or its key in a combined cell (the work queue's reference, issue 20)
                        if (contents.some(content => content.textContent.trim() === arguments[1]
                                || content.querySelector('.grid-key')?.textContent.trim() === arguments[1])) {
                            return contents;
                        }
                    }
                    return null;
                    """, gridId, cellText);
            return cells == null || cells.isEmpty() ? null : cells;
        });
    }

    /** Ticks the checkbox of the row of this multi-select grid that has a cell holding exactly {@code cellText}. */
    protected void selectGridRow(String gridId, String cellText) {
        WebElement checkbox = gridRow(gridId, cellText).getFirst().findElement(By.cssSelector("vaadin-checkbox"));
        click(checkbox.findElement(By.cssSelector("input[type=checkbox]")));
        waiting().until(d -> gridRow(gridId, cellText).getFirst().findElement(By.cssSelector("vaadin-checkbox"))
                .getDomAttribute("checked") != null);
        waitForVaadin();
    }

    /** The visible text of these elements, trimmed. */
    protected static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(element -> element.getText().trim()).toList();
    }

    /** Saves a screenshot of the page on screen as {@code target/browser-screenshots/<name>.png}. */
    protected static void saveScreenshot(String name) {
        screenshot(name);
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

    /** Every visible field whose label part is wider than its box (cut off, e.g. "Betaald op (volgens de ba…"), by its label text. */
    @SuppressWarnings("unchecked")
    protected List<String> cutOffLabels() {
        return (List<String>) js("""
                const cut = [];
                const walk = root => root.querySelectorAll('*').forEach(el => {
                  if (!el.shadowRoot) return;
                  const part = el.shadowRoot.querySelector('[part~="label"]');
                  const label = el.querySelector(':scope > label[slot="label"]');
                  if (part && label && part.offsetParent !== null && label.textContent.trim()
                      && (part.scrollWidth > part.clientWidth + 1 || label.scrollWidth > label.clientWidth + 1)) {
                    cut.push(label.textContent.trim());
                  }
                  walk(el.shadowRoot);
                });
                walk(document);
                return cut;""");
    }

    /** The English words of Vaadin's own defaults that must never show in the Dutch interface (issue 13). */
    protected static final List<String> ENGLISH_VAADIN_DEFAULTS = PageLanguage.ENGLISH_VAADIN_DEFAULTS;

    /**
     * Every text the current page shows, one per text node, placeholder, label and accessible name (aria-label, title),
     * also in the shadow DOM of Vaadin's components, of visible elements only. A part marked as another language
     * ({@code lang}, such as the language switch's "English" on a Dutch page) is left out: it is meant to be in that
     * language.
     *
     * @param language the page's language, {@code "nl"} or {@code "en"}
     */
    @SuppressWarnings("unchecked")
    protected List<String> shownTexts(String language) {
        waitForVaadin();
        return BrowserSteps.time("read texts", () -> (List<String>) js("""
                const language = arguments[0];
                const out = [];
                const add = text => { if (text && String(text).trim()) out.push(String(text).trim()); };
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) { add(node.textContent); return; }
                  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                  if (node.nodeType === Node.ELEMENT_NODE) {
                    if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE' || node.tagName === 'TEMPLATE') return;
                    if (node.checkVisibility && !node.checkVisibility()) return;
                    const lang = node.getAttribute('lang');
                    if (lang && !lang.startsWith(language)) return;
                    add(node.getAttribute('placeholder') || node.placeholder);
                    add(node.getAttribute('aria-label'));
                    add(node.getAttribute('title'));
                    if (node.shadowRoot) walk(node.shadowRoot);
                  }
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return out;""", language));
    }

    /**
     * Fails when the Dutch page on screen shows English: a word of Vaadin's defaults or a text of the application's
     * English translations only (see {@link PageLanguage}), naming the page and what it found. {@code data} are texts
     * people typed or other tests made (names, titles): not the page's words, they are left out.
     */
    protected void assertDutchPage(String page, String... data) {
        org.assertj.core.api.Assertions.assertThat(englishOnThePage(data)).as("English on the Dutch page " + page).isEmpty();
    }

    /** Fails when the English page on screen shows Dutch (see {@link PageLanguage}); {@code data} as in {@link #assertDutchPage}. */
    protected void assertEnglishPage(String page, String... data) {
        org.assertj.core.api.Assertions.assertThat(dutchOnThePage(data)).as("Dutch on the English page " + page).isEmpty();
    }

    /** The English the Dutch page on screen shows (see {@link PageLanguage}), leaving out {@code data}; empty when none. */
    protected List<String> englishOnThePage(String... data) {
        return BrowserSteps.time("language check", () -> PageLanguage.englishIn(withoutData(readTexts("nl"), data)));
    }

    /** The page's texts; fails when it read next to nothing, so that a check of an empty page cannot pass. */
    private List<String> readTexts(String language) {
        List<String> shown = shownTexts(language);
        org.assertj.core.api.Assertions.assertThat(shown).as("texts read on " + driver.getCurrentUrl()).hasSizeGreaterThan(3);
        return shown;
    }

    /** The Dutch the English page on screen shows (see {@link PageLanguage}), leaving out {@code data}; empty when none. */
    protected List<String> dutchOnThePage(String... data) {
        return BrowserSteps.time("language check", () -> PageLanguage.dutchIn(withoutData(readTexts("en"), data)));
    }

    private static List<String> withoutData(List<String> texts, String... data) {
        List<String> longestFirst = java.util.Arrays.stream(data).filter(text -> text != null && !text.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return texts.stream().map(text -> {
            String left = text;
            for (String value : longestFirst) {
                // a mark where the data stood, so that a message around it is still recognised
                left = left.replace(value, "\u2026");
            }
            return left.strip();
        }).filter(text -> !text.isEmpty() && !text.equals("\u2026")).toList();
    }

    /**
     * The English default words the current page shows (visible elements only): in its text, in the shadow DOM of Vaadin's components
     * (where "Upload File..." and "Drop file here" live) and in placeholders ("dd-mm-yyyy"). Empty when none.
     */
    @SuppressWarnings("unchecked")
    protected List<String> englishVaadinDefaults() {
        waitForVaadin();
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) { if (node.textContent.trim()) out.push(node.textContent.trim()); return; }
                  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                  if (node.nodeType === Node.ELEMENT_NODE) {
                    if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
                    // what the page shows: a hidden wizard step or a closed overlay is not on screen
                    if (node.checkVisibility && !node.checkVisibility()) return;
                    const placeholder = node.getAttribute('placeholder') || node.placeholder;
                    if (placeholder) out.push(String(placeholder));
                    if (node.shadowRoot) walk(node.shadowRoot);
                  }
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return out;""");
        return ENGLISH_VAADIN_DEFAULTS.stream()
                .filter(word -> texts.stream().anyMatch(text -> java.util.regex.Pattern.compile("(?<![\\p{L}-])"
                        + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find()))
                .toList();
    }

    /** Fails when the current page shows one of {@link #ENGLISH_VAADIN_DEFAULTS}. */
    protected void assertNoEnglishVaadinDefaults(String page) {
        org.assertj.core.api.Assertions.assertThat(englishVaadinDefaults()).as("English Vaadin defaults on " + page).isEmpty();
    }
}
