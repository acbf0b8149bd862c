package nl.gemeenschapsfonds.test;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (Deque's {@code axe.min.js}, from the {@code com.deque.html.axe-core:selenium} jar on the
 * test class path) in the page the driver shows, with the WCAG 2.0 and 2.1 A and AA rules, and answers the
 * findings of impact serious or critical. Only the script comes from that jar: it runs through our own
 * driver, so no second Selenium or WebDriverManager is needed.
 */
public final class Axe {

    /** The rule sets WCAG 2.1 AA asks for: A and AA of 2.0 and of 2.1. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    private static final String SCRIPT = load();

    private Axe() {
    }

    /** One rule broken on one page: the rule, its impact, what it asks and the elements that break it. */
    public record Finding(String page, String rule, String impact, String help, List<String> elements) {

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " on " + page + ": " + help
                    + elements.stream().map(element -> "\n      " + element).collect(Collectors.joining());
        }
    }

    /** The serious and critical findings on the page the driver shows now, named {@code page} in the report. */
    @SuppressWarnings("unchecked")
    public static List<Finding> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            BrowserSteps.time("axe injection", () -> js.executeScript(SCRIPT));
        }
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer;
        try {
            answer = BrowserSteps.time("axe run", () -> js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                        .then(result => done(result.violations
                            .filter(violation => arguments[1].includes(violation.impact))
                            .map(violation => ({
                                rule: violation.id, impact: violation.impact, help: violation.help,
                                elements: violation.nodes.map(node => JSON.stringify(node.target) + ' '
                                    + node.html.substring(0, 160) + ' — ' + (node.failureSummary || '').replace(/\\s+/g, ' '))
                            }))))
                        .catch(error => done('axe failed: ' + error));
                    """, TAGS, FAILING_IMPACTS));
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure + " on " + page);
        }
        return ((List<Map<String, Object>>) answer).stream()
                .map(violation -> new Finding(page, (String) violation.get("rule"), (String) violation.get("impact"),
                        (String) violation.get("help"), (List<String>) violation.get("elements")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path: is com.deque.html.axe-core:selenium in pom.xml?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
