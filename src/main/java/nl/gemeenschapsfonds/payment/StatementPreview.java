package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bank statement means for the payments of the user's authority, line by line: which
 * payments it pays (MATCHED), which lines name one of our payments but do not agree with it
 * (MISMATCHED, with the reasons as translation keys), which were paid before (ALREADY_PAID), which
 * debits are not ours (UNKNOWN), the money that came in (CREDIT, ignored) and the lines that could not be
 * read as a booking to match (NOT_MATCHED, with the reasons: a counterparty given as a BBAN or card number, a date
 * or amount that is not one, an entry the bank has not booked…), which are never booked while the rest is.
 */
public record StatementPreview(String fileName, List<Row> rows) {

    public StatementPreview {
        rows = List.copyOf(rows);
    }

    public enum Outcome {
        MATCHED, MISMATCHED, ALREADY_PAID, UNKNOWN, CREDIT, NOT_MATCHED
    }

    /** One line of the statement with what it means; {@code paymentReference} when it names one of our payments. */
    public record Row(StatementLine line, Outcome outcome, String paymentReference, List<Problem> reasons) {

        public Row {
            reasons = List.copyOf(reasons);
        }
    }

    public List<Row> rows(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).toList();
    }

    public int count(Outcome outcome) {
        return rows(outcome).size();
    }

    /** The sum of the matched payments (positive). */
    public BigDecimal matchedTotal() {
        return rows(Outcome.MATCHED).stream().map(row -> row.line().amount().negate())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
