package nl.gemeenschapsfonds.base.ui;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in real Chromium at 1280 px wide: no field label ends in "…" ("Betaald op (volgens de ba…"),
 * a call's year field shows its four digits on one line, and the page itself never scrolls sideways.
 */
class NothingCutOffBrowserIT extends BrowserTest {

    /** Every visible field whose label part is wider than its box (cut off), by its label text. */
    private static final String CUT_LABELS = """
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
            return cut;""";

    @BeforeEach
    void freshBrowserState() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> cutLabels() {
        return (List<String>) js(CUT_LABELS);
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

        assertThat(cutLabels()).isEmpty();
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

        assertThat(cutLabels()).isEmpty();
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
