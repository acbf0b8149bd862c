package nl.gemeenschapsfonds.cofinancing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a pledge: each step only from the state that allows it. */
class PledgeTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static Pledge pledged() {
        return new Pledge(1, 2, 2027, new BigDecimal("25000"), PledgeKind.CASH, null, "Naamsvermelding");
    }

    private static Pledge confirmed() {
        Pledge pledge = pledged();
        pledge.confirm(new byte[]{'%', 'P', 'D', 'F', '-'}, NOW);
        return pledge;
    }

    private static Pledge received() {
        Pledge pledge = confirmed();
        pledge.recordReceipt(TODAY, new BigDecimal("24000"), NOW);
        return pledge;
    }

    @Test
    void a_pledge_goes_from_pledged_to_verified_and_the_received_amount_may_differ() {
        Pledge pledge = received();
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.RECEIVED);
        assertThat(pledge.countingAmount()).isEqualByComparingTo("24000");
        pledge.confirmReceipt(NOW);
        pledge.verify(NOW);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.VERIFIED);
        assertThat(pledge.getVerifiedAt()).isEqualTo(NOW);
    }

    @Test
    void a_pledge_cannot_be_confirmed_twice_or_received_before_it_is_confirmed() {
        assertThatThrownBy(() -> confirmed().confirm(null, NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
        assertThatThrownBy(() -> pledged().recordReceipt(TODAY, BigDecimal.TEN, NOW))
                .isInstanceOf(IllegalPledgeTransitionException.class);
        assertThatThrownBy(() -> pledged().confirmReceipt(NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
    }

    @Test
    void a_pledge_is_verified_only_after_the_funder_confirmed_the_receipt() {
        assertThatThrownBy(() -> confirmed().verify(NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
        Pledge pledge = received();
        assertThatThrownBy(() -> pledge.verify(NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
        pledge.confirmReceipt(NOW);
        assertThatThrownBy(() -> pledge.confirmReceipt(NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
    }

    @Test
    void a_pledge_is_withdrawn_with_a_reason_only_before_the_money_was_received() {
        Pledge fromPledged = pledged();
        fromPledged.withdraw("Budget elders nodig", NOW);
        assertThat(fromPledged.getStatus()).isEqualTo(PledgeStatus.WITHDRAWN);
        Pledge fromConfirmed = confirmed();
        fromConfirmed.withdraw("Bestuursbesluit", NOW);
        assertThat(fromConfirmed.getWithdrawalReason()).isEqualTo("Bestuursbesluit");

        assertThatThrownBy(() -> pledged().withdraw("  ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> received().withdraw("Te laat", NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
        assertThatThrownBy(() -> fromPledged.withdraw("Nog eens", NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
        assertThatThrownBy(() -> fromPledged.confirm(null, NOW)).isInstanceOf(IllegalPledgeTransitionException.class);
    }

    @Test
    void a_pledge_in_kind_says_what_is_given_and_its_amount_is_the_valuation() {
        assertThatThrownBy(() -> new Pledge(1, 2, 2027, new BigDecimal("500"), PledgeKind.IN_KIND, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
        Pledge inKind = new Pledge(1, 2, 2027, new BigDecimal("500"), PledgeKind.IN_KIND, "Twintig stoelen", null);
        assertThat(inKind.getValuation()).isEqualByComparingTo("500");
        assertThatThrownBy(() -> new Pledge(1, 2, 2027, BigDecimal.ZERO, PledgeKind.CASH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
