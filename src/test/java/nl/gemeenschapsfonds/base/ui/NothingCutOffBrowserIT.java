package nl.gemeenschapsfonds.base.ui;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in real Chromium at 1280 px wide: no field label ends in "…" ("Betaald op (volgens de ba…"),
 * a call's year field shows its four digits on one line, no cell of the outgoing mail, the funds and the aftercare
 * lists is cut off, and the page itself never scrolls sideways.
 */
class NothingCutOffBrowserIT extends BrowserTest {

    @BeforeEach
    void freshBrowserState() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    private boolean pageScrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    @Test
    void the_payments_page_shows_every_label_whole_at_1280_pixels() {
        open("login");
        login(DemoUsers.FINANCE, DemoUsers.PASSWORD);
        waitForId("payments-view");
        open("payments");
        waitForId("payments-grid");

        assertThat(cutOffLabels()).isEmpty();
        assertThat(pageScrollsSideways()).isFalse();
    }

    @Test
    void the_call_editor_shows_every_label_whole_and_the_year_on_one_line() {
        open("login");
        login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        waitForId("funds-view");
        open("calls/new?fund=" + demoFund());
        click("call-ceilings-add");
        waitForVaadin();

        assertThat(cutOffLabels()).isEmpty();
        Boolean yearOnOneLine = (Boolean) js("""
                const field = [...document.querySelectorAll('vaadin-text-field')].find(f => /^\\d{4}$/.test(f.value || ''));
                const input = field.querySelector('input');
                return input.scrollWidth <= input.clientWidth + 1;""");
        assertThat(yearOnOneLine).isTrue();
        assertThat(pageScrollsSideways()).isFalse();

        // a criterion's name is readable whole, and "Maximale score" stays on one line
        click("call-criteria-add");
        waitForVaadin();
        org.openqa.selenium.WebElement name = driver.findElement(org.openqa.selenium.By.cssSelector("#call-criteria vaadin-text-field"));
        type(name, "Bereik onder ouderen en alleenstaanden");
        assertThat((Boolean) js("const i = arguments[0].querySelector('input'); return i.scrollWidth <= i.clientWidth + 1;", name))
                .as("the criterion's name is not cut off").isTrue();
        Long maxScoreLabelLines = (Long) js("""
                const label = [...document.querySelectorAll('#call-criteria label[slot=label]')]
                    .find(l => l.textContent.trim() === 'Maximale score');
                return Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight));""");
        assertThat(maxScoreLabelLines).isEqualTo(1L);
    }

    @Test
    void the_outgoing_mail_shows_subject_and_next_attempt_whole_at_1280_pixels() {
        long mail = jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, status, attempts, created_at, next_attempt_at, last_error)
                        values ('bestuur.dorpshuis.de.linde@voorbeeld.test', 'Ontvangstbevestiging van uw aanvraag GF-2026-000001 Nieuwe ontmoetingsplek',
                                'x', 'WAITING', 3, now(), now() + interval '1 day', '421 4.7.0 Try again later, closing connection')
                        returning id""").query(Long.class).single();
        // a mail the server refused with a Java exception of several lines, as when the SMTP server is down
        long refused = jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, status, attempts, created_at, next_attempt_at, last_error)
                        values ('penningmeester@voorbeeld.test', 'Besluit op uw aanvraag GF-2026-000002', 'x', 'WAITING', 2, now(),
                                now() + interval '1 hour', 'org.springframework.mail.MailSendException: Mail server connection failed. Failed messages: org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 25; timeout -1;
                          nested exception is:
                        	java.net.ConnectException: Connection refused')
                        returning id""").query(Long.class).single();
        try {
            open("login");
            login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            waitForId("funds-view");
            open("admin/mail");
            waitForId("mail-queue-grid");
            waiting().until(d -> textOf(d.findElement(org.openqa.selenium.By.id("mail-queue-grid"))).contains("GF-2026-000001"));

            assertThat(cutCells("#mail-queue-grid")).as("cells cut off").isEmpty();
            assertThat(pageScrollsSideways()).isFalse();
        } finally {
            jdbc.sql("delete from mail_outbox where id in (?, ?)").params(mail, refused).update();
        }
    }

    @Test
    void the_funds_and_the_aftercare_lists_show_every_cell_whole_at_1280_pixels() {
        open("login");
        login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        waitForId("funds-view");
        waitForRowsWithText("funds-grid");
        waitForRowsWithText("calls-grid");
        assertThat(cutCells("#funds-grid")).as("fund cells cut off").isEmpty();
        assertThat(cutCells("#calls-grid")).as("call cells cut off").isEmpty();
        assertThat(pageScrollsSideways()).isFalse();

        driver.manage().deleteAllCookies();
        open("login");
        login(DemoUsers.REVIEWER, DemoUsers.PASSWORD);
        waiting().until(d -> !d.findElements(org.openqa.selenium.By.id("current-user")).isEmpty());
        open("aftercare");
        // the demo data holds a final report due (De Linde) and two settlements (Welsum, the small grant)
        waitForRowsWithText("aftercare-reports");
        waitForRowsWithText("aftercare-settlements");
        assertThat(cutCells("#aftercare-reports")).as("report cells cut off").isEmpty();
        assertThat(cutCells("#aftercare-settlements")).as("settlement cells cut off").isEmpty();
        assertThat(pageScrollsSideways()).isFalse();
    }

    /**
     * Waits until the grid with this id draws at least one body row with a cell that holds text (its header alone does
     * not count): an empty or not yet drawn grid would have no cell to be cut off. Fails when it stays empty.
     */
    private void waitForRowsWithText(String gridId) {
        waitForId(gridId);
        String script = """
                const grid = document.getElementById(arguments[0]);
                return [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden)
                    .filter(row => [...row.querySelectorAll('slot')]
                        .flatMap(slot => slot.assignedElements({flatten: true}))
                        .some(content => content.localName === 'vaadin-grid-cell-content'
                            && content.offsetParent !== null && content.textContent.trim()))
                    .length;""";
        try {
            waiting().until(d -> ((Number) js(script, gridId)).longValue() > 0);
        } catch (org.openqa.selenium.TimeoutException empty) {
            throw new AssertionError("#" + gridId + " shows no row with text: nothing to check for cut-off cells", empty);
        }
    }

    /**
     * The cells of this grid whose text does not fit (wider or taller than the cell), each with its sizes. The grid
     * measures its rows after they are drawn: wait for the layout to settle, then nothing may be cut off.
     */
    @SuppressWarnings("unchecked")
    private java.util.List<String> cutCells(String grid) {
        String script = """
                return [...document.querySelectorAll('%s vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.textContent.trim()
                        && (c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1))
                    .map(c => c.textContent.trim() + " [" + c.scrollWidth + "/" + c.clientWidth + " x " + c.scrollHeight + "/" + c.clientHeight + "]");"""
                .formatted(grid);
        try {
            waiting().until(d -> ((java.util.List<?>) js(script)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException settled) {
            // not settled: the caller's assertion names the cells
        }
        return (java.util.List<String>) js(script);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long demoFund() {
        return jdbc.sql("select id from fund where name = 'Gemeenschapsfonds Zwolle'").query(Long.class).single();
    }
}
