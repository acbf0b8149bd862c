package nl.gemeenschapsfonds.mailbox.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outgoing-mail page shows a mail server's error in one short line; the whole text stays in the tooltip. */
class MailQueueErrorTextTest {

    @Test
    void a_short_error_is_shown_as_it_is_and_none_as_nothing() {
        assertThat(MailQueueView.shortError("421 4.7.0 Try again later, closing connection"))
                .isEqualTo("421 4.7.0 Try again later, closing connection");
        assertThat(MailQueueView.shortError(null)).isEmpty();
        assertThat(MailQueueView.shortError("  ")).isEmpty();
    }

    @Test
    void a_java_exception_of_many_lines_is_shown_as_its_first_line_cut_at_120_characters() {
        String error = "org.springframework.mail.MailSendException: Mail server connection failed. Failed messages: "
                + "org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 3141; timeout -1;\n"
                + "  nested exception is:\n\tjava.net.ConnectException: Connection refused";
        String shown = MailQueueView.shortError(error);
        assertThat(shown).startsWith("org.springframework.mail.MailSendException: Mail server connection failed.")
                .endsWith("…").doesNotContain("nested exception");
        assertThat(shown.length()).isLessThanOrEqualTo(120);
    }
}
