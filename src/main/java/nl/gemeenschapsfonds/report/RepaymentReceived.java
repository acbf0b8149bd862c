package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Finance recorded that a repayment claim was paid back; published inside that transaction. */
public record RepaymentReceived(long claimId, long applicationId, BigDecimal amount, LocalDate receivedOn) {
}
