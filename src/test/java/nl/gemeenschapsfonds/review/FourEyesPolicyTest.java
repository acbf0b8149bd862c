package nl.gemeenschapsfonds.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FourEyesPolicyTest {

    @Test
    void who_assessed_an_application_may_not_decide_on_it_whatever_the_case_of_the_address() {
        assertThat(FourEyesPolicy.mayDecide("Beoordelaar@Gemeente.nl", List.of("beoordelaar@gemeente.nl"))).isFalse();
    }

    @Test
    void someone_who_did_not_assess_may_decide() {
        assertThat(FourEyesPolicy.mayDecide("besluit@gemeente.nl", List.of("beoordelaar@gemeente.nl"))).isTrue();
        assertThat(FourEyesPolicy.mayDecide("besluit@gemeente.nl", List.of())).isTrue();
    }

    @Test
    void who_decided_may_not_approve_the_payment_of_that_decision() {
        assertThat(FourEyesPolicy.mayApprove("Besluit@gemeente.nl", "besluit@gemeente.nl")).isFalse();
        assertThat(FourEyesPolicy.mayApprove("financien@gemeente.nl", "besluit@gemeente.nl")).isTrue();
    }

    @Test
    void nobody_unnamed_may_decide_or_approve() {
        assertThat(FourEyesPolicy.mayDecide(null, List.of())).isFalse();
        assertThat(FourEyesPolicy.mayApprove(null, "besluit@gemeente.nl")).isFalse();
    }
}
