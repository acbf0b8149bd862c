package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of a grant as the applicant sees it: the advance number (or the final payment), amount,
 * due date and where it stands. A payment finance holds or has not approved yet is simply "scheduled"
 * for the applicant; the reasons are internal.
 */
public record ApplicantPaymentItem(int number, boolean finalPayment, int year, BigDecimal amount, LocalDate dueOn,
                                   Stage stage, LocalDate paidOn) {

    public enum Stage { SCHEDULED, PAID, CANCELLED }
}
