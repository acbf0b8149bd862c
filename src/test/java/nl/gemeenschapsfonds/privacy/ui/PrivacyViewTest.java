package nl.gemeenschapsfonds.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.mailbox.MailChoices;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mijn gegevens" on the account page and the administrator's privacy desk (issue 17): what a person sees, every
 * refusal at its field or button, nothing typed lost.
 */
class PrivacyViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired MailChoices choices;
    @Autowired JdbcClient jdbc;

    @Test
    void an_applicant_finds_the_download_the_mail_choices_and_closing_the_account_on_the_account_page() throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis Account");
        login(applicant);
        navigate("account");
        assertThat(_get(Anchor.class, spec -> spec.withId("privacy-download")).getHref()).isEqualTo("my-data/mijn-gegevens.zip");

        Checkbox reminders = _get(Checkbox.class, spec -> spec.withId("mail-pref-REMINDERS"));
        assertThat(reminders.getValue()).as("optional mails are on until switched off").isTrue();
        assertThat(_find(Checkbox.class, spec -> spec.withId("mail-pref-WEEKLY_DIGEST"))).as("the digest is for staff").isEmpty();
        reminders.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("mail-preferences-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-preferences-saved")).getText()).isEqualTo("Uw keuze is opgeslagen.");
        assertThat(authorities.as(applicant, () -> choices.mine())).contains(new MailChoices.Choice(MailTopic.REMINDERS, false));

        TextField confirm = _get(TextField.class, spec -> spec.withId("close-account-confirm"));
        confirm.setValue("iemand-anders@example.org");
        _click(_get(Button.class, spec -> spec.withId("close-account-submit")));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("Dit is niet het e-mailadres van uw account.");
        assertThat(confirm.getValue()).as("what was typed stays").isEqualTo("iemand-anders@example.org");
        assertThat(jdbc.sql("select count(*) from erasure_request r join app_user u on u.id = r.user_id where u.email = ?")
                .param(applicant).query(Long.class).single()).as("nothing asked").isZero();

        confirm.setValue(applicant.toUpperCase());
        _click(_get(Button.class, spec -> spec.withId("close-account-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("close-account-state")).getText()).startsWith("U vroeg op ");
        navigate("account");
        assertThat(_find(TextField.class, spec -> spec.withId("close-account-confirm"))).as("asked once").isEmpty();
    }

    @Test
    void staff_choose_reminders_and_the_weekly_digest_but_get_no_download_nor_closing() {
        login(DemoUsers.REVIEWER);
        navigate("account");
        assertThat(_find(Checkbox.class, spec -> spec.withId("mail-pref-WEEKLY_DIGEST"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("privacy-download"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("close-account-confirm"))).isEmpty();
    }

    @Test
    void the_administrator_is_refused_at_the_field_for_a_short_search_a_missing_letter_and_a_missing_ground() {
        String person = authorities.newApplicant("Vereniging Bureau");
        login(DemoUsers.ADMIN);
        navigate("admin/privacy");
        TextField search = _get(TextField.class, spec -> spec.withId("privacy-search"));
        search.setValue("x");
        _click(_get(Button.class, spec -> spec.withId("privacy-search-submit")));
        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).isEqualTo("Typ minstens twee tekens.");
        assertThat(search.getValue()).isEqualTo("x");

        search.setValue(person);
        _click(_get(Button.class, spec -> spec.withId("privacy-search-submit")));
        long userId = jdbc.sql("select id from app_user where email = ?").param(person).query(Long.class).single();
        _click(_get(Button.class, spec -> spec.withId("open-person-" + userId)));

        TextField letter = _get(TextField.class, spec -> spec.withId("letter-reference"));
        _click(_get(Button.class, spec -> spec.withId("letter-produce")));
        assertThat(letter.isInvalid()).isTrue();
        assertThat(letter.getErrorMessage()).isEqualTo("Vul het kenmerk van de brief in.");
        letter.setValue("Brief 12");
        _click(_get(Button.class, spec -> spec.withId("letter-produce")));
        assertThat(letter.isInvalid()).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withId("letter-download"))).hasSize(1);

        TextField ground = _get(TextField.class, spec -> spec.withId("erase-ground"));
        _click(_get(Button.class, spec -> spec.withId("erase-submit")));
        assertThat(ground.isInvalid()).isTrue();
        assertThat(ground.getErrorMessage()).isEqualTo("Vul de grond in.");
        assertThat(jdbc.sql("select erased_at is null from app_user where id = ?").param(userId).query(Boolean.class).single()).isTrue();

        ground.setValue("brief 12");
        _click(_get(Button.class, spec -> spec.withId("erase-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erase-done")).getText()).startsWith("De persoon is verwijderd; het account heet nu erased-");
    }

    @Test
    void the_only_contact_is_refused_with_a_clear_message_in_english_until_another_contact_is_chosen() throws Exception {
        TestAuthorities.Staff staff = authorities.newAuthority("Gemeente Bureau");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String person = authorities.newApplicant("Dorpshuis Bureau");
        long application = applications.submitted(person, call, Map.of(2027, amount("10000")));
        authorities.as(person, () -> choices.mine());
        login(person);
        navigate("account");
        _get(TextField.class, spec -> spec.withId("close-account-confirm")).setValue(person);
        _click(_get(Button.class, spec -> spec.withId("close-account-submit")));
        long userId = jdbc.sql("select id from app_user where email = ?").param(person).query(Long.class).single();
        long organisation = jdbc.sql("select organisation_id from app_user where id = ?").param(userId).query(Long.class).single();
        String colleague = "collega-bureau-" + userId + "@test.example";
        jdbc.sql("insert into app_user (email, display_name, password_hash, role, organisation_id, email_confirmed) values (?, 'Collega Bureau', 'x', 'APPLICANT', ?, true)")
                .params(colleague, organisation).update();

        logout();
        login(DemoUsers.ADMIN);
        useEnglish();
        navigate("admin/privacy");
        long request = jdbc.sql("select id from erasure_request where user_id = ? and status = 'OPEN'").param(userId).query(Long.class).single();
        _click(_get(Button.class, spec -> spec.withId("open-request-" + request)));
        TextField ground = _get(TextField.class, spec -> spec.withId("erase-ground"));
        assertThat(ground.getValue()).as("the request is the ground").startsWith("request of ");
        _click(_get(Button.class, spec -> spec.withId("erase-submit")));
        Paragraph outcome = _get(Paragraph.class, spec -> spec.withId("erase-outcome"));
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(application).query(String.class).single();
        assertThat(outcome.getText()).isEqualTo("This person is the only contact of a running application (" + reference
                + "). Set another contact first.");
        assertThat(ground.getValue()).as("kept").startsWith("request of ");

        @SuppressWarnings("unchecked")
        ComboBox<Object> contact = _get(ComboBox.class, spec -> spec.withId("contact-" + application));
        _click(_get(Button.class, spec -> spec.withId("contact-set-" + application)));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).isEqualTo("Choose another contact.");
        contact.setValue(contact.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("contact-set-" + application)));
        assertThat(_find(ComboBox.class, spec -> spec.withId("contact-" + application))).as("no open application left").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("erase-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erase-done")).getText()).startsWith("The person was erased");
        assertThat(jdbc.sql("select submitted_by from grant_application where id = ?").param(application).query(String.class).single())
                .isEqualTo(colleague);
    }
}
