package nl.gemeenschapsfonds.mailbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail preferences (issue 17 item 5): an optional mail switched off is not sent, a required one still is; optional
 * mails carry a signed link that switches their topic off without signing in, and a changed link switches nothing.
 */
@IntegrationTest
class MailPreferencesIT {

    private static final Pattern LINK = Pattern.compile("/mail/unsubscribe\\?token=(\\S+)");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired MailChoices choices;
    @Autowired WeeklyDigest digest;
    @Autowired Mailer mailer;
    @Autowired UserAccounts accounts;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @Test
    void an_applicant_who_switched_reminders_off_gets_no_reminder_but_still_the_receipt_and_other_required_mail() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Voorkeur");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Dorpshuis Stilte");
        authorities.as(applicant, () -> choices.chooseMine(Set.of(MailTopic.PLEDGE_UPDATES)));
        assertThat(authorities.as(applicant, () -> choices.mine())).containsExactly(
                new MailChoices.Choice(MailTopic.REMINDERS, false), new MailChoices.Choice(MailTopic.PLEDGE_UPDATES, true));

        applications.submitted(applicant, call, Map.of(2027, amount("10000")));
        transactions.executeWithoutResult(status -> {
            mailer.send(new Mail(applicant, "Herinnering: verslag", "Uw verslag is over 7 dagen verschuldigd.")
                    .ofKind("report.mail.reminder.subject"));
            mailer.send(new Mail(applicant, "Verzoek om aanvulling", "Vul binnen twee weken aan.")
                    .ofKind("report.mail.more.subject"));
        });

        List<Mails.Received> received = Mails.await(greenMail, applicant, 2);
        assertThat(received).extracting(Mails.Received::subject)
                .anySatisfy(subject -> assertThat(subject).containsIgnoringCase("ontvangst"))
                .contains("Verzoek om aanvulling")
                .doesNotContain("Herinnering: verslag");
        assertThat(received).filteredOn(mail -> mail.subject().equals("Verzoek om aanvulling"))
                .singleElement().satisfies(mail -> assertThat(mail.body()).as("a required mail has no switch-off link")
                        .doesNotContain("/mail/unsubscribe"));
    }

    @Test
    void the_weekly_digest_reaches_staff_with_a_signed_link_that_switches_it_off_and_not_who_switched_it_off() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Weekoverzicht");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Buurthuis Maandag");
        long id = applications.submitted(applicant, call, Map.of(2027, amount("10000")));
        authorities.as(staff.reviewer(), () -> choices.chooseMine(Set.of(MailTopic.REMINDERS)));

        // the digest of this authority only: the shared database holds the staff of every authority other tests made
        assertThat(digest.send(LocalDate.ofInstant(clock.instant(), Formats.ZONE), staff.authorityId()))
                .as("one digest handed to the mailer per enabled staff member of the authority").isEqualTo(4);

        List<Mails.Received> toDecider = Mails.await(greenMail, staff.decisionMaker(), 1);
        assertThat(toDecider).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Weekoverzicht: 1 nieuwe");
            assertThat(mail.body()).contains("Nieuw ingediend de afgelopen week: 1").contains("/mail/unsubscribe?token=");
        });
        assertThat(Mails.to(greenMail, staff.reviewer())).as("switched off: no digest").isEmpty();

        Matcher link = LINK.matcher(toDecider.getFirst().body());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        String tampered = token.replaceFirst("^\\d+", String.valueOf(Long.parseLong(token.substring(0, token.indexOf('.'))) + 1));
        assertThatThrownBy(() -> choices.unsubscribe(tampered)).isInstanceOf(UnsubscribeRefusedException.class);
        assertThatThrownBy(() -> choices.unsubscribe(token.replace("WEEKLY_DIGEST", "REMINDERS")))
                .isInstanceOf(UnsubscribeRefusedException.class);
        assertThat(authorities.as(staff.decisionMaker(), () -> choices.mine()))
                .as("a refused link switched nothing off").allMatch(MailChoices.Choice::on);

        assertThat(choices.unsubscribe(token)).isEqualTo(MailTopic.WEEKLY_DIGEST);
        assertThat(authorities.as(staff.decisionMaker(), () -> choices.mine()))
                .contains(new MailChoices.Choice(MailTopic.WEEKLY_DIGEST, false), new MailChoices.Choice(MailTopic.REMINDERS, true));
        digest.send(LocalDate.ofInstant(clock.instant(), Formats.ZONE), staff.authorityId());
        Mails.await(greenMail, staff.admin(), 2);
        assertThat(Mails.to(greenMail, staff.decisionMaker())).as("after the link: no second digest").hasSize(1);
        assertThat(id).isPositive();
    }
}
