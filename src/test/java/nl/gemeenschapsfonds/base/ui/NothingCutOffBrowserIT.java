package nl.gemeenschapsfonds.base.ui;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in real Chromium at 1280 px wide: no field label ends in "…" ("Betaald op (volgens de ba…"),
 * a call's year field shows its four digits on one line, and the page itself never scrolls sideways.
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
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long demoFund() {
        return jdbc.sql("select id from fund where name = 'Gemeenschapsfonds Zwolle'").query(Long.class).single();
    }
}
