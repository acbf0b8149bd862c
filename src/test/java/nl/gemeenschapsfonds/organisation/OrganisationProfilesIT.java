package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.Municipalities.Municipality;

import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestApplicants.Applicant;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation profile service: scope, field checks, concurrent edits, and the completeness rule for submission. */
@IntegrationTest
class OrganisationProfilesIT {

    @Autowired
    OrganisationProfiles profiles;

    @Autowired
    TestApplicants applicants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    JdbcClient jdbc;

    private static OrganisationProfile with(OrganisationProfile p, String kvk, String postcode, String iban, String phone) {
        return new OrganisationProfile(p.id(), p.version(), p.legalName(), kvk, p.legalForm(), p.street(), postcode, p.city(),
                p.municipalityCode(), iban, p.accountHolder(), phone);
    }

    @Test
    void an_applicant_fills_in_the_profile_step_by_step_until_it_is_complete() throws Exception {
        Applicant applicant = applicants.registered("Vereniging Stap voor Stap", true);
        OrganisationProfile start = authorities.as(applicant.email(), () -> profiles.myOrganisation());
        assertThat(authorities.as(applicant.email(), () -> profiles.isComplete(applicant.organisationId()))).isFalse();

        OrganisationProfile half = authorities.as(applicant.email(), () -> profiles.save(with(start, "4012 3499", "8011ab",
                null, null)));
        assertThat(half.kvkNumber()).isEqualTo("40123499");
        assertThat(half.postcode()).isEqualTo("8011 AB");
        assertThat(half.version()).isEqualTo(start.version() + 1);
        assertThat(authorities.as(applicant.email(), () -> profiles.missingFields(applicant.organisationId())))
                .containsExactly("organisation.legalForm", "organisation.street", "organisation.city",
                        "organisation.municipality", "organisation.iban", "organisation.accountHolder", "organisation.phone");

        OrganisationProfile full = authorities.as(applicant.email(), () -> profiles.save(new OrganisationProfile(half.id(),
                half.version(), half.legalName(), half.kvkNumber(), LegalForm.VERENIGING, "Kerkstraat 1", half.postcode(),
                "Zwolle", "GM0193", "nl91 abna 0417 1643 00", half.legalName(), "+31 38 123 4567")));
        assertThat(full.iban()).isEqualTo("NL91ABNA0417164300");
        assertThat(authorities.as(applicant.email(), () -> profiles.isComplete(applicant.organisationId()))).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ORGANISATION_UPDATED' and object_id = ?")
                .param(String.valueOf(applicant.organisationId())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void wrong_kvk_postcode_iban_municipality_and_phone_are_refused_each_at_its_field_and_nothing_is_saved() throws Exception {
        Applicant applicant = applicants.complete("Stichting Foutje");
        OrganisationProfile before = authorities.as(applicant.email(), () -> profiles.myOrganisation());
        OrganisationProfile wrong = new OrganisationProfile(before.id(), before.version(), "", "1234567", null, before.street(),
                "0123 AB", before.city(), "GM9999", "NL91ABNA0417164301", before.accountHolder(), "bel me");

        assertThatThrownBy(() -> authorities.as(applicant.email(), () -> profiles.save(wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("legalName", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("kvkNumber", "organisation.validation.kvk"),
                                org.assertj.core.groups.Tuple.tuple("postcode", "organisation.validation.postcode"),
                                org.assertj.core.groups.Tuple.tuple("municipalityCode", "organisation.validation.municipality"),
                                org.assertj.core.groups.Tuple.tuple("iban", "organisation.validation.iban"),
                                org.assertj.core.groups.Tuple.tuple("phone", "organisation.validation.phone")));
        assertThat(authorities.as(applicant.email(), () -> profiles.myOrganisation())).isEqualTo(before);
    }

    @Test
    void a_kvk_number_registered_by_another_organisation_is_refused() throws Exception {
        Applicant applicant = applicants.complete("Stichting Dubbel");
        OrganisationProfile mine = authorities.as(applicant.email(), () -> profiles.myOrganisation());
        // 40123456 is the KvK number of the demo organisation Dorpshuis De Linde
        assertThatThrownBy(() -> authorities.as(applicant.email(), () -> profiles.save(with(mine, "40123456",
                mine.postcode(), mine.iban(), mine.phone())))).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(Problem::messageKey)
                        .containsExactly("organisation.validation.kvkTaken"));
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused_as_a_concurrent_edit() throws Exception {
        Applicant applicant = applicants.complete("Stichting Tegelijk");
        OrganisationProfile opened = authorities.as(applicant.email(), () -> profiles.myOrganisation());
        authorities.as(applicant.email(), () -> profiles.save(with(opened, opened.kvkNumber(), opened.postcode(), opened.iban(),
                "038 765 4321")));

        assertThatThrownBy(() -> authorities.as(applicant.email(), () -> profiles.save(with(opened, opened.kvkNumber(),
                opened.postcode(), opened.iban(), "038 000 0000")))).isInstanceOf(ConcurrentEditException.class);
        assertThat(authorities.as(applicant.email(), () -> profiles.myOrganisation()).phone()).isEqualTo("038 765 4321");
    }

    @Test
    void an_applicant_only_ever_reaches_their_own_organisation() throws Exception {
        OrganisationProfile linde = authorities.as(DemoUsers.APPLICANT, () -> profiles.myOrganisation());
        OrganisationProfile welsum = authorities.as(DemoUsers.APPLICANT_WELSUM, () -> profiles.myOrganisation());
        assertThat(linde.legalName()).isEqualTo("Vereniging Dorpshuis De Linde");
        assertThat(welsum.legalName()).isEqualTo("Dorpscoöperatie Welsum U.A.");

        // an id of another organisation in the form is refused, not saved there
        assertThatThrownBy(() -> authorities.as(DemoUsers.APPLICANT, () -> profiles.save(with(welsum, welsum.kvkNumber(),
                welsum.postcode(), welsum.iban(), "000 000 0000")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(DemoUsers.APPLICANT, () -> profiles.missingFields(welsum.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(DemoUsers.APPLICANT_WELSUM, () -> profiles.myOrganisation())).isEqualTo(welsum);
    }

    @Test
    void staff_may_check_completeness_but_not_read_or_change_a_profile() throws Exception {
        OrganisationProfile linde = authorities.as(DemoUsers.APPLICANT, () -> profiles.myOrganisation());
        assertThat(authorities.as(DemoUsers.REVIEWER, () -> profiles.isComplete(linde.id()))).isTrue();
        assertThatThrownBy(() -> authorities.as(DemoUsers.REVIEWER, () -> profiles.myOrganisation()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(DemoUsers.FUNDER, () -> profiles.isComplete(linde.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.myOrganisation()).as("signed out").isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void the_municipalities_are_the_full_list_sorted_by_name() throws Exception {
        List<Municipality> all = authorities.as(DemoUsers.APPLICANT, () -> profiles.municipalities());
        assertThat(all).hasSize(342);
        assertThat(all).contains(new Municipality("GM0193", "Zwolle"), new Municipality("GM0363", "Amsterdam"));
        assertThat(all.getFirst().name()).isEqualTo("Aa en Hunze");
        assertThat(all.getLast().name()).isEqualTo("Zwolle");
        List<String> names = all.stream().map(Municipality::name).toList();
        assertThat(names).as("'s-Gravenhage under G").containsSubsequence("Gouda", "'s-Gravenhage", "Groningen");
        assertThat(names.get(names.indexOf("'s-Gravenhage") + 1)).isEqualTo("Groningen");
        assertThat(names).as("'s-Hertogenbosch under H").containsSubsequence("Helmond", "'s-Hertogenbosch", "Heumen");
    }
}
