package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CallRulesTest {

    private static CallData call(LocalDate open, LocalDate close, boolean rolling, AllocationMethod method, List<Criterion> criteria,
                                 Map<Integer, String> ceilings) {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        ceilings.forEach((year, amount) -> amounts.put(year, new BigDecimal(amount)));
        return new CallData(null, 0, 1, null, "Regeling", "Call", null, null, EnumSet.of(FacilityType.COMMUNITY_CENTRE),
                open, close, rolling, method, null, null, null, null, false, 8, 6, amounts, criteria);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_complete_call_has_no_problems() {
        assertThat(CallRules.check(call(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), false, AllocationMethod.FIRST_COME,
                List.of(), Map.of(2027, "1000")), true)).isEmpty();
    }

    @Test
    void the_close_date_before_the_open_date_is_reported_at_the_close_date() {
        assertThat(fields(CallRules.check(call(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28), false,
                AllocationMethod.FIRST_COME, List.of(), Map.of()), false)))
                .containsExactly("closeDate:call.validation.closeBeforeOpen");
    }

    @Test
    void rolling_intake_needs_no_close_date_but_cannot_be_ranked() {
        assertThat(CallRules.check(call(LocalDate.of(2027, 1, 1), null, true, AllocationMethod.FIRST_COME, List.of(), Map.of()), false)).isEmpty();
        assertThat(fields(CallRules.check(call(LocalDate.of(2027, 1, 1), null, true, AllocationMethod.RANKING,
                List.of(new Criterion("a", "a", new BigDecimal("100"), 10)), Map.of()), false)))
                .containsExactly("allocationMethod:call.validation.rankingNeedsCloseDate");
    }

    @Test
    void weights_must_add_up_to_exactly_100() {
        List<Criterion> ninetyNine = List.of(new Criterion("a", "a", new BigDecimal("49.5"), 10), new Criterion("b", "b", new BigDecimal("49.5"), 10));
        assertThat(CallRules.check(call(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false, AllocationMethod.RANKING, ninetyNine, Map.of()), false))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("criteria");
                    assertThat(problem.messageKey()).isEqualTo("call.validation.weightsTotal");
                    assertThat(problem.args()).containsExactly("99");
                });
    }

    @Test
    void a_ranking_call_needs_criteria() {
        assertThat(fields(CallRules.check(call(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false, AllocationMethod.RANKING,
                List.of(), Map.of()), false))).containsExactly("criteria:call.validation.rankingNeedsCriteria");
    }

    @Test
    void publication_needs_a_ceiling_and_facility_types() {
        CallData empty = new CallData(null, 0, 1, null, "R", "C", null, null, EnumSet.noneOf(FacilityType.class),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false, AllocationMethod.FIRST_COME, null, null, null, null,
                false, 8, 6, new TreeMap<>(), List.of());
        assertThat(CallRules.check(empty, false)).isEmpty();
        assertThat(fields(CallRules.check(empty, true))).containsExactlyInAnyOrder(
                "facilityTypes:call.validation.facilityTypesRequired", "ceilings:call.validation.ceilingRequired");
    }
}
