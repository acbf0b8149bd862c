package nl.gemeenschapsfonds.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 item 5 (ADR 0029): an upheld objection to a settlement books new movements, never an undo. */
class SettlementCorrectionPolicyTest {

    @Test
    void the_raise_is_committed_again_and_first_lowers_the_open_claim_of_its_year_then_is_paid() {
        // paid 20.000 in 2027, settled at 12.000: 8.000 claimed back; the objection settles at 18.000
        SettlementCorrectionPolicy.Correction correction = SettlementCorrectionPolicy.correct(years(12000, null),
                years(18000, null), years(20000, null), true);
        assertThat(correction.commitPerYear()).containsEntry(2027, new BigDecimal("6000.00"));
        assertThat(correction.claimLower()).isEqualByComparingTo("6000");
        assertThat(correction.payment()).isEqualByComparingTo("0");

        // settled at 20.000 + nothing more: the whole claim goes, and with 2028 raised too that year is paid further
        SettlementCorrectionPolicy.Correction full = SettlementCorrectionPolicy.correct(years(12000, 5000),
                years(20000, 8000), years(20000, 5000), true);
        assertThat(full.claimLowerPerYear()).containsExactly(Map.entry(2027, new BigDecimal("8000.00")));
        assertThat(full.paymentPerYear()).containsExactly(Map.entry(2028, new BigDecimal("3000.00")));
        assertThat(full.raise()).isEqualByComparingTo("11000");
    }

    @Test
    void a_claim_already_repaid_is_not_lowered_the_raise_is_paid() {
        SettlementCorrectionPolicy.Correction correction = SettlementCorrectionPolicy.correct(years(12000, null),
                years(16000, null), years(20000, null), false);
        assertThat(correction.claimLower()).isEqualByComparingTo("0");
        assertThat(correction.paymentPerYear()).containsExactly(Map.entry(2027, new BigDecimal("4000.00")));
    }

    @Test
    void an_objection_never_settles_lower_and_a_repayment_books_what_was_paid_above_the_settlement_per_year() {
        assertThatThrownBy(() -> SettlementCorrectionPolicy.correct(years(12000, null), years(11000, null), years(0, null), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SettlementCorrectionPolicy.repaymentPerYear(years(16000, 5000), years(20000, 5000)))
                .containsExactly(Map.entry(2027, new BigDecimal("4000.00")));
    }

    private static SortedMap<Integer, BigDecimal> years(Integer first, Integer second) {
        SortedMap<Integer, BigDecimal> years = new TreeMap<>();
        years.put(2027, new BigDecimal(first));
        if (second != null) {
            years.put(2028, new BigDecimal(second));
        }
        return years;
    }
}
