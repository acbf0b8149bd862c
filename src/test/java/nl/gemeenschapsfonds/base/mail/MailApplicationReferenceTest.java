package nl.gemeenschapsfonds.base.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which application a mail in the outbox is about, stored with it so that destroying the application finds it. */
class MailApplicationReferenceTest {

    @Test
    void a_mail_is_about_the_application_its_subject_names() {
        assertThat(MailOutbox.applicationReference("Ontvangstbevestiging van uw aanvraag GF-2027-000042"))
                .isEqualTo("GF-2027-000042");
        assertThat(MailOutbox.applicationReference("Betaling GF-2027-000042-1 uitgevoerd")).isEqualTo("GF-2027-000042");
        assertThat(MailOutbox.applicationReference("GF-2027-000042: besluit en GF-2027-000042 nogmaals"))
                .isEqualTo("GF-2027-000042");
    }

    @Test
    void a_mail_that_names_no_application_or_several_is_about_none() {
        assertThat(MailOutbox.applicationReference("Uw wachtwoord herstellen")).isNull();
        assertThat(MailOutbox.applicationReference("Herinnering: GF-2027-000042 en GF-2027-000043")).isNull();
        assertThat(MailOutbox.applicationReference("XGF-2027-000042 is geen kenmerk")).isNull();
    }
}
