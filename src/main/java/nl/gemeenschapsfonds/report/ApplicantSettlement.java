package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A decided settlement as the applicant sees it; {@code letter} is null for a grant settled at once with the decision. */
public record ApplicantSettlement(SettlementKind kind, BigDecimal granted, BigDecimal settled, LocalDate decisionDate,
                                  BigDecimal finalPayment, BigDecimal repayment, LocalDate repaymentDue,
                                  LocalDate objectionDeadline, byte[] letter, String fileName) {
}
