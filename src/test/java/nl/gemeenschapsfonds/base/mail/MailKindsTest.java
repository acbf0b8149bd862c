package nl.gemeenschapsfonds.base.mail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of mail is classified as required or optional in one place (issue 17), and the legal ones are required. */
class MailKindsTest {

    /** The subject keys of mails in a translation file: "...mail....subject", not letters or the outbox page. */
    private static Set<String> mailSubjectKeys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailKindsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".subject") && key.matches("(.*\\.)?mail\\..*"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_mail_subject_in_the_translations_is_classified_so_a_new_kind_of_mail_must_be_added_to_the_policy() throws IOException {
        assertThat(mailSubjectKeys("nl")).as("mail kinds in translations_nl, classify them in MailKinds")
                .isNotEmpty().allSatisfy(key -> assertThat(MailKinds.classOf(key)).as(key).isPresent());
        assertThat(MailKinds.kinds()).as("every classified kind is a mail subject in both languages")
                .allSatisfy(kind -> {
                    assertThat(mailSubjectKeys("nl")).contains(kind);
                    assertThat(mailSubjectKeys("en")).contains(kind);
                });
    }

    @Test
    void receipts_decisions_and_requests_with_a_deadline_are_required() {
        for (String kind : Set.of("receipt.mail.subject", "mail.decision.subject", "mail.supplement.subject",
                "mail.notConsidered.subject", "mail.extension.subject", "mail.objection.received.subject",
                "mail.objection.decided.subject", "report.mail.more.subject", "report.mail.late.subject",
                "settlement.mail.subject", "mail.paid.subject", "pledge.mail.confirmed.subject", "reset.mail.subject")) {
            assertThat(MailKinds.classOf(kind)).as(kind).hasValueSatisfying(c -> assertThat(c.required()).isTrue());
            assertThat(MailKinds.topicOf(kind)).as(kind).isEmpty();
        }
    }

    @Test
    void reminders_the_weekly_digest_and_pledge_news_are_optional_under_their_topic() {
        assertThat(MailKinds.topicOf("report.mail.reminder.subject")).contains(MailTopic.REMINDERS);
        assertThat(MailKinds.topicOf("report.mail.moreReminder.subject")).contains(MailTopic.REMINDERS);
        assertThat(MailKinds.topicOf("reminder.mail.subject")).contains(MailTopic.REMINDERS);
        assertThat(MailKinds.topicOf("digest.mail.subject")).contains(MailTopic.WEEKLY_DIGEST);
        assertThat(MailKinds.topicOf("pledge.mail.received.subject")).contains(MailTopic.PLEDGE_UPDATES);
        assertThat(MailKinds.topicOf("pledge.mail.verified.subject")).contains(MailTopic.PLEDGE_UPDATES);
    }

    @Test
    void a_mail_without_a_kind_or_of_an_unknown_kind_counts_as_required_so_it_is_never_dropped() {
        assertThat(MailKinds.topicOf(null)).isEmpty();
        assertThat(MailKinds.topicOf("something.new.subject")).isEmpty();
    }

    @Test
    void every_kind_says_why_it_is_required_or_optional() {
        assertThat(MailKinds.kinds()).isNotEmpty().allSatisfy(kind ->
                assertThat(MailKinds.classOf(kind).orElseThrow().why()).as(kind).isNotBlank());
    }
}
