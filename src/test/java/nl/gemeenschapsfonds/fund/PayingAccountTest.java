package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account a fund pays from: every field checked, each problem at its field. */
class PayingAccountTest {

    @Test
    void a_valid_account_is_kept_compact_and_in_capitals() {
        PayingAccount account = new PayingAccount(" Gemeente Zwolle ", "nl35 bngh 0285 1678 90", "bnghnl2g");
        assertThat(account.name()).isEqualTo("Gemeente Zwolle");
        assertThat(account.iban()).isEqualTo("NL35BNGH0285167890");
        assertThat(account.bic()).isEqualTo("BNGHNL2G");
        assertThat(account.ibanFormatted()).isEqualTo("NL35 BNGH 0285 1678 90");
    }

    @Test
    void a_wrong_check_digit_a_bad_bic_and_a_missing_name_are_each_said_at_their_field() {
        assertThat(PayingAccount.problems("", "NL35BNGH0285167891", "BNGH NL"))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("payerName", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("payerIban", "fund.payer.ibanInvalid"),
                        org.assertj.core.groups.Tuple.tuple("payerBic", "fund.payer.bicInvalid"));
        assertThat(PayingAccount.problems("Gemeente Zwolle", "NL35BNGH0285167890", "BNGHNL2GXXX")).isEmpty();
        assertThatThrownBy(() -> new PayingAccount("Gemeente Zwolle", "NL35BNGH0285167891", "BNGHNL2G"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
