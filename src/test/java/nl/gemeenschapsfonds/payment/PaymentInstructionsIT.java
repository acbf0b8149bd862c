package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public read of an authority's payment instructions (for the integration API), a keyset page at a time. */
@IntegrationTest
class PaymentInstructionsIT {

    @Autowired GrantWithAdvances grants;
    @Autowired PaymentInstructions instructions;

    @Test
    void an_authority_reads_its_own_instructions_page_by_page_and_none_of_another() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Koppeling");
        GrantWithAdvances.Grant other = grants.create("Gemeente Ander");

        List<PaymentInstructions.Instruction> all = instructions.ofAuthority(grant.staff().authorityId(), null, 0, 100);
        assertThat(all).extracting(PaymentInstructions.Instruction::amount)
                .containsExactly(GrantWithAdvances.FIRST, GrantWithAdvances.SECOND, GrantWithAdvances.THIRD);
        assertThat(all).allSatisfy(instruction -> {
            assertThat(instruction.applicationId()).isEqualTo(grant.applicationId());
            assertThat(instruction.status()).isEqualTo(PaymentStatus.SCHEDULED);
            assertThat(instruction.paidOn()).isNull();
        });

        List<PaymentInstructions.Instruction> first = instructions.ofAuthority(grant.staff().authorityId(), null, 0, 2);
        List<PaymentInstructions.Instruction> rest = instructions.ofAuthority(grant.staff().authorityId(), null,
                first.getLast().id(), 2);
        assertThat(first).hasSize(2);
        assertThat(rest).singleElement().isEqualTo(all.getLast());
        assertThat(instructions.ofAuthority(grant.staff().authorityId(), PaymentStatus.PAID, 0, 100)).isEmpty();
        assertThat(instructions.ofAuthority(other.staff().authorityId(), null, 0, 100))
                .noneMatch(instruction -> instruction.applicationId() == grant.applicationId());
    }
}
