package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1.1 and 2.4.7 in real Chromium: an applicant signs in, fills the whole wizard (with the attachments)
 * and submits it using only the keyboard — Tab, Shift+Tab, Enter, Space, the arrow keys and typing; only the
 * file itself is handed to the upload's file input, as the browser's file dialog would. At every stop the focus
 * is visible; the skip link is the first thing Tab reaches and leads into the main content; and a refused save
 * puts the focus on the first field with an error.
 */
class KeyboardOnlyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";
    // the list of open calls holds every call the other tests of the shared database opened: a keyboard user tabs through all
    private static final int MAX_TABS = 1000;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    Clock clock;

    @TempDir
    Path files;

    private final List<String> focusNotVisible = new ArrayList<>();
    private String applicant;
    private long callId;
    private int year;
    private String key;

    @BeforeEach
    void anOpenCallAndAnApplicantWithACompleteProfile() throws Exception {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + 1;
        key = UUID.randomUUID().toString().substring(0, 8);
        callId = applications.openCall(authorities.newAuthority("Gemeente Toetsenbord"),
                CallSpec.firstCome(Map.of(year, amount("100000"))).titled("Regeling toetsenbord " + key));
        applicant = authorities.newApplicant("Vereniging Toetsenbord");
    }

    @Test
    void an_applicant_fills_the_whole_wizard_with_attachments_and_submits_with_the_keyboard_alone() throws Exception {
        signInWithTheKeyboard();

        // the skip link comes first, and Enter on it puts the focus in the main content
        tab(Keys.TAB);
        assertThat(focusedId()).isEqualTo("skip-to-content");
        assertThat(focusVisible()).as("the skip link is seen when focused").isTrue();
        enter();
        waiting().until(d -> "main-content".equals(focusedId()));

        press("new-application");
        waitForId("new-application-view");
        press("start-call-" + callId);
        waiting().until(d -> d.getCurrentUrl().matches(".*/applications/\\d+/edit.*"));
        waitForId("application-wizard-view");
        long applicationId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/applications/(\\d+)/edit.*", "$1"));

        next(2);
        select(waitForId("wizard-facilityType"), "Buurthuis of dorpshuis");
        typeInto("wizard-facilityName", "Dorpshuis De Toets");
        typeInto("wizard-facilityStreet", "Toetsplein 1");
        typeInto("wizard-facilityPostcode", "8011 AB");
        typeInto("wizard-facilityCity", "Zwolle");
        comboBox("wizard-facilityMunicipality", "Zwolle");
        radioByKeys("wizard-kindOfWork", "Verbouwen of verduurzamen");

        next(3);
        typeInto("wizard-title", "Een keuken voor het dorpshuis " + key);
        typeInto("wizard-description", "Een keuken waar dorpsbewoners samen koken en eten.");
        typeInto("wizard-targetGroups", "Ouderen en alleenstaanden in het dorp");
        typeInto("wizard-expectedVisitors", "80");
        typeInto("wizard-activities", "Samen koken op dinsdag, eettafel op vrijdag");
        date("wizard-startDate", "01-01-" + year);
        date("wizard-endDate", "31-12-" + year);

        next(4);
        press("costLines-add");
        line("costLines", 0, "Inrichting", "Keukenblok en apparatuur", "10000");
        waiting().until(d -> textOf(d.findElement(By.id("plan-totalCosts"))).contains("10.000,00"));

        next(5);
        press("financingLines-add");
        line("financingLines", 0, "Subsidie uit dit fonds", "Gemeenschapsfonds", "6000");
        press("financingLines-add");
        line("financingLines", 1, "Eigen middelen", "Reserves van de vereniging", "4000");
        waiting().until(d -> textOf(d.findElement(By.id("wizard-step-content-5")).findElement(By.id("plan-balance")))
                .equals("Het plan sluit: kosten = subsidie + cofinanciering"));

        next(6);
        attach("Begroting", "BUDGET", "begroting.pdf");
        attach("Statuten", "STATUTES", "statuten.pdf");
        attach("Uittreksel KvK", "KVK_EXTRACT", "uittreksel-kvk.pdf");

        next(7);
        assertThat(textOf(waitForId("wizard-review"))).contains("Alles is compleet.");
        press("wizard-submit");
        // the declaration the applicant signs: confirmed with Tab and Enter in the dialog
        waitForVisible(By.cssSelector("vaadin-confirm-dialog#wizard-declaration"));
        focusOn(waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")), Keys.TAB);
        enter();

        waiting().until(d -> d.getCurrentUrl().endsWith("/applications/" + applicationId));
        assertThat(waitForId("application-status").getText()).isEqualTo("Ingediend");
        assertThat(focusNotVisible).as("focus stops without a visible focus indicator").isEmpty();
    }

    @Test
    void a_refused_save_puts_the_focus_on_the_first_field_with_an_error() {
        signInWithTheKeyboard();
        open("organisation");
        waitForId("organisation-profile-view");
        // a KvK number of letters is refused by the service, not by the field
        WebElement kvk = waitForId("kvk-number");
        focusOn(kvk, Keys.TAB);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
        new Actions(driver).sendKeys("12ab").perform();
        press("profile-save");

        waiting().until(d -> Boolean.TRUE.equals(js(FOCUS_INSIDE, kvk)));
        assertThat(kvk.getDomAttribute("invalid")).as("the field says what is wrong").isNotNull();
        assertThat(focusVisible()).isTrue();
    }

    private void signInWithTheKeyboard() {
        open("login");
        WebElement form = waitForId("login-view").findElement(By.tagName("vaadin-login-form"));
        focusOn(form.findElement(By.cssSelector("input[name=username]")), Keys.TAB);
        new Actions(driver).sendKeys(applicant).perform();
        tab(Keys.TAB);
        new Actions(driver).sendKeys(PASSWORD).perform();
        enter();
        waitForId("my-applications-view");
        waitForVaadin();
    }

    /** Tabs to the button with this id and presses Enter on it. */
    private void press(String id) {
        focusOn(waitForId(id), Keys.TAB);
        enter();
        waitForVaadin();
    }

    private void next(int step) {
        press("wizard-next");
        waitForId("wizard-step-content-" + step);
        waiting().until(d -> "step".equals(d.findElement(By.id("wizard-step-" + step)).getDomAttribute("aria-current")));
    }

    /** Tabs into the field with this id and types, as a user would: the value reaches the server when the focus moves on. */
    private void typeInto(String id, String text) {
        focusOn(waitForId(id), Keys.TAB);
        new Actions(driver).sendKeys(text).perform();
    }

    private void date(String id, String text) {
        typeInto(id, text);
        enter();
        waiting().until(d -> d.findElement(By.id(id)).getDomAttribute("opened") == null);
    }

    /** Opens the select with the keyboard and walks its items with the arrow keys to the one with this label. */
    private void select(WebElement select, String label) {
        focusOn(select, Keys.TAB);
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        waiting().until(d -> select.getDomAttribute("opened") != null);
        for (int i = 0; i < 30 && !label.equals(focusedItemLabel()); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertThat(focusedItemLabel()).isEqualTo(label);
        enter();
        waiting().until(d -> select.getDomAttribute("opened") == null);
        waitForVaadin();
    }

    private void comboBox(String id, String text) {
        typeInto(id, text);
        // the server's filtered items have arrived: an arrow key before them chose nothing, and the typed text alone
        // then looked like a choice (seen in a full run on a busy machine: the wizard said the municipality was missing)
        waiting().until(d -> Boolean.TRUE.equals(js("""
                const box = arguments[0];
                return box.opened && !box.loading && (box.filteredItems || []).some(item => item && item.label === arguments[1]);""",
                d.findElement(By.id(id)), text)));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        enter();
        waiting().until(d -> Boolean.TRUE.equals(js("return !!arguments[0].selectedItem && arguments[0].selectedItem.label === arguments[1];",
                d.findElement(By.id(id)), text)));
        waitForVaadin();
    }

    /** Tabs into the radio group, then moves with the arrow keys (which also choose) to the option with this label. */
    private void radioByKeys(String groupId, String label) {
        WebElement group = waitForId(groupId);
        focusOn(group, Keys.TAB);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        for (int i = 0; i < 10 && !label.equals(checkedRadio(group)); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            waitForVaadin();
        }
        assertThat(checkedRadio(group)).isEqualTo(label);
        waitForVaadin();
    }

    /** Fills row {@code index} of a plan lines editor: back with Shift+Tab from its add button into the new row. */
    private void line(String editorId, int index, String kind, String description, String amount) {
        WebElement row = waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#" + editorId + " > vaadin-vertical-layout > vaadin-horizontal-layout"));
            return rows.size() > index ? rows.get(index) : null;
        });
        WebElement kindSelect = row.findElement(By.tagName("vaadin-select"));
        focusOn(kindSelect, Keys.chord(Keys.SHIFT, Keys.TAB));
        select(kindSelect, kind);
        // the amount is a text field too (read on the server): the row's fields are told apart by their class
        focusOn(row.findElement(By.cssSelector(".plan-description")), Keys.TAB);
        new Actions(driver).sendKeys(description).perform();
        focusOn(row.findElement(By.cssSelector(".plan-amount")), Keys.TAB);
        new Actions(driver).sendKeys(amount).perform();
        tab(Keys.TAB);
        waitForVaadin();
    }

    /** Chooses the kind with the keyboard; the file goes to the upload's file input, as the file dialog would. */
    private void attach(String kindLabel, String kind, String fileName) throws Exception {
        select(waitForId("attachments-kind"), kindLabel);
        WebElement upload = waitForId("attachments-upload");
        waiting().until(d -> upload.getDomAttribute("disabled") == null);
        // the upload's button is reachable by keyboard (it would open the file dialog)
        focusOn(upload, Keys.TAB);
        Path file = Files.write(files.resolve(fileName),
                HtmlPdf.render("<html><body><h1>" + kindLabel + "</h1><p>" + key + "</p></body></html>"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        js("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("attachments-required-" + kind)).getDomAttribute("data-present")));
        // the completion is announced: the notification that says so sits in a live region
        waiting().until(d -> Boolean.TRUE.equals(js(ANNOUNCED, fileName)));
    }

    /** Whether an element holding this text is inside a live region (aria-live, or role alert, status or log). */
    private static final String ANNOUNCED = """
            const text = arguments[0];
            const search = root => {
                for (const element of root.querySelectorAll('*')) {
                    if (element.children.length === 0 && (element.textContent || '').includes(text)) {
                        for (let node = element; node; node = node.parentNode || node.host) {
                            if (node.nodeType === 1 && (['polite', 'assertive'].includes(node.getAttribute('aria-live'))
                                    || ['alert', 'status', 'log'].includes(node.getAttribute('role')))) {
                                return true;
                            }
                        }
                    }
                    if (element.shadowRoot && search(element.shadowRoot)) {
                        return true;
                    }
                }
                return false;
            };
            return search(document);
            """;

    /**
     * Presses {@code key} (Tab or Shift+Tab) until the focus is inside {@code target}, checking at every stop that
     * the focus is visible.
     */
    private void focusOn(WebElement target, CharSequence key) {
        if (Boolean.TRUE.equals(js(FOCUS_INSIDE, target))) {
            return;
        }
        for (int i = 0; i < MAX_TABS; i++) {
            if (tab(key, target)) {
                return;
            }
        }
        throw new AssertionError(MAX_TABS + " presses of " + (key == Keys.TAB ? "Tab" : "Shift+Tab") + " did not reach "
                + target.getTagName() + "#" + target.getDomAttribute("id") + "; the focus is on " + focusedHostId());
    }

    private void tab(CharSequence key) {
        tab(key, null);
    }

    /**
     * Presses {@code key}, notes the stop if its focus is not visible, and answers whether the focus is now inside
     * {@code target} (never, for none). One look at the page answers all three: a press cost three round trips to
     * Chromium, and a keyboard user presses Tab a few hundred times in this class (issue 20).
     */
    @SuppressWarnings("unchecked")
    private boolean tab(CharSequence key, WebElement target) {
        return nl.gemeenschapsfonds.test.BrowserSteps.time("tab", () -> {
            new Actions(driver).sendKeys(key).perform();
            List<Object> seen = (List<Object>) js("const visible = (() => {" + FOCUS_VISIBLE + "})();"
                    + "return [visible, visible ? '' : (() => {" + DESCRIBE_FOCUS + "})(),"
                    + " !!arguments[0] && (() => {" + FOCUS_INSIDE + "})()];", target);
            if (!Boolean.TRUE.equals(seen.get(0))) {
                focusNotVisible.add(String.valueOf(seen.get(1)));
            }
            return Boolean.TRUE.equals(seen.get(2));
        });
    }

    private void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    private String focusedId() {
        return String.valueOf(js("return document.activeElement ? document.activeElement.id : '';"));
    }

    /** The id of the nearest element with an id around the focus, through shadow roots. */
    private String focusedHostId() {
        return String.valueOf(js(DEEP_ACTIVE + """
                for (let node = active; node; node = node.parentNode || node.host) {
                    if (node.id) {
                        return node.id;
                    }
                }
                return '';
                """));
    }

    private String focusedItemLabel() {
        return String.valueOf(js("""
                const item = document.querySelector('vaadin-select-item[focused]')
                    || [...document.querySelectorAll('vaadin-select-item')].find(i => i === document.activeElement);
                return item ? item.textContent.trim() : '';
                """));
    }

    private String checkedRadio(WebElement group) {
        return String.valueOf(js("""
                const checked = arguments[0].querySelector('vaadin-radio-button[checked]');
                return checked ? checked.textContent.trim() : '';
                """, group));
    }

    /**
     * Whether the focused element shows it: a Vaadin component with its focus ring ({@code focus-ring}, which Lumo
     * draws), or an element with an outline or box shadow of its own.
     */
    private boolean focusVisible() {
        return Boolean.TRUE.equals(js(FOCUS_VISIBLE));
    }

    private static final String DEEP_ACTIVE = """
            let active = document.activeElement;
            while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                active = active.shadowRoot.activeElement;
            }
            """;

    private static final String FOCUS_VISIBLE = DEEP_ACTIVE + """
                if (!active || active === document.body || active === document.documentElement) {
                    return true; // nothing focused: nothing to show
                }
                for (let node = active; node; node = node.parentNode || node.host) {
                    if (node.nodeType === 1 && node.hasAttribute('focus-ring')) {
                        return true;
                    }
                }
                // the element's own outline or shadow, or one drawn by its ::before (a grid cell's focus ring)
                const drawn = style => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== 'none';
                return drawn(getComputedStyle(active)) || drawn(getComputedStyle(active, '::before'))
                    || drawn(getComputedStyle(active, '::after')) || active.classList.contains('main-content');
                """;

    private static final String FOCUS_INSIDE = DEEP_ACTIVE + """
            for (let node = active; node; node = node.parentNode || node.host) {
                if (node === arguments[0]) {
                    return true;
                }
            }
            return false;
            """;

    private static final String DESCRIBE_FOCUS = DEEP_ACTIVE + """
            let described = '';
            for (let node = active; node && node.nodeType === 1; node = node.parentNode || node.host) {
                described = node.localName + (node.id ? '#' + node.id : '') + (described ? ' > ' + described : '');
                if (node.id) {
                    break;
                }
            }
            return described + ' on ' + location.pathname;
            """;
}
