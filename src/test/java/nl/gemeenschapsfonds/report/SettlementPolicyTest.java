package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settlement's rules without a database: reductions per year, release, final payment per year, repayment, four eyes. */
class SettlementPolicyTest {

    private static final SortedMap<Integer, BigDecimal> THREE_YEARS = years(10000, 10000, 10000);

    @Test
    void reductions_come_off_their_own_year_and_what_a_year_cannot_absorb_off_the_latest_other_year() {
        TreeMap<Integer, BigDecimal> granted = new TreeMap<>(Map.of(2027, new BigDecimal("10000"), 2028, new BigDecimal("5000")));

        assertThat(SettlementPolicy.settledPerYear(granted, Map.of(2027, new BigDecimal("4000"))))
                .containsExactly(Map.entry(2027, new BigDecimal("6000")), Map.entry(2028, new BigDecimal("5000")));
        assertThat(SettlementPolicy.settledPerYear(granted, Map.of(2027, new BigDecimal("12000"))))
                .containsExactly(Map.entry(2027, new BigDecimal("0")), Map.entry(2028, new BigDecimal("3000")));
        // a cost line in a year without a grant: off the latest year first
        assertThat(SettlementPolicy.settledPerYear(granted, Map.of(2029, new BigDecimal("6000"))))
                .containsExactly(Map.entry(2027, new BigDecimal("9000")), Map.entry(2028, new BigDecimal("0")));
    }

    @Test
    void a_three_year_grant_reduced_in_year_two_pays_its_final_payment_in_the_year_each_part_belongs_to() {
        // 5.000 was paid in advance in the first year; year two is 4.000 lower
        SettlementPolicy.Outcome outcome = SettlementPolicy.settle(THREE_YEARS, Map.of(2028, amount(4000)), years(5000, 0, 0));

        assertThat(outcome.releasePerYear()).containsExactly(Map.entry(2028, amount(4000)));
        assertThat(outcome.finalPaymentPerYear()).as("not 21.000 in 2029")
                .containsExactly(Map.entry(2027, amount(5000)), Map.entry(2028, amount(6000)), Map.entry(2029, amount(10000)));
        assertThat(outcome.finalPayment()).isEqualByComparingTo("21000");
        assertThat(outcome.repaymentPerYear()).isEmpty();
        ledgerOfEveryYearIsSettled(THREE_YEARS, years(5000, 0, 0), outcome);
    }

    @Test
    void a_year_paid_more_than_its_settled_share_keeps_what_was_paid_and_the_latest_year_gives_way() {
        // year two had an advance of 8.000 but settles at 6.000; the whole grant still settles at 26.000
        SortedMap<Integer, BigDecimal> paid = years(10000, 8000, 0);
        SettlementPolicy.Outcome outcome = SettlementPolicy.settle(THREE_YEARS, Map.of(2028, amount(4000)), paid);

        assertThat(outcome.settledPerYear()).containsExactly(Map.entry(2027, amount(10000)), Map.entry(2028, amount(8000)),
                Map.entry(2029, amount(8000)));
        assertThat(outcome.releasePerYear()).containsExactly(Map.entry(2028, amount(2000)), Map.entry(2029, amount(2000)));
        assertThat(outcome.finalPaymentPerYear()).containsExactly(Map.entry(2029, amount(8000)));
        assertThat(outcome.released()).isEqualByComparingTo("4000");
        ledgerOfEveryYearIsSettled(THREE_YEARS, paid, outcome);
    }

    @Test
    void paid_more_than_settled_makes_a_repayment_claim_on_the_years_paid_too_much_the_latest_first() {
        SortedMap<Integer, BigDecimal> paid = years(10000, 10000, 0);
        // year one 6.000 lower, year three not spent at all: settled 14.000 of 20.000 paid
        SettlementPolicy.Outcome outcome = SettlementPolicy.settle(THREE_YEARS,
                Map.of(2027, amount(6000), 2029, amount(10000)), paid);

        assertThat(outcome.finalPaymentPerYear()).isEmpty();
        assertThat(outcome.repayment()).isEqualByComparingTo("6000");
        assertThat(outcome.repaymentPerYear()).containsExactly(Map.entry(2027, amount(6000)));
        assertThat(outcome.releasePerYear()).containsExactly(Map.entry(2027, amount(6000)), Map.entry(2029, amount(10000)));
        ledgerOfEveryYearIsSettled(THREE_YEARS, paid, outcome);

        // what no single year can absorb falls on the latest year paid
        SettlementPolicy.Outcome lower = SettlementPolicy.settle(years(10000, 10000), Map.of(2029, amount(5000)), years(10000, 10000));
        assertThat(lower.repaymentPerYear()).containsExactly(Map.entry(2028, amount(5000)));
    }

    @Test
    void settled_as_granted_and_paid_in_full_releases_pays_and_claims_nothing() {
        SettlementPolicy.Outcome outcome = SettlementPolicy.settle(THREE_YEARS, Map.of(), THREE_YEARS);

        assertThat(outcome.releasePerYear()).isEmpty();
        assertThat(outcome.finalPaymentPerYear()).isEmpty();
        assertThat(outcome.repaymentPerYear()).isEmpty();
    }

