package nl.gemeenschapsfonds.report.ui;

import nl.gemeenschapsfonds.report.SettlementCase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What the aftercare page says about a grant's money (issue 13: "betaald € 0,00; nog open € 0,00" for € 20,000). */
class GrantMoneyTest {

    private static SettlementCase grant(String granted, String paid, String scheduled) {
        return new SettlementCase(1, "GF-2026-000004", "Buurtkamer", "Dorpshuis", new TreeMap<>(Map.of(2027, new BigDecimal(granted))),
                new BigDecimal(granted), List.of(), new BigDecimal(paid), new BigDecimal(scheduled), List.of(), null, null, null,
                List.of());
    }

    @Test
    void a_grant_without_any_payment_yet_still_has_all_of_it_to_pay() {
        GrantMoney money = GrantMoney.of(grant("20000.00", "0.00", "0.00"));
        assertThat(money.owed()).isEqualByComparingTo("20000");
        assertThat(money.paid()).isEqualByComparingTo("0");
        assertThat(money.stillToPay()).as("not € 0,00").isEqualByComparingTo("20000");
        assertThat(money.scheduled()).isEqualByComparingTo("0");
    }

    @Test
    void what_was_paid_comes_off_and_what_is_scheduled_is_part_of_what_is_still_to_pay() {
        GrantMoney money = GrantMoney.of(grant("20000.00", "16000.00", "2000.00"));
        assertThat(money.stillToPay()).isEqualByComparingTo("4000");
        assertThat(money.scheduled()).isEqualByComparingTo("2000");
    }

    @Test
    void more_paid_than_granted_leaves_nothing_to_pay_not_a_negative_amount() {
        assertThat(GrantMoney.of(grant("1000.00", "1200.00", "0.00")).stillToPay()).isEqualByComparingTo("0");
    }
}
