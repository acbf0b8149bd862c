package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sees the mails still waiting or failed, with the last error, and sends one again. */
class MailQueueViewTest extends KaribuViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_failed_mail_is_listed_with_its_error_and_sent_again_from_the_list() {
        String to = "wachtend-" + System.nanoTime() + "@test.example";
        long id = jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, status, attempts, created_at, next_attempt_at, last_error)
                        values (?, 'Ontvangstbevestiging', 'Tekst', 'FAILED', 10, now(), now(), 'Connection refused') returning id""")
                .param(to).query(Long.class).single();
        login(DemoUsers.ADMIN);
        navigate("admin/mail");

        @SuppressWarnings("unchecked")
        Grid<nl.gemeenschapsfonds.base.mail.MailOutbox.Item> grid = _get(Grid.class, spec -> spec.withId("mail-queue-grid"));
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if (cell(grid, i, "mail").contains(to)) {
                row = i;
            }
        }
        assertThat(row).as("the failed mail is listed").isNotNegative();
        // one two-line cell each: subject over recipient, status over attempts (eight columns did not fit at 1280 px)
        assertThat(cell(grid, row, "mail")).isEqualTo("Ontvangstbevestiging|Aan " + to);
        assertThat(cell(grid, row, "status")).isEqualTo("Mislukt|10 pogingen");
        assertThat(grid.getColumns()).hasSize(5);
        assertThat(_getFormatted(grid, row, "error")).isEqualTo("Connection refused");

        // the test SMTP server may or may not run now: either way the mail leaves the FAILED state or stays listed
        Button resend = (Button) _getCellComponent(grid, row, "resend");
        assertThat(resend.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains(to));
        resend.click();

        String status = jdbc.sql("select status from mail_outbox where id = ?").param(id).query(String.class).single();
        assertThat(status).as("sent, or waiting for its next attempt; no longer failed").isIn("SENT", "WAITING");
    }

    private static String cell(Grid<?> grid, int row, String column) {
        return _getCellComponent(grid, row, column).getChildren()
                .map(line -> line.getElement().getText()).collect(java.util.stream.Collectors.joining("|"));
    }

    @Test
    void only_the_administrator_opens_the_outgoing_mail() {
        login(DemoUsers.REVIEWER);
        navigate("admin/mail");
        assertThat(_find(Grid.class, spec -> spec.withId("mail-queue-grid"))).isEmpty();
    }
}
