package nl.gemeenschapsfonds.mailbox;

import nl.gemeenschapsfonds.base.mail.MailTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The switch-off link in optional mails is signed: it works as made, and fails when any part is changed. */
class UnsubscribeLinksTest {

    private final UnsubscribeLinks links = new UnsubscribeLinks(null, null, "a-test-secret-of-at-least-32-characters!",
            "https://subsidie.example");

    @Test
    void a_signed_link_names_its_user_and_topic() {
        String token = links.token(42, MailTopic.REMINDERS);
        assertThat(links.verify(token)).contains(new UnsubscribeLinks.Target(42, MailTopic.REMINDERS));
        assertThat(links.link(42, MailTopic.REMINDERS)).isEqualTo("https://subsidie.example/mail/unsubscribe?token=" + token);
    }

    @Test
    void a_link_with_another_user_topic_or_signature_is_refused() {
        String token = links.token(42, MailTopic.REMINDERS);
        String mac = token.substring(token.lastIndexOf('.') + 1);
        assertThat(links.verify("43.REMINDERS." + mac)).isEmpty();
        assertThat(links.verify("42.WEEKLY_DIGEST." + mac)).isEmpty();
        assertThat(links.verify(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(links.verify("42.REMINDERS")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
    }

    @Test
    void a_link_made_with_another_secret_is_refused() {
        UnsubscribeLinks other = new UnsubscribeLinks(null, null, "another-secret-of-at-least-32-characters", "x");
        assertThat(links.verify(other.token(42, MailTopic.REMINDERS))).isEmpty();
    }

    @Test
    void a_short_configured_secret_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> new UnsubscribeLinks(null, null, "short", "x"))
                .hasMessageContaining("at least 32 characters");
    }
}
