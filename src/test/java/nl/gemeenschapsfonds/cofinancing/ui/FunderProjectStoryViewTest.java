package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The funder reads what the project is and where before pledging (issue 13). */
class FunderProjectStoryViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    /** A submitted project seeking co-financing (grant 2027 EUR 40.000, costs EUR 80.000), and a funder signed in on its page. */
    private record Opened(long project, long funderId) {
    }

    private Opened aFunderOnAProjectSeekingCoFinancing(String name) throws Exception {
        Staff staff = authorities.newAuthority("Gemeente " + name);
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Vereniging " + name);
        long seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id").param(name + "fonds " + key)
                .query(Long.class).single();
        String funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);

        login(funder);
        navigate("funder/projects/" + seeking);
        return new Opened(seeking, funderId);
    }

    @Test
    void the_project_page_shows_the_description_and_the_facility() throws Exception {
        aFunderOnAProjectSeekingCoFinancing("Verhaal");

        assertThat(_get(Paragraph.class, spec -> spec.withId("funder-project-description")).getText())
                .isEqualTo("Een keuken waar buurtbewoners samen koken.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("funder-project-facility")).getText())
                .startsWith("Voorziening: Buurthuis De Brug (Buurthuis of dorpshuis), Brugweg 1, 8011")
                .endsWith(" Zwolle. Soort werk: Verbouwen of verduurzamen.");
    }

    @Test
    void a_pledge_above_the_costs_is_refused_at_the_amount_and_a_letter_the_browser_refuses_is_named() throws Exception {
        // walk24: EUR 99.999.999 was accepted for a project of EUR 170.000; a letter that is no PDF, refused by the
        // browser itself, left no trace, and confirming then generated a letter in place of the funder's own
        long funderId = aFunderOnAProjectSeekingCoFinancing("Toezegging").funderId();
        nl.gemeenschapsfonds.base.ui.DecimalField pledged = _get(nl.gemeenschapsfonds.base.ui.DecimalField.class,
                spec -> spec.withId("pledge-amount"));
        pledged.setValue(amount("99999999"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("pledge-submit")));
        assertThat(pledged.isInvalid()).isTrue();
        assertThat(pledged.getErrorMessage()).isEqualTo("Dit is meer dan de kosten van het project in 2027: € 80.000,00. Klopt het bedrag?");
        assertThat(jdbc.sql("select count(*) from pledge where funder_id = ?").param(funderId).query(Long.class).single()).isZero();

        pledged.setValue(amount("5000"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("pledge-submit")));
        long pledge = jdbc.sql("select id from pledge where funder_id = ?").param(funderId).query(Long.class).single();
        com.vaadin.flow.component.upload.Upload letter = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("pledge-letter-upload-" + pledge));
        com.vaadin.flow.component.ComponentUtil.fireEvent(letter, new com.vaadin.flow.component.upload.FileRejectedEvent(
                letter, letter.getI18n().getError().getIncorrectFileType(), "toezegging.docx"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("pledge-letter-refused-" + pledge)).getText())
                .isEqualTo("toezegging.docx is niet toegevoegd. Dit soort bestand is niet toegestaan. Toegestaan zijn: PDF.");
    }
}
