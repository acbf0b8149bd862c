package nl.gemeenschapsfonds.benchmark;

import org.openqa.selenium.By;
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        List<double[]> times = new ArrayList<>();
        try {
            for (int i = 0; i <= runs && i < accounts.size(); i++) {
                double[] time = signIn(driver, base, accounts.get(i));
                System.out.printf("Sign-in %d (%s): password → second-factor page %.0f ms, code → work queue %.0f ms%n",
                        i, i == 0 ? "warm-up" : "measured", time[0], time[1]);
                if (i > 0) {
                    times.add(time);
                }
                driver.manage().deleteAllCookies();
            }
        } finally {
            driver.quit();
        }
        double[] password = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
        double[] code = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
        double[] total = times.stream().mapToDouble(t -> t[0] + t[1]).sorted().toArray();
        line(report, String.format(Locale.ROOT, "\n7. Sign-in to first view in Chromium (headless, 1280 px; %d sign-ins after a warm-up; "
                        + "load before: %s): pressing \"Inloggen\" → second-factor page ready: median %.0f ms (%.0f–%.0f); pressing its "
                        + "button with the code typed → work queue rendered with rows: median %.0f ms (%.0f–%.0f); together: median "
                        + "%.0f ms (%.0f–%.0f)", times.size(), BenchmarkMain.loadAverage(), median(password), password[0],
                password[password.length - 1], median(code), code[0], code[code.length - 1], median(total), total[0],
                total[total.length - 1]));
    }

    private static double[] signIn(WebDriver driver, String base, String email) throws InterruptedException {
        driver.get(base + "/login");
        WebElement form = until(driver, d -> d.findElements(By.cssSelector("#login-view vaadin-login-form")).stream().findFirst()
                .orElse(null));
        WebElement username = form.findElement(By.cssSelector("input[name=username]"));
        username.sendKeys(email);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(DataGenerator.PASSWORD);
        WebElement button = form.findElement(By.cssSelector("vaadin-button[slot=submit]"));
        long start = System.nanoTime();
        button.click();
        WebElement code = until(driver, d -> d.findElements(By.cssSelector("#second-factor-code input")).stream().findFirst()
                .orElse(null));
        double toSecondFactor = (System.nanoTime() - start) / 1e6;
        code.sendKeys(ReviewerClient.Authenticator.nextCode(email));
        code.sendKeys(Keys.TAB);
        WebElement submit = driver.findElement(By.id("second-factor-submit"));
        start = System.nanoTime();
        submit.click();
        until(driver, d -> d.findElements(By.cssSelector("#work-queue-grid .wq-reference")).stream()
                .filter(reference -> !reference.getText().isBlank()).findFirst().orElse(null));
        double toWorkQueue = (System.nanoTime() - start) / 1e6;
        return new double[]{toSecondFactor, toWorkQueue};
    }

    private static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), POLL).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private static double median(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
