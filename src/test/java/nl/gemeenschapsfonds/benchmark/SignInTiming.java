package nl.gemeenschapsfonds.benchmark;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static nl.gemeenschapsfonds.benchmark.BenchmarkMain.line;

/**
 * Benchmark 7: sign-in to the first view in a real browser (Debian's Chromium, headless, 1280 px), as a reviewer on the
 * production jar: from pressing "Inloggen" on the login page to the second-factor page ready for the code, and from
 * pressing its button (the code typed) to the work queue rendered with its first rows. The two clock times exclude what
 * the person does (typing); their sum is the figure. The login page is loaded before the clock starts, as a person
 * first sees it; the browser keeps its cache between sign-ins (the first one is a warm-up), its cookies are cleared.
 */
final class SignInTiming {

    private static final Duration POLL = Duration.ofMillis(10);

    private SignInTiming() {
    }

    /**
     * On its own against a running jar ({@code docs/tools/one-core-load.sh}): {@code -Dbenchmark.base} (the jar's URL),
     * {@code -Dbenchmark.signInAccounts} (a file with one reviewer e-mail per line, one per sign-in, none used in the last
     * minute: a code counts once per account and 30 seconds), {@code -Dbenchmark.signIns} (default 5, after a warm-up),
     * {@code -Dbenchmark.signInLabel} (what the figure is called, e.g. "quiet" or "under 100 users"); appends the figure
     * to {@code -Dbenchmark.out} when given.
     */
    public static void main(String[] args) throws Exception {
        String base = System.getProperty("benchmark.base", "http://localhost:8425");
        List<String> accounts = Files.readAllLines(Path.of(System.getProperty("benchmark.signInAccounts",
                "target/benchmark-reviewers.txt"))).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        StringBuilder report = new StringBuilder();
        measure(base, accounts, Integer.getInteger("benchmark.signIns", 5), report);
        String out = System.getProperty("benchmark.out", "");
        if (!out.isBlank()) {
            Files.writeString(Path.of(out), "Sign-in (" + System.getProperty("benchmark.signInLabel", "") + "):"
                    + report.toString().replaceFirst("^\\s*7\\.", ""), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Signs in {@code runs} times (after one warm-up) with these accounts (one each) and reports the medians. */
    static void measure(String base, List<String> accounts, int runs, StringBuilder report) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            line(report, "\n7. Sign-in to first view: not measured (no /usr/bin/chromium and chromedriver)");
            return;
        }
        Path profile = Files.createTempDirectory("gf-signin-");
        String out = System.getProperty("benchmark.out", "");
        Path diagnostics = out.isBlank() ? profile : Path.of(out).toAbsolutePath().getParent();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        List<double[]> times = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            for (int i = 0; i <= runs && i < accounts.size(); i++) {
                double[] time;
                try {
                    time = signIn(driver, base, accounts.get(i), diagnostics);
                } catch (IllegalStateException stalled) { // said, counted, and the next account goes on
                    System.out.printf("Sign-in %d stalled: %s%n", i, stalled.getMessage());
                    failures.add(i + ": " + stalled.getMessage());
                    driver.manage().deleteAllCookies();
                    continue;
                }
                System.out.printf(Locale.ROOT, "Sign-in %d (%s): password → second-factor page %.0f ms (%.0f redirect, %.0f round trips, "
                                + "%.0f other requests, %.0f over the network), code → work queue %.0f ms (%.0f round trips, %.0f other "
                                + "requests, %.0f over the network)%n", i, i == 0 ? "warm-up" : "measured", time[0], time[2], time[3],
                        time[4], time[5], time[1], time[6], time[7], time[8]);
                if (i > 0) {
                    times.add(time);
                }
                driver.manage().deleteAllCookies();
            }
        } finally {
            driver.quit();
        }
        if (!failures.isEmpty()) {
            line(report, "\n7. Sign-in: " + failures.size() + " of " + Math.min(runs + 1, accounts.size()) + " sign-ins stalled: "
                    + String.join("; ", failures));
        }
        if (times.isEmpty()) {
            return;
        }
        double[] password = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
        double[] code = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
        double[] total = times.stream().mapToDouble(t -> t[0] + t[1]).sorted().toArray();
        line(report, String.format(Locale.ROOT, "\n7. Sign-in to first view in Chromium (headless, 1280 px; %d sign-ins after a warm-up; "
                        + "load before: %s): pressing \"Inloggen\" → second-factor page ready: median %.0f ms (%.0f–%.0f); pressing its "
                        + "button with the code typed → work queue rendered with rows: median %.0f ms (%.0f–%.0f); together: median "
                        + "%.0f ms (%.0f–%.0f)", times.size(), BenchmarkMain.loadAverage(), median(password), password[0],
                password[password.length - 1], median(code), code[0], code[code.length - 1], median(total), total[0],
                total[total.length - 1]) + String.format(Locale.ROOT, "; per sign-in (median): \"Inloggen\" → second factor %.0f redirect, %.0f round trips "
                        + "(fetch/XHR), %.0f other requests, %.0f over the network; code → work queue %.0f round trips, %.0f other "
                        + "requests, %.0f over the network", medianOf(times, 2), medianOf(times, 3), medianOf(times, 4),
                medianOf(times, 5), medianOf(times, 6), medianOf(times, 7), medianOf(times, 8)));
    }

