package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationContacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** When a person may be erased (issue 17 item 4), without a database. */
class ErasurePolicyTest {

    private static final long ADMIN = 1;

    private static UserAccounts.AccountFacts person(long id, Role role, Instant erasedAt) {
        return new UserAccounts.AccountFacts(id, "p" + id + "@test.example", "P " + id, role, null, 7L, null,
                Locale.of("nl"), true, true, Instant.parse("2026-01-01T00:00:00Z"), erasedAt);
    }

    private static String refusal(UserAccounts.AccountFacts person, List<ApplicationContacts.OpenApplication> open) {
        return ErasurePolicy.refusal(person, ADMIN, open).map(ErasureRefusedException::key).orElse(null);
    }

    @Test
    void an_applicant_who_is_no_only_contact_of_an_open_application_may_be_erased() {
        assertThat(refusal(person(2, Role.APPLICANT, null), List.of())).isNull();
        assertThat(refusal(person(3, Role.FUNDER, null), List.of())).isNull();
    }

    @Test
    void the_only_contact_of_open_applications_is_refused_with_their_references() {
        var refused = ErasurePolicy.refusal(person(2, Role.APPLICANT, null), ADMIN, List.of(
                new ApplicationContacts.OpenApplication(10, "GF-2027-000010", "Dak", 7),
                new ApplicationContacts.OpenApplication(11, "GF-2027-000011", "Keuken", 7))).orElseThrow();
        assertThat(refused.key()).isEqualTo("privacy.erase.onlyContact");
        assertThat(refused.arguments()).containsExactly("GF-2027-000010, GF-2027-000011");
    }

    @Test
    void staff_the_administrator_themself_and_an_erased_account_are_refused() {
        for (Role staff : List.of(Role.REVIEWER, Role.DECISION_MAKER, Role.FINANCE, Role.ADMIN)) {
            assertThat(refusal(person(2, staff, null), List.of())).as(staff.name()).isEqualTo("privacy.erase.staff");
        }
        assertThat(refusal(person(ADMIN, Role.APPLICANT, null), List.of())).isEqualTo("privacy.erase.self");
        assertThat(refusal(person(2, Role.APPLICANT, Instant.parse("2026-06-01T00:00:00Z")), List.of()))
                .isEqualTo("privacy.erase.already");
    }
}
