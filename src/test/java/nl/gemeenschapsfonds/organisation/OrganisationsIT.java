package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestApplicants.Applicant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API other modules use instead of the organisation and funder tables: the payee of a grant, the letter's
 * address, a batch of names for a list, and where mail to a funder goes. Called without anyone signed in, as a
 * scheduled job calls it.
 */
@IntegrationTest
class OrganisationsIT {

    @Autowired
    Organisations organisations;

    @Autowired
    TestApplicants applicants;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_payee_is_the_legal_name_with_the_recorded_iban_and_account_holder() {
        Applicant applicant = applicants.complete("Dorpshuis De Linde");

        Payee payee = organisations.payee(applicant.organisationId()).orElseThrow();

        assertThat(payee.legalName()).isEqualTo(applicant.organisationName());
        assertThat(payee.iban()).isEqualTo("NL91ABNA0417164300");
        assertThat(payee.holder()).isEqualTo(applicant.organisationName());
    }

    @Test
    void a_payee_without_account_holder_is_paid_in_the_legal_name_and_without_iban_has_none() {
        Applicant registered = applicants.registered("Vereniging Ons Huis", true);

        Payee payee = organisations.payee(registered.organisationId()).orElseThrow();

        assertThat(payee.iban()).isNull();
        assertThat(payee.accountHolder()).isNull();
        assertThat(payee.holder()).isEqualTo(registered.organisationName());
    }

    @Test
    void the_address_block_of_a_letter_leaves_out_what_the_profile_lacks() {
        Applicant complete = applicants.complete("Stichting Buurtkamer");
        Applicant registered = applicants.registered("Buurtvereniging Noord", true);

        assertThat(organisations.organisation(complete.organisationId()).orElseThrow().addressLines())
                .containsExactly(complete.organisationName(), "Kerkstraat 1", "8011 AB  Zwolle");
        assertThat(organisations.organisation(registered.organisationId()).orElseThrow().addressLines())
                .containsExactly(registered.organisationName());
    }

    @Test
    void organisations_come_in_one_batch_by_id_and_unknown_ids_are_left_out() {
        Applicant one = applicants.complete("Dorpshuis Een");
        Applicant two = applicants.complete("Dorpshuis Twee");

        var found = organisations.organisations(List.of(one.organisationId(), two.organisationId(), -1L));

        assertThat(found).containsOnlyKeys(one.organisationId(), two.organisationId());
        assertThat(found.get(two.organisationId()).legalName()).isEqualTo(two.organisationName());
        assertThat(found.get(one.organisationId()).legalForm()).isEqualTo(LegalForm.STICHTING);
        assertThat(found.get(one.organisationId()).municipalityCode()).isEqualTo("GM0193");
        assertThat(organisations.organisations(List.of())).isEmpty();
        assertThat(organisations.organisation(-1)).isEmpty();
    }

    @Test
    void an_organisation_is_found_by_its_kvk_number() {
        Applicant applicant = applicants.complete("Coöperatie Dorpswinkel");
        String kvk = organisations.organisation(applicant.organisationId()).orElseThrow().kvkNumber();

        assertThat(organisations.idByKvkNumber(kvk)).contains(applicant.organisationId());
        assertThat(organisations.idByKvkNumber(null)).isEmpty();
    }

    @Test
    void a_funder_has_its_name_kind_state_and_contact_and_mail_goes_to_its_enabled_users_in_their_language() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funder = jdbc.sql("""
                        insert into funder (name, kind, active, contact_name, contact_email)
                        values (?, 'FOUNDATION', false, 'Els de Vries', 'els@fonds.example') returning id""")
                .param("Fonds " + key).query(Long.class).single();
        accounts.createFunderUser("nl-" + key + "@fonds.example", "Jan", "Een-lang-wachtwoord-2027", funder, Locale.of("nl"), true);
        accounts.createFunderUser("en-" + key + "@fonds.example", "Ann", "Een-lang-wachtwoord-2027", funder, Locale.ENGLISH, true);
        accounts.createFunderUser("off-" + key + "@fonds.example", "Off", "Een-lang-wachtwoord-2027", funder, Locale.ENGLISH, true);
        jdbc.sql("update app_user set enabled = false where email = ?").param("off-" + key + "@fonds.example").update();

        FunderFacts facts = organisations.funder(funder).orElseThrow();

        assertThat(facts.name()).isEqualTo("Fonds " + key);
        assertThat(facts.kind()).isEqualTo(FunderKind.FOUNDATION);
        assertThat(facts.active()).isFalse();
        assertThat(facts.contactName()).isEqualTo("Els de Vries");
        assertThat(facts.contactEmail()).isEqualTo("els@fonds.example");
        assertThat(organisations.funders(List.of(funder, -1L))).containsOnlyKeys(funder);
        assertThat(organisations.funderContacts(funder)).containsExactlyInAnyOrder(
                new FunderFacts.Contact("nl-" + key + "@fonds.example", Locale.of("nl")),
                new FunderFacts.Contact("en-" + key + "@fonds.example", Locale.ENGLISH));
    }
}
