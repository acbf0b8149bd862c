package nl.gemeenschapsfonds.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.gemeenschapsfonds.base.mail.MailOutbox;
import nl.gemeenschapsfonds.payment.AdvancePaid;
import nl.gemeenschapsfonds.payment.PaymentBatchExported;
import nl.gemeenschapsfonds.scan.UploadRefused;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.ApplicationStatusChanged;
import nl.gemeenschapsfonds.submission.ApplicationSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;
import java.util.Map;

/**
 * The business figures an operator watches next to the JVM's, on {@code /actuator/prometheus} (names there get the
 * {@code _total} suffix for counters). Counters count what was committed: they listen after the commit of the
 * transaction that published the event ({@code fallbackExecution}: also when there was none). Each node counts its
 * own; Prometheus adds the nodes up ({@code sum(...)}). The mail gauges read the shared outbox, so every node shows
 * the same figure; the Vaadin session gauge ({@link VaadinSessionCount}) is per node.
 * <ul>
 *     <li>{@code gemeenschapsfonds_applications_submitted_total}</li>
 *     <li>{@code gemeenschapsfonds_decisions_total{outcome=granted|refused|not_considered}} (granted: wholly or partly)</li>
 *     <li>{@code gemeenschapsfonds_payments_exported_total}, {@code gemeenschapsfonds_payments_exported_euros_total},
 *     {@code gemeenschapsfonds_payments_paid_total}, {@code gemeenschapsfonds_payments_paid_euros_total}</li>
 *     <li>{@code gemeenschapsfonds_mails{status=waiting|failed}} (waiting includes those being sent)</li>
 *     <li>{@code gemeenschapsfonds_uploads_refused_total{reason=...}} (see {@link UploadRefused})</li>
 *     <li>{@code gemeenschapsfonds_sign_in_failures_total{reason=bad_credentials|locked|disabled|other}}</li>
 *     <li>{@code gemeenschapsfonds_vaadin_sessions} (this node)</li>
 * </ul>
 */
@Component
class BusinessMetrics {

    private static final Map<ApplicationStatus, String> OUTCOMES = Map.of(
            ApplicationStatus.GRANTED, "granted", ApplicationStatus.REFUSED, "refused",
            ApplicationStatus.NOT_CONSIDERED, "not_considered");

    private final MeterRegistry registry;
    private final Counter submitted;
    private final Counter exported;
    private final Counter exportedEuros;
    private final Counter paid;
    private final Counter paidEuros;

    BusinessMetrics(MeterRegistry registry, MailOutbox outbox) {
        this.registry = registry;
        this.submitted = Counter.builder("gemeenschapsfonds.applications.submitted")
                .description("Applications submitted (received)").register(registry);
        this.exported = Counter.builder("gemeenschapsfonds.payments.exported")
                .description("Payment instructions exported to the bank in a SEPA batch").register(registry);
        this.exportedEuros = Counter.builder("gemeenschapsfonds.payments.exported.euros")
                .description("Euros of the payment instructions exported").register(registry);
        this.paid = Counter.builder("gemeenschapsfonds.payments.paid")
                .description("Payments (advances and final payments) marked paid").register(registry);
        this.paidEuros = Counter.builder("gemeenschapsfonds.payments.paid.euros")
                .description("Euros of the payments marked paid").register(registry);
        for (String status : new String[]{"waiting", "failed"}) {
            Gauge.builder("gemeenschapsfonds.mails", outbox, o -> o.count(status.toUpperCase(Locale.ROOT)))
                    .description("Mails in the outbox not sent (waiting or being sent) or given up (failed)")
                    .tag("status", status).register(registry);
        }
        for (String outcome : OUTCOMES.values()) { // all outcomes show from the start, at 0
            decisions(outcome);
        }
        for (String reason : new String[]{"bad_credentials", "locked", "disabled", "other"}) {
            signInFailures(reason);
        }
        for (UploadRefused.Reason reason : UploadRefused.Reason.values()) {
            uploadsRefused(reason);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationSubmitted event) {
        submitted.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationStatusChanged event) {
        String outcome = OUTCOMES.get(event.to());
        if (outcome != null) {
            decisions(outcome).increment();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PaymentBatchExported event) {
        exported.increment(event.payments());
        exportedEuros.increment(event.controlSum().doubleValue());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AdvancePaid event) {
        paid.increment();
        paidEuros.increment(event.amount().doubleValue());
    }

    /** A refusal is a fact whether or not the upload's transaction commits (it rolls back): counted at once. */
    @EventListener
    void on(UploadRefused event) {
        uploadsRefused(event.reason()).increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event.getException()) {
            case BadCredentialsException ignored -> "bad_credentials";
            case LockedException ignored -> "locked";
            case DisabledException ignored -> "disabled";
            default -> "other";
        };
        signInFailures(reason).increment();
    }

    private Counter decisions(String outcome) {
        return Counter.builder("gemeenschapsfonds.decisions").description("Decisions on applications, per outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter signInFailures(String reason) {
        return Counter.builder("gemeenschapsfonds.sign.in.failures").description("Failed sign-ins (password checks)")
                .tag("reason", reason).register(registry);
    }

    private Counter uploadsRefused(UploadRefused.Reason reason) {
        return Counter.builder("gemeenschapsfonds.uploads.refused")
                .description("Uploads refused by the upload guard (malware scanner, structure checks)")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry);
    }
}
