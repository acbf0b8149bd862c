package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API other modules use instead of the grant_call, fund and authority tables: a call with its fund and
 * authority (the scope of every application in it), the calls of an authority, an authority by its code. Called
 * without anyone signed in, as a scheduled job calls it.
 */
@IntegrationTest
class FundsIT {

    @Autowired
    Funds funds;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Test
    void a_call_comes_with_its_fund_its_authority_and_the_settings_decisions_and_reports_use() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Fondsen");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("50000"))).decisionWeeks(10)
                .titled("Dorpshuizen 2027"));

        CallFacts facts = funds.call(call).orElseThrow();

        assertThat(facts.authorityId()).isEqualTo(staff.authorityId());
        assertThat(facts.authority().name()).startsWith("Gemeente Fondsen");
        assertThat(facts.fundName()).startsWith("Fonds ");
        assertThat(facts.titleNl()).isEqualTo("Dorpshuizen 2027");
        assertThat(facts.title(Locale.ENGLISH)).isEqualTo("Dorpshuizen 2027 (en)");
        assertThat(facts.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(facts.decisionWeeks()).isEqualTo(10);
        assertThat(facts.objectionWeeks()).isEqualTo(6);
        assertThat(facts.finalReportWeeks()).isEqualTo(CallData.DEFAULT_FINAL_REPORT_WEEKS);
        assertThat(facts.accountantStatementAbove()).isNull();
        assertThat(funds.authorityOfCall(call)).contains(facts.authority());
        assertThat(funds.call(-1)).isEmpty();
        assertThat(funds.authorityOfCall(-1)).isEmpty();
    }

    @Test
    void the_calls_of_an_authority_are_its_own_only_and_come_in_one_batch_by_id() throws Exception {
        Staff mine = authorities.newAuthority("Gemeente Eigen");
        Staff other = authorities.newAuthority("Gemeente Ander");
        long first = applications.openCall(mine, CallSpec.firstCome(Map.of(2027, amount("10000"))));
        long second = applications.openCall(mine, CallSpec.ranking(Map.of(2027, amount("10000"))));
        long elsewhere = applications.openCall(other, CallSpec.firstCome(Map.of(2027, amount("10000"))));

        assertThat(funds.callIdsOfAuthority(mine.authorityId())).containsExactly(second, first);
        assertThat(funds.calls(List.of(first, elsewhere, -1L))).containsOnlyKeys(first, elsewhere);
        assertThat(funds.calls(List.of(first, elsewhere)).get(elsewhere).authorityId()).isEqualTo(other.authorityId());
        assertThat(funds.calls(List.of())).isEmpty();
    }

    @Test
    void an_authority_is_found_by_its_id_and_by_its_code() {
        Staff staff = authorities.newAuthority("Gemeente Code");

        AuthorityFacts authority = funds.authority(staff.authorityId()).orElseThrow();

        assertThat(authority.code()).startsWith("T");
        assertThat(funds.authorityByCode(authority.code())).contains(authority);
        assertThat(funds.authorityByCode("NO-SUCH")).isEmpty();
        assertThat(funds.authorityByCode(null)).isEmpty();
    }
}
