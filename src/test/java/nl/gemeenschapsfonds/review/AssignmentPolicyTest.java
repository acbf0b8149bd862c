package nl.gemeenschapsfonds.review;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static nl.gemeenschapsfonds.review.AssignmentPolicy.Outcome.ALREADY_ASSIGNED;
import static nl.gemeenschapsfonds.review.AssignmentPolicy.Outcome.ASSIGNED;
import static nl.gemeenschapsfonds.review.AssignmentPolicy.Outcome.CONFLICT_OF_INTEREST;
import static nl.gemeenschapsfonds.review.AssignmentPolicy.Outcome.NOT_A_LEAD;
import static nl.gemeenschapsfonds.review.AssignmentPolicy.Outcome.OVER_CAP;
import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPolicyTest {

    private static final String LEAD = "lead@gemeente.nl";
    private static final String ANNA = "anna@gemeente.nl";

    @Test
    void the_lead_assigns_a_reviewer_below_the_cap() {
        assertThat(new AssignmentPolicy(3).assign(LEAD, ANNA, true, 2, Set.of(), Set.of())).isEqualTo(ASSIGNED);
    }

    @Test
    void a_reviewer_at_the_cap_is_not_assigned_by_the_lead_nor_by_themselves() {
        assertThat(new AssignmentPolicy(3).assign(LEAD, ANNA, true, 3, Set.of(), Set.of())).isEqualTo(OVER_CAP);
        assertThat(new AssignmentPolicy(3).assign(ANNA, ANNA, false, 3, Set.of(), Set.of())).isEqualTo(OVER_CAP);
    }

    @Test
    void without_a_cap_there_is_no_limit() {
        assertThat(new AssignmentPolicy(null).assign(LEAD, ANNA, true, 10_000, Set.of(), Set.of())).isEqualTo(ASSIGNED);
    }

    @Test
    void a_declared_conflict_of_interest_blocks_whoever_assigns() {
        assertThat(new AssignmentPolicy(null).assign(LEAD, "Anna@Gemeente.nl", true, 0, Set.of(), Set.of(ANNA)))
                .isEqualTo(CONFLICT_OF_INTEREST);
        assertThat(new AssignmentPolicy(null).assign(ANNA, ANNA, false, 0, Set.of(), Set.of(ANNA))).isEqualTo(CONFLICT_OF_INTEREST);
    }

    @Test
    void a_reviewer_assigns_only_themselves() {
        assertThat(new AssignmentPolicy(null).assign(ANNA, "bob@gemeente.nl", false, 0, Set.of(), Set.of())).isEqualTo(NOT_A_LEAD);
        assertThat(new AssignmentPolicy(null).assign("ANNA@gemeente.nl", ANNA, false, 0, Set.of(), Set.of())).isEqualTo(ASSIGNED);
    }

    @Test
    void assigning_twice_is_reported_not_counted() {
        assertThat(new AssignmentPolicy(1).assign(LEAD, ANNA, true, 1, Set.of(ANNA), Set.of())).isEqualTo(ALREADY_ASSIGNED);
    }
}
