package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.submission.CoApplicantItem;
import nl.gemeenschapsfonds.submission.CoApplicants;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.CoApplicantCases;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-applicants in the applicant's screens (issue 21.5): the wizard's section names partners with a message at the
 * field for a wrong number and keeps what was typed; a partner's member reads the application and its decision letter
 * without a way to change it; a member of a third organisation finds nothing.
 */
class CoApplicantsViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;
    @Autowired
    SubmissionService submissions;
    @Autowired
    CoApplicants coApplicants;
    @Autowired
    CoApplicantCases cases;

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void in_the_wizard_a_wrong_kvk_number_or_a_missing_role_is_told_at_the_field_and_a_good_partner_is_saved_at_once()
            throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Wizardpartners");
        long call = organisations.call();
        String lead = organisations.lead();
        String partner = organisations.partner();
        long draft = authorities.as(lead, () -> submissions.startDraft(call));
        login(lead);
        navigate("applications/" + draft + "/edit?step=3");

        TextField kvk = field("coapp-kvk");
        TextField role = field("coapp-role");
        kvk.setValue("00000001");
        assertThat(kvk.isInvalid()).as("an unknown number is told as soon as it is complete").isTrue();
        assertThat(kvk.getErrorMessage()).contains("geen organisatie met KvK-nummer 00000001");
        role.setValue("Sportmiddagen");
        _click(_get(Button.class, spec -> spec.withId("coapp-add")));
        assertThat(kvk.isInvalid()).isTrue();
        assertThat(kvk.getValue()).as("what was typed stays").isEqualTo("00000001");
        assertThat(role.getValue()).isEqualTo("Sportmiddagen");

        kvk.setValue(cases.kvkOf(lead));
        _click(_get(Button.class, spec -> spec.withId("coapp-add")));
        assertThat(kvk.getErrorMessage()).contains("uw eigen organisatie");

        kvk.setValue(cases.kvkOf(partner));
        assertThat(kvk.isInvalid()).isFalse();
        assertThat(kvk.getHelperText()).as("the registered name shows at the field").startsWith("Sportclub");
        role.setValue("");
        _click(_get(Button.class, spec -> spec.withId("coapp-add")));
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo("Beschrijf de rol van de partner in het project.");
        assertThat(kvk.getValue()).isEqualTo(cases.kvkOf(partner));

        role.setValue("Organiseert de sportmiddagen");
        _click(_get(Button.class, spec -> spec.withId("coapp-add")));
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).extracting(CoApplicantItem::role)
                .containsExactly("Organiseert de sportmiddagen");
        assertThat(kvk.getValue()).as("ready for the next partner").isEmpty();

        TextField partnerRole = field("coapp-role-" + cases.organisationOf(partner));
        partnerRole.setValue("");
        assertThat(partnerRole.isInvalid()).isTrue();
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).extracting(CoApplicantItem::role)
                .as("an empty role is not saved").containsExactly("Organiseert de sportmiddagen");
        partnerRole.setValue("Penvoerder sport");
        assertThat(authorities.as(lead, () -> coApplicants.of(draft))).extracting(CoApplicantItem::role)
                .as("saved as it is typed").containsExactly("Penvoerder sport");
    }

    @Test
    void co_applicant_members_read_the_application_and_its_decision_letter_but_cannot_change_it() throws Exception {
        CoApplicantCases.Organisations organisations = cases.organisations("Gemeente Partnerpagina");
        String lead = organisations.lead();
        String partner = organisations.partner();
        String third = authorities.newApplicant("Muziekschool");
        long id = cases.grantedWithPartner(organisations);

        login(partner);
        navigate("partner-applications");
        navigate(_get(Anchor.class, spec -> spec.withId("partner-application-" + id)).getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("co-applicants-note")).getText())
                .startsWith("Uw organisatie is partner in deze aanvraag van Buurthuis")
                .contains("rol: Organiseert de sportmiddagen");
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-letter"))).as("the decision letter").hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-object"))).as("objecting is the lead's").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("application-withdraw"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("application-edit"))).isEmpty();

        navigate("applications/" + id + "/edit");
        assertThat(_find(ApplicationWizardView.class)).as("the wizard sends a partner back to reading").isEmpty();
        navigate("applications/" + id + "/submitted");
        assertThat(_get(SubmittedApplicationView.class).getElement().getTextRecursively())
                .contains("Partnerorganisaties", "Organiseert de sportmiddagen");

        login(lead);
        navigate("applications/" + id);
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-object"))).as("the lead may object").hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("co-applicants-note"))).isEmpty();

        login(third);
        navigate("applications/" + id);
        _get(NotFoundView.class);
        navigate("applications/" + id + "/submitted");
        _get(NotFoundView.class);
        navigate("partner-applications");
        _get(Paragraph.class, spec -> spec.withText("Uw organisatie is nog in geen enkele ingediende aanvraag als partner genoemd."));
    }

    @Test
    void in_the_demo_de_linde_reads_welsums_granted_application_as_partner() {
        login(nl.gemeenschapsfonds.test.DemoUsers.APPLICANT);
        navigate("partner-applications");
        assertThat(_get(PartnerApplicationsView.class).getElement().getTextRecursively())
                .contains("Dorpswinkel Welsum blijft open", "Aanvrager: Dorpscoöperatie Welsum U.A.",
                        "Uw rol: Houdt de ontmoetingsmiddagen in het dorpshuis");
    }
}
