package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An exported batch: its pain.001 message id, execution date, count and sum, and whether it is paid. */
public record BatchListItem(long id, String messageId, LocalDate executionDate, int numberOfTransactions,
                            BigDecimal controlSum, BatchStatus status, String createdBy, Instant createdAt,
                            LocalDate paidOn) {

    public enum BatchStatus {
        EXPORTED, PAID
    }
}
