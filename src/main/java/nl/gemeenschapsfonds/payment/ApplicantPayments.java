package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.List;

/** The payments of a grant for its applicant: only of their own organisation's application. */
@Service
public class ApplicantPayments {

    private final JdbcClient jdbc;
    private final ApplicationScope applications;
    private final CurrentUser currentUser;

    ApplicantPayments(JdbcClient jdbc, ApplicationScope applications, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.currentUser = currentUser;
    }

    /** The advances and the final payment of this application, in order; empty for someone else's application. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicantPaymentItem> myPayments(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        if (!ofOrganisation(applicationId, organisation)) {
            return List.of();
        }
        return jdbc.sql("""
                        select i.position, i.year, i.amount, i.due_on, i.status, i.paid_on
                        from payment_instruction i where i.application_id = ? order by i.position""")
                .param(applicationId)
                .query((rs, row) -> {
                    int position = rs.getInt("position");
                    String status = rs.getString("status");
                    Date paidOn = rs.getDate("paid_on");
                    ApplicantPaymentItem.Stage stage = switch (status) {
                        case "PAID" -> ApplicantPaymentItem.Stage.PAID;
                        case "CANCELLED" -> ApplicantPaymentItem.Stage.CANCELLED;
                        default -> ApplicantPaymentItem.Stage.SCHEDULED;
                    };
                    return new ApplicantPaymentItem(position + 1, PaymentSchedule.isFinal(position), rs.getInt("year"),
                            rs.getBigDecimal("amount"), rs.getDate("due_on").toLocalDate(), stage,
                            paidOn == null ? null : paidOn.toLocalDate());
                }).list();
    }

    private boolean ofOrganisation(long applicationId, long organisation) {
        try {
            return applications.byId(applicationId).getOrganisationId() == organisation;
        } catch (NotFoundException noSuchApplication) {
            return false;
        }
    }
}
