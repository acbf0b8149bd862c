package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.mailbox.MailChoices;
import nl.gemeenschapsfonds.mailbox.UnsubscribeLinks;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The switch-off link from an optional mail, opened without signing in: works when signed, refused when changed. */
class UnsubscribeViewTest extends KaribuViewTest {

    @Autowired UnsubscribeLinks links;
    @Autowired MailChoices choices;
    @Autowired TestAuthorities authorities;
    @Autowired JdbcClient jdbc;

    @Test
    void the_signed_link_asks_first_and_then_switches_the_topic_off_without_signing_in() throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis Link");
        long userId = jdbc.sql("select id from app_user where email = ?").param(applicant).query(Long.class).single();
        navigate("mail/unsubscribe?token=" + links.token(userId, MailTopic.PLEDGE_UPDATES));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-question")).getText())
                .isEqualTo("Wilt u geen mails meer over: Nieuws over toezeggingen?");
        assertThat(authorities.as(applicant, () -> choices.mine())).as("opening the link changes nothing yet")
                .allMatch(MailChoices.Choice::on);
        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-done")).getText()).startsWith("Nieuws over toezeggingen: uitgezet.");
        assertThat(authorities.as(applicant, () -> choices.mine()))
                .contains(new MailChoices.Choice(MailTopic.PLEDGE_UPDATES, false), new MailChoices.Choice(MailTopic.REMINDERS, true));
    }

    @Test
    void a_changed_link_gets_a_clear_page_and_switches_nothing_off() throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis Knoei");
        long userId = jdbc.sql("select id from app_user where email = ?").param(applicant).query(Long.class).single();
        String token = links.token(userId, MailTopic.REMINDERS);
        useEnglish();
        navigate("mail/unsubscribe?token=" + token.replace("REMINDERS", "PLEDGE_UPDATES"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-refused")).getText())
                .startsWith("The link was changed or is incomplete, so nothing was switched off.");
        assertThat(_find(Button.class, spec -> spec.withId("unsubscribe-confirm"))).isEmpty();
        assertThat(authorities.as(applicant, () -> choices.mine())).allMatch(MailChoices.Choice::on);
    }
}
