package nl.gemeenschapsfonds.organisation.ui;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.organisation.LegalForm;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.organisation.OrganisationProfile;
import nl.gemeenschapsfonds.organisation.OrganisationProfiles;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestApplicants.Applicant;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;


import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's own organisation: the profile with its messages at the fields, and its users. */
class OrganisationProfileViewTest extends KaribuViewTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    TestApplicants applicants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    OrganisationProfiles profiles;

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Municipality> municipality() {
        return _get(ComboBox.class, spec -> spec.withId("municipality"));
    }

    @SuppressWarnings("unchecked")
    private Select<LegalForm> legalForm() {
        return _get(Select.class, spec -> spec.withId("legal-form"));
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
    }

    private Applicant open(Applicant applicant) {
        login(applicant.email());
        navigate("organisation");
        _get(OrganisationProfileView.class);
        return applicant;
    }

    @Test
    void an_applicant_sees_their_own_organisation_and_never_another() {
        login(DemoUsers.APPLICANT);
        navigate("organisation");
        assertThat(field("legal-name").getValue()).isEqualTo("Vereniging Dorpshuis De Linde");
        assertThat(field("kvk-number").getValue()).isEqualTo("40123456");
        assertThat(field("iban").getValue()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(municipality().getValue()).isEqualTo(new Municipality("GM0193", "Zwolle"));
        assertThat(legalForm().getValue()).isEqualTo(LegalForm.VERENIGING);
        assertThat(legalForm().getItemLabelGenerator().apply(LegalForm.COOPERATIE)).isEqualTo("Coöperatie");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-missing")).getText())
                .isEqualTo("De gegevens van uw organisatie zijn compleet.");
        assertThat(_find(Div.class, spec -> spec.withId("unconfirmed-banner"))).isEmpty();

        logout();
        navigate("login");
        login(DemoUsers.APPLICANT_WELSUM);
        navigate("organisation");
        assertThat(field("legal-name").getValue()).isEqualTo("Dorpscoöperatie Welsum U.A.");
        assertThat(field("kvk-number").getValue()).isEqualTo("40765432");
        assertThat(field("iban").getValue()).doesNotContain("ABNA");
    }

    @Test
    void a_wrong_iban_kvk_number_and_postcode_are_reported_at_their_fields_and_everything_typed_stays() {
        Applicant applicant = open(applicants.complete("Stichting Typefout"));
        field("city").setValue("Hattem");
        field("kvk-number").setValue("1234567");
        field("postcode").setValue("8011 A");
        field("iban").setValue("NL91 ABNA 0417 1643 01");
        save();

        assertThat(field("iban").isInvalid()).isTrue();
        assertThat(field("iban").getErrorMessage()).isEqualTo("Dit IBAN klopt niet: controleer de cijfers");
        assertThat(field("kvk-number").isInvalid()).isTrue();
        assertThat(field("kvk-number").getErrorMessage()).isEqualTo("Een KvK-nummer heeft precies 8 cijfers");
        assertThat(field("postcode").isInvalid()).isTrue();
        assertThat(field("postcode").getErrorMessage()).isEqualTo("Vul een postcode in als 1234 AB");
        assertThat(field("city").getValue()).isEqualTo("Hattem");
        assertThat(field("iban").getValue()).isEqualTo("NL91 ABNA 0417 1643 01");
        assertThat(field("kvk-number").getValue()).isEqualTo("1234567");
        assertThat(field("postcode").getValue()).isEqualTo("8011 A");
        assertThat(profile(applicant).city()).as("nothing saved").isEqualTo("Zwolle");
    }

    @Test
    void a_wrong_iban_is_reported_as_soon_as_the_field_is_left() {
        open(applicants.complete("Stichting Direct"));
        field("iban").setValue("NL91ABNA0417164301");
        assertThat(field("iban").isInvalid()).isTrue();
        assertThat(field("iban").getErrorMessage()).isEqualTo("Dit IBAN klopt niet: controleer de cijfers");
        field("iban").setValue("NL91ABNA0417164300");
        assertThat(field("iban").isInvalid()).isFalse();
    }

    @Test
    void a_correct_profile_is_saved_normalised_and_shown_again() {
        Applicant applicant = open(applicants.registered("Vereniging Nieuw", true));
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-missing")).getText())
                .startsWith("Vul deze gegevens nog in voordat u een aanvraag indient: KvK-nummer, Rechtsvorm");
        field("kvk-number").setValue("4012 9999");
        legalForm().setValue(LegalForm.STICHTING);
        field("street").setValue("Dorpsstraat 3");
        field("postcode").setValue("8196ka");
        field("city").setValue("Welsum");
        municipality().setValue(municipality().getListDataView().getItems()
                .filter(m -> m.name().equals("Olst-Wijhe")).findFirst().orElseThrow());
        field("iban").setValue("nl91abna0417164300");
        field("account-holder").setValue("Vereniging Nieuw");
        field("phone").setValue("0570 123 456");
        save();

        assertThat(notificationTexts()).contains("De gegevens van uw organisatie zijn opgeslagen.");
        assertThat(field("postcode").getValue()).isEqualTo("8196 KA");
        assertThat(field("iban").getValue()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-missing")).getText())
                .isEqualTo("De gegevens van uw organisatie zijn compleet.");
        OrganisationProfile saved = profile(applicant);
        assertThat(saved.kvkNumber()).isEqualTo("40129999");
        assertThat(saved.municipalityCode()).isEqualTo("GM1773");
        assertThat(saved.iban()).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_with_the_input_kept() throws Exception {
        Applicant applicant = open(applicants.complete("Stichting Gelijktijdig"));
        OrganisationProfile meanwhile = profile(applicant);
        authorities.as(applicant.email(), () -> profiles.save(new OrganisationProfile(meanwhile.id(), meanwhile.version(),
                meanwhile.legalName(), meanwhile.kvkNumber(), meanwhile.legalForm(), meanwhile.street(), meanwhile.postcode(),
                meanwhile.city(), meanwhile.municipalityCode(), meanwhile.iban(), meanwhile.accountHolder(), "038 111 2222")));

        field("phone").setValue("038 333 4444");
        save();

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Iemand anders heeft dit intussen gewijzigd."));
        assertThat(field("phone").getValue()).isEqualTo("038 333 4444");
        assertThat(profile(applicant).phone()).isEqualTo("038 111 2222");
    }

    @Test
    void the_members_are_listed_and_a_colleague_can_be_invited() {
        Applicant applicant = open(applicants.complete("Stichting Samen"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains(applicant.email(), "Ja");
        assertThat(_getFormattedRow(grid, 0).getFirst()).endsWith("(u)");

        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("nieuwe.collega@stichting.test");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        assertThat(notificationTexts()).contains("De uitnodiging is verstuurd naar nieuwe.collega@stichting.test.");
        assertThat(_get(Div.class, spec -> spec.withId("open-invitations")).getChildren().toList()).hasSize(1);
        assertThat(((Paragraph) _get(Div.class, spec -> spec.withId("open-invitations")).getChildren().findFirst().orElseThrow())
                .getText()).startsWith("Uitgenodigd: nieuwe.collega@stichting.test");
    }

    @Test
    void an_unconfirmed_applicant_is_told_so_and_cannot_invite_yet() {
        open(applicants.registered("Vereniging Onbevestigd", false));
        assertThat(_get(Div.class, spec -> spec.withId("unconfirmed-banner")).getElement().getTextRecursively())
                .contains("Uw e-mailadres is nog niet bevestigd.");

        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("collega@vereniging.test");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Bevestig eerst uw e-mailadres"));

        _click(_get(Button.class, spec -> spec.withId("resend-confirmation")));
        assertThat(notificationTexts()).contains("We hebben een nieuwe bevestigingsmail gestuurd.");
    }

    @Test
    void inviting_someone_who_is_already_a_member_is_reported_at_the_field() {
        Applicant applicant = open(applicants.complete("Stichting Al Lid"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));
        email.setValue(applicant.email());
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Deze persoon is al gebruiker van uw organisatie");
        assertThat(email.getValue()).isEqualTo(applicant.email());
    }

    private OrganisationProfile profile(Applicant applicant) {
        try {
            return authorities.as(applicant.email(), () -> profiles.myOrganisation());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