    private static double medianOf(List<double[]> times, int index) {
        return median(times.stream().mapToDouble(t -> t[index]).sorted().toArray());
    }

    /**
     * What the browser fetched in one step, from the Resource Timing of the page: the redirects of the document's own
     * load (the sign-in POST's 302), its requests (fetch/XHR: Vaadin's init and UIDL round trips; the rest: scripts,
     * style sheets, images), and of those how many went over the network (a transfer size above 0; the rest came from
     * the browser's cache).
     */
    private static final String REQUESTS = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const all = performance.getEntriesByType('resource');
            const since = arguments[0] < 0 ? 0 : arguments[0];
            const step = all.slice(since);
            const roundTrips = step.filter(e => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest'
                    || e.initiatorType === 'beacon');
            return [arguments[0] < 0 && navigation ? navigation.redirectCount : 0, roundTrips.length, step.length - roundTrips.length,
                    step.filter(e => e.transferSize > 0).length, all.length,
                    step.map(e => e.initiatorType + ' ' + e.name.replace(location.origin, '') + ' ' + Math.round(e.duration) + ' ms'
                            + (e.transferSize > 0 ? '' : ' (cache)')).join('\\n')];""";

    /** Per sign-in: the two times, then per step: redirects, round trips, other requests, over the network. */
    private static double[] signIn(WebDriver driver, String base, String email, Path diagnostics) throws InterruptedException {
        driver.get(base + "/login");
        WebElement form = until(driver, "the sign-in form", diagnostics, d -> d.findElements(By.cssSelector("#login-view vaadin-login-form"))
                .stream().findFirst().orElse(null));
        WebElement username = form.findElement(By.cssSelector("input[name=username]"));
        username.sendKeys(email);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(DataGenerator.PASSWORD);
        WebElement button = form.findElement(By.cssSelector("vaadin-button[slot=submit]"));
        long start = System.nanoTime();
        button.click();
        WebElement code = until(driver, "the second-factor page after the password of " + email, diagnostics,
                d -> d.findElements(By.cssSelector("#second-factor-code input")).stream().findFirst().orElse(null));
        double toSecondFactor = (System.nanoTime() - start) / 1e6;
        List<?> first = (List<?>) ((JavascriptExecutor) driver).executeScript(REQUESTS, -1);
        code.sendKeys(ReviewerClient.Authenticator.nextCode(email));
        code.sendKeys(Keys.TAB);
        WebElement submit = driver.findElement(By.id("second-factor-submit"));
        long before = ((Number) ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource').length"))
                .longValue();
        start = System.nanoTime();
        submit.click();
        until(driver, "the work queue after the second factor of " + email, diagnostics,
                d -> d.findElements(By.cssSelector("#work-queue-grid .wq-reference")).stream()
                        .filter(reference -> !reference.getText().isBlank()).findFirst().orElse(null));
        double toWorkQueue = (System.nanoTime() - start) / 1e6;
        List<?> second = (List<?>) ((JavascriptExecutor) driver).executeScript(REQUESTS, before);
        if (Boolean.getBoolean("benchmark.signInRequests")) {
            System.out.println("  requests, password → second-factor page:\n    " + String.valueOf(first.get(5)).replace("\n", "\n    "));
            System.out.println("  requests, code → work queue:\n    " + String.valueOf(second.get(5)).replace("\n", "\n    "));
        }
        return new double[]{toSecondFactor, toWorkQueue, number(first, 0), number(first, 1), number(first, 2), number(first, 3),
                number(second, 1), number(second, 2), number(second, 3)};
    }

    private static double number(List<?> values, int index) {
        return ((Number) values.get(index)).doubleValue();
    }

    /**
     * Waits up to 60 s; when the page does not get there, says where it was instead (address, title, the texts of error
     * messages and notifications) and keeps a screenshot next to the report, so a stalled sign-in can be told from a slow one.
     */
    private static <T> T until(WebDriver driver, String what, Path diagnostics, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60), POLL).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException stalled) {
            String shown;
            try {
                Path shot = diagnostics.resolve("signin-stalled-" + System.currentTimeMillis() + ".png");
                Files.write(shot, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                shown = "at " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), showing: " + ((JavascriptExecutor) driver).executeScript("""
                        const texts = [];
                        const visit = root => root.querySelectorAll('*').forEach(e => {
                            if (e.shadowRoot) visit(e.shadowRoot);
                            const slot = e.getAttribute && e.getAttribute('slot');
                            if ((slot === 'error-message' || e.localName === 'vaadin-notification-card' || e.getAttribute('part') === 'error-message'
                                    || e.localName === 'vaadin-login-form-wrapper') && e.textContent.trim()) texts.push(e.textContent.trim());
                        });
                        visit(document);
                        return texts.join(' | ') || document.body.innerText.slice(0, 300);""") + "; screenshot " + shot;
            } catch (RuntimeException | java.io.IOException unreadable) {
                shown = "(page not readable: " + unreadable.getMessage() + ")";
            }
            throw new IllegalStateException("Waited 60 s for " + what + "; the browser was " + shown, stalled);
        }
    }

    private static double median(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
