package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.payment.AdvanceCancellation;
import nl.gemeenschapsfonds.payment.AdvancesCancelledBySettlement;
import nl.gemeenschapsfonds.payment.PaymentDatesPolicy;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a settlement books in other modules, year by year as {@link SettlementPolicy} says: the advances not yet paid
 * cancelled (payment's {@link AdvanceCancellation}: the settlement nets them, docs/adr/0029), the release in the budget
 * ledger, the final payment's instructions, and a repayment received.
 */
@Component
class SettlementBookings {

    private final BudgetLedger ledger;
    private final PaymentSchedule payments;
    private final AdvanceCancellation advances;
    private final SettlementYears years;

    SettlementBookings(BudgetLedger ledger, PaymentSchedule payments, AdvanceCancellation advances, SettlementYears years) {
        this.years = years;
        this.ledger = ledger;
        this.payments = payments;
        this.advances = advances;
    }

    /**
     * Cancels the grant's payments not yet paid (scheduled, held, approved but not exported); answers their total.
     * Refused when one is in an exported batch: that money is with the bank.
     */
    BigDecimal cancelUnpaidAdvances(GrantApplication application) {
        return advances.cancelUnpaid(application.getId(), application.getReference()).stream()
                .map(AdvancesCancelledBySettlement.Cancelled::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Releases the unused commitment and schedules the final payment per year. */
    void book(GrantApplication application, SettlementPolicy.Outcome outcome, LocalDate settledOn) {
        if (!outcome.releasePerYear().isEmpty()) {
            ledger.release(application.getCallId(), application.getId(), outcome.releasePerYear(),
                    "Settlement " + application.getReference());
        }
        scheduleFinal(application.getId(), outcome, settledOn);
    }

    /** Schedules the final payment per year, if anything is still owed. */
    void scheduleFinal(long applicationId, SettlementPolicy.Outcome outcome, LocalDate settledOn) {
        if (outcome.finalPayment().signum() > 0) {
            payments.scheduleFinal(applicationId, outcome.finalPaymentPerYear(), PaymentDatesPolicy.finalPaymentDue(settledOn));
        }
    }

    /**
     * Repaid money goes back against the years that were paid too much: what was paid above what is settled now, by the
     * years the settlement kept (after an upheld objection too, ADR 0029); for a settlement decided before its years
     * were kept, as settling said ({@code asSettled}).
     */
    void repaid(GrantApplication application, long settlementId,
                java.util.function.Supplier<java.util.SortedMap<Integer, BigDecimal>> asSettled) {
        SettlementYears.Years perYear = years.of(settlementId);
        java.util.SortedMap<Integer, BigDecimal> repaymentPerYear = perYear.isEmpty() ? asSettled.get()
                : SettlementCorrectionPolicy.repaymentPerYear(perYear.settled(), perYear.paid());
        repaymentPerYear.forEach((year, part) ->
                ledger.repay(application.getCallId(), application.getId(), year, part, "Repayment " + application.getReference()));
    }

    /**
     * An upheld objection raised the settlement (ADR 0029): the raise is committed again per year (a new movement, the
     * release stays in the ledger), and what is not taken off the open claim is a further final payment.
     */
    void correct(GrantApplication application, SettlementCorrectionPolicy.Correction correction, LocalDate decidedOn) {
        if (!correction.commitPerYear().isEmpty()) {
            ledger.commit(application.getCallId(), application.getId(), correction.commitPerYear(),
                    "Objection to the settlement " + application.getReference() + " upheld");
        }
        if (correction.payment().signum() > 0) {
            payments.scheduleAfterObjection(application.getId(), correction.paymentPerYear(),
                    PaymentDatesPolicy.finalPaymentDue(decidedOn));
        }
    }
}