    @Test
    void the_decision_maker_who_settles_is_not_the_reviewer_who_proposed() {
        assertThatThrownBy(() -> SettlementPolicy.requireSettlerIsNotProposer("reviewer@gemeente.example", "reviewer@gemeente.example"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("settlement.validation.fourEyes"));
        assertThatCode(() -> SettlementPolicy.requireSettlerIsNotProposer("reviewer@gemeente.example", "besluit@gemeente.example"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_repayment_claim_is_due_six_weeks_after_the_settlement() {
        assertThat(SettlementPolicy.repaymentDue(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 4, 12));
    }

    @Test
    void each_problem_of_a_proposal_is_told_at_its_field() {
        List<BigDecimal> lines = List.of(amount(20000), amount(5000));
        List<SettlementForm.Reduction> reductions = List.of(
                new SettlementForm.Reduction(0, amount(-1), ReductionReason.NOT_SPENT, null),
                new SettlementForm.Reduction(1, amount(6000), null, "x".repeat(2001)));

        assertThat(SettlementPolicy.proposalProblems(reductions, lines, amount(25000), " ", false, 4000))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reduction-0", "validation.notNegative"),
                        org.assertj.core.groups.Tuple.tuple("reduction-1", "settlement.validation.aboveLine"),
                        org.assertj.core.groups.Tuple.tuple("reason-1", "settlement.validation.reasonRequired"),
                        org.assertj.core.groups.Tuple.tuple("note-1", "validation.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("motivation", "settlement.validation.motivationRequired"));
        assertThat(SettlementPolicy.proposalProblems(List.of(new SettlementForm.Reduction(0, amount(20000), ReductionReason.NOT_SPENT, null)),
                lines, amount(15000), "Niet besteed", false, 4000))
                .extracting(Problem::field).containsExactly("settled");
        assertThat(SettlementPolicy.proposalProblems(List.of(), lines, amount(25000), "", true, 4000))
                .as("own motion needs a motivation").extracting(Problem::field).containsExactly("motivation");
        assertThat(SettlementPolicy.proposalProblems(List.of(), lines, amount(25000), "", false, 4000)).isEmpty();
        assertThatThrownBy(() -> SettlementPolicy.proposalProblems(List.of(new SettlementForm.Reduction(2, amount(1),
                ReductionReason.NOT_SPENT, null)), lines, amount(25000), "x", false, 4000)).isInstanceOf(NotFoundException.class);
    }

    /** Per year: granted − released = paid before + final payment − repaid, and nothing is negative. */
    private static void ledgerOfEveryYearIsSettled(SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> paid,
                                                   SettlementPolicy.Outcome outcome) {
        granted.forEach((year, amount) -> {
            BigDecimal committed = amount.subtract(outcome.releasePerYear().getOrDefault(year, BigDecimal.ZERO));
            BigDecimal paidInTheEnd = paid.getOrDefault(year, BigDecimal.ZERO)
                    .add(outcome.finalPaymentPerYear().getOrDefault(year, BigDecimal.ZERO))
                    .subtract(outcome.repaymentPerYear().getOrDefault(year, BigDecimal.ZERO));
            assertThat(committed).as("year %s", year).isEqualByComparingTo(paidInTheEnd);
            assertThat(committed.signum()).as("year %s", year).isNotNegative();
        });
        BigDecimal settled = outcome.settledPerYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(settled).isEqualByComparingTo(granted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(outcome.released()));
    }

    private static SortedMap<Integer, BigDecimal> years(int... amounts) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < amounts.length; i++) {
            map.put(2027 + i, amount(amounts[i]));
        }
        return map;
    }

    private static BigDecimal amount(int euros) {
        return new BigDecimal(euros).setScale(2);
    }

    // ---- issue 22 item 7: after the "more" term (m22b) ----

    private static ObligationItem finalReport(ReportStatus status, LocalDate moreDueOn, LocalDate lateTermDueOn) {
        return new ObligationItem(1, 0, 1, "GF-1", "t", "o", ReportKind.FINAL, null, LocalDate.of(2029, 4, 1), status,
                moreDueOn, lateTermDueOn, status == ReportStatus.OPEN ? null : java.time.Instant.EPOCH);
    }

    @Test
    void an_unanswered_request_for_more_lets_the_authority_settle_on_own_motion_only_after_its_term() {
        LocalDate today = LocalDate.of(2029, 6, 1);
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.MORE_ASKED, today.minusDays(1), null), today))
                .isEqualTo(SettlementKind.OWN_MOTION);
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.MORE_ASKED, today, null), today)).isNull();
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.SUBMITTED, today.minusDays(9), null), today)).isNull();
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.ACCEPTED, null, null), today)).isEqualTo(SettlementKind.REPORT);
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.OPEN, null, today.minusDays(1)), today))
                .isEqualTo(SettlementKind.OWN_MOTION);
        assertThat(SettlementPolicy.proposable(finalReport(ReportStatus.OPEN, null, null), today)).isNull();
        assertThat(SettlementPolicy.proposable(null, today)).isNull();
    }

    @Test
    void the_report_supports_the_grant_up_to_what_was_spent_taken_off_the_lines_spent_below_budget() {
        List<CostLineItem> lines = List.of(
                new CostLineItem(0, null, 2027, "keuken", amount(20000), amount(20000)),
                new CostLineItem(1, null, 2028, "inrichting", amount(10000), amount(4000)),
                new CostLineItem(2, null, 2028, "activiteiten", amount(5000), null));
        // grant 30.000, spent 24.000: 6.000 is not supported; line 1 was 6.000 under budget
        assertThat(SettlementPolicy.supportedReductions(lines, amount(30000))).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(1);
            assertThat(r.amount()).isEqualByComparingTo("6000");
            assertThat(r.reason()).isEqualTo(ReductionReason.NOT_SPENT);
        });
        // grant 33.000: line 1 gives 6.000, the unreported line 2 the other 3.000
        assertThat(SettlementPolicy.supportedReductions(lines, amount(33000)))
                .extracting(SettlementForm.Reduction::position, r -> r.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "6000.00"), org.assertj.core.groups.Tuple.tuple(2, "3000.00"));
        // spending covers the grant: nothing to reduce
        assertThat(SettlementPolicy.supportedReductions(lines, amount(20000))).isEmpty();
    }
}
