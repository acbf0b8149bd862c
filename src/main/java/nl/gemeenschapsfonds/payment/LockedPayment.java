package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Iban;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment instruction read for a change, its row locked: with the grant's decision maker (four eyes) and the
 * organisation's current account (a changed IBAN needs finance's eye).
 */
record LockedPayment(long id, String reference, String applicationReference, PaymentStatus status, Long batchId,
                     long callId, long applicationId, int year, BigDecimal amount, String iban, String accountHolder,
                     String decidedBy, String currentIban, String currentHolder, LocalDate dueOn) {

    /** The organisation's account changed after this instruction was made: finance must confirm it first. */
    boolean ibanChanged() {
        return ibanDiffers(iban, currentIban);
    }

    static boolean ibanDiffers(String instruction, String organisation) {
        return !java.util.Objects.equals(instruction, organisation == null ? null : Iban.compact(organisation));
    }
}
