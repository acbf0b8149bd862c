package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.payment.PaymentDatesPolicy;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What a settlement books in other modules, year by year as {@link SettlementPolicy} says: the release in the budget
 * ledger, the final payment's instructions, and a repayment received.
 */
@Component
class SettlementBookings {

    private final BudgetLedger ledger;
    private final PaymentSchedule payments;

    SettlementBookings(BudgetLedger ledger, PaymentSchedule payments) {
        this.ledger = ledger;
        this.payments = payments;
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

    /** Repaid money goes back against the years that were paid too much. */
    void repaid(GrantApplication application, SettlementPolicy.Outcome outcome) {
        outcome.repaymentPerYear().forEach((year, part) ->
                ledger.repay(application.getCallId(), application.getId(), year, part, "Repayment " + application.getReference()));
    }
}
