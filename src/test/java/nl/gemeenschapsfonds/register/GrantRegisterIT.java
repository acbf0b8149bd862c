package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public register through the real decision flow: what is listed, what never is, and paging by keyset. */
@IntegrationTest
class GrantRegisterIT {

    @Autowired GrantRegister register;
    @Autowired RegisterAdministration administration;
    @Autowired RegisterProjection projection;
    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    private record Setup(Staff staff, long call, String code) {
    }

    private Setup authorityWithCall() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Register");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))));
        String code = jdbc.sql("select code from authority where id = ?").param(staff.authorityId()).query(String.class).single();
        return new Setup(staff, call, code);
    }

    private String reference(long applicationId) {
        return jdbc.sql("select reference from grant_application where id = ?").param(applicationId).query(String.class).single();
    }

    private List<String> listed(String authorityCode) {
        List<String> references = new ArrayList<>();
        register.each(RegisterFilter.ALL.withAuthority(authorityCode), item -> references.add(item.reference()));
        return references;
    }

    @Test
    void a_grant_is_listed_when_its_decision_is_sent_and_a_refusal_never() throws Exception {
        Setup setup = authorityWithCall();
        long granted = applications.granted(setup.staff(), authorities.newApplicant("Vereniging Buurthuis"), setup.call(),
                Map.of(2027, amount("12000")));
        long refused = applications.refused(setup.staff(), authorities.newApplicant("Stichting Afgewezen"), setup.call(),
                Map.of(2027, amount("8000")));

        assertThat(listed(setup.code())).containsExactly(reference(granted)).doesNotContain(reference(refused));
        RegisterItem item = register.grant(reference(granted)).orElseThrow();
        assertThat(item.grantedPerYear()).containsEntry(2027, amount("12000"));
        assertThat(item.status()).isEqualTo(RegisterStatus.GRANTED);
        assertThat(item.kvkNumber()).matches("[0-9]{8}");
        assertThat(item.municipalityName()).isEqualTo("Zwolle");
        assertThat(register.grant(reference(refused))).isEmpty();
    }

    @Test
    void a_grant_to_an_organisation_that_may_be_a_natural_person_is_never_listed() throws Exception {
        Setup setup = authorityWithCall();
        String applicant = authorities.newApplicant("Eenmanszaak Jansen");
        jdbc.sql("update organisation set legal_form = 'OTHER' where id = (select organisation_id from app_user where email = ?)")
                .param(applicant).update();
        long granted = applications.granted(setup.staff(), applicant, setup.call(), Map.of(2027, amount("9000")));

        assertThat(listed(setup.code())).doesNotContain(reference(granted));
        assertThat(register.grant(reference(granted))).isEmpty();
    }

    @Test
    void a_grant_below_the_calls_minimum_is_not_listed_and_is_again_when_the_minimum_is_lowered() throws Exception {
        Setup setup = authorityWithCall();
        long small = applications.granted(setup.staff(), authorities.newApplicant("Vereniging Klein"), setup.call(),
                Map.of(2027, amount("900")));
        long large = applications.granted(setup.staff(), authorities.newApplicant("Vereniging Groot"), setup.call(),
                Map.of(2027, amount("15000")));

        authorities.as(setup.staff().admin(), () -> administration.setThreshold(setup.call(), amount("1000")));
        assertThat(listed(setup.code())).containsExactly(reference(large));
        assertThat(register.totals(RegisterFilter.ALL.withAuthority(setup.code())))
                .singleElement().satisfies(total -> {
                    assertThat(total.grants()).isEqualTo(1);
                    assertThat(total.granted()).isEqualByComparingTo("15000");
                });

        authorities.as(setup.staff().admin(), () -> administration.setThreshold(setup.call(), amount("900")));
        assertThat(listed(setup.code())).containsExactlyInAnyOrder(reference(small), reference(large));
        assertThat(authorities.as(setup.staff().admin(), () -> audit.history("Call", setup.call())))
                .extracting("action").contains("REGISTER_THRESHOLD");
    }

    @Test
    void a_held_back_grant_is_absent_with_its_reason_audited_and_comes_back_when_released() throws Exception {
        Setup setup = authorityWithCall();
        long shelter = applications.granted(setup.staff(), authorities.newApplicant("Stichting Vrouwenopvang"), setup.call(),
                Map.of(2027, amount("20000")));
        String reference = reference(shelter);

        authorities.as(setup.staff().admin(), () -> administration.holdBack(reference, "Veiligheid van de bewoners van de opvang"));

        assertThat(listed(setup.code())).doesNotContain(reference);
        assertThat(register.grant(reference)).isEmpty();
        assertThat(authorities.as(setup.staff().admin(), () -> audit.history("Application", shelter))).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo("REGISTER_HOLD_BACK");
            assertThat(entry.getReason()).isEqualTo("Veiligheid van de bewoners van de opvang");
        });
        // the projection is rebuilt: the hold-back stays, it is the authority's choice, not part of the read model
        projection.refresh(shelter);
        assertThat(register.grant(reference)).isEmpty();

        authorities.as(setup.staff().admin(), () -> administration.release(reference));
        assertThat(listed(setup.code())).contains(reference);
    }

    @Test
    void holding_back_needs_a_reason_and_a_grant_of_the_own_authority() throws Exception {
        Setup mine = authorityWithCall();
        Setup other = authorityWithCall();
        long theirs = applications.granted(other.staff(), authorities.newApplicant("Vereniging Elders"), other.call(),
                Map.of(2027, amount("5000")));
        long own = applications.granted(mine.staff(), authorities.newApplicant("Vereniging Eigen"), mine.call(),
                Map.of(2027, amount("5000")));

        assertThatThrownBy(() -> authorities.as(mine.staff().admin(), () -> administration.holdBack(reference(own), "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("reason"));
        assertThatThrownBy(() -> authorities.as(mine.staff().admin(), () -> administration.holdBack(reference(theirs), "Reden")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("reference"));
        assertThat(listed(other.code())).contains(reference(theirs));
    }

    @Test
    void a_grant_settled_at_once_is_listed_with_its_settled_amount() throws Exception {
        Setup setup = authorityWithCall();
        jdbc.sql("update grant_call set settle_at_once_up_to = 5000 where id = ?").param(setup.call()).update();
        long small = applications.granted(setup.staff(), authorities.newApplicant("Vereniging Direct"), setup.call(),
                Map.of(2027, amount("3000")));

        RegisterItem item = register.grant(reference(small)).orElseThrow();
        assertThat(item.status()).isEqualTo(RegisterStatus.SETTLED);
        assertThat(item.settledAmount()).isEqualByComparingTo("3000");
    }

    @Test
    void the_demo_grant_settled_lower_after_its_final_report_is_listed_with_its_settled_amount() {
        List<RegisterItem> welsum = new ArrayList<>();
        register.each(RegisterFilter.ALL, item -> {
            if (item.organisationName().equals("Dorpscoöperatie Welsum U.A.") && item.status() == RegisterStatus.SETTLED) {
                welsum.add(item);
            }
        });
        assertThat(welsum).anySatisfy(item -> assertThat(item.grantedTotal().subtract(item.settledAmount()))
                .isEqualByComparingTo("2000"));
    }

    @Test
    void pages_read_by_keyset_cover_every_grant_once_in_every_order() throws Exception {
        Setup setup = authorityWithCall();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(reference(applications.granted(setup.staff(), authorities.newApplicant("Vereniging " + i), setup.call(),
                    Map.of(2027, amount(String.valueOf(1000 + (i % 3) * 1000))))));
        }
        RegisterFilter filter = RegisterFilter.ALL.withAuthority(setup.code());
        for (RegisterSort sort : RegisterSort.values()) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                RegisterPage page = register.page(filter, sort, cursor, 3);
                page.items().forEach(item -> seen.add(item.reference()));
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertThat(seen).as(sort.name()).hasSize(7).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(pages).isEqualTo(3);
        }
        List<BigDecimal> largestFirst = new ArrayList<>();
        register.page(filter, RegisterSort.LARGEST, null, 10).items().forEach(item -> largestFirst.add(item.grantedTotal()));
        assertThat(largestFirst).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void a_cursor_that_is_not_ours_is_refused_as_bad_input() {
        assertThatThrownBy(() -> register.page(RegisterFilter.ALL, RegisterSort.NEWEST, "bm90LWEtY3Vyc29y", 10))
                .isInstanceOf(InvalidInputException.class);
    }
}
