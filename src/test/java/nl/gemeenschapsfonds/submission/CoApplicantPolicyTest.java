package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Naming a partner organisation (issue 21.5) and who may read an application: the rules on their own. */
class CoApplicantPolicyTest {

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_registered_other_organisation_with_a_role_may_be_named() {
        assertThat(CoApplicantPolicy.problems("1234 5678", "Penvoerder", Optional.of(7L), 1L, List.of(3L))).isEmpty();
    }

    @Test
    void each_wrong_number_gets_its_own_message_at_the_kvk_field() {
        assertThat(keys(CoApplicantPolicy.problems("", "Rol", Optional.empty(), 1L, List.of())))
                .containsExactly("coApplicantKvk:coapp.kvk.required");
        assertThat(keys(CoApplicantPolicy.problems("1234567", "Rol", Optional.empty(), 1L, List.of())))
                .containsExactly("coApplicantKvk:coapp.kvk.format");
        assertThat(keys(CoApplicantPolicy.problems("12345678", "Rol", Optional.empty(), 1L, List.of())))
                .containsExactly("coApplicantKvk:coapp.kvk.unknown");
        assertThat(keys(CoApplicantPolicy.problems("12345678", "Rol", Optional.of(1L), 1L, List.of())))
                .containsExactly("coApplicantKvk:coapp.kvk.own");
        assertThat(keys(CoApplicantPolicy.problems("12345678", "Rol", Optional.of(3L), 1L, List.of(3L))))
                .containsExactly("coApplicantKvk:coapp.kvk.duplicate");
    }

    @Test
    void the_role_is_required_and_fits_its_column() {
        assertThat(keys(CoApplicantPolicy.problems("12345678", "  ", Optional.of(3L), 1L, List.of())))
                .containsExactly("coApplicantRole:coapp.role.required");
        assertThat(keys(CoApplicantPolicy.roleProblems("x".repeat(201)))).containsExactly("coApplicantRole:coapp.role.tooLong");
        assertThat(CoApplicantPolicy.roleProblems("x".repeat(200))).isEmpty();
    }

    @Test
    void a_draft_is_read_by_its_lead_only_never_by_a_named_partner_or_anyone_else() {
        GrantApplication draft = new GrantApplication(1L, 5L, "", Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(ApplicationScope.standing(draft, 1L, false)).contains(ApplicationScope.Standing.LEAD);
        assertThat(ApplicationScope.standing(draft, 2L, true)).as("a partner waits for the submission").isEmpty();
        assertThat(ApplicationScope.standing(draft, 3L, false)).isEmpty();
        assertThat(ApplicationScope.Standing.PARTNER.mayChange()).isFalse();
    }
}
