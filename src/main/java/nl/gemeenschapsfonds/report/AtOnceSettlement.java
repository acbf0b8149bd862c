package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * A small grant settled at once with the decision (the call's "settle at once up to"): settled as granted, no report;
 * what the advances do not pay is each year's final payment ({@link SettlementPolicy}). In the decision maker's
 * transaction.
 */
@Component
class AtOnceSettlement {

    private final SettlementRecords records;
    private final GrantFacts grants;
    private final SettlementBookings bookings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AtOnceSettlement(SettlementRecords records, GrantFacts grants, SettlementBookings bookings, AuditTrail audit,
                     ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.grants = grants;
        this.bookings = bookings;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void settle(long applicationId, long authorityId, BigDecimal granted) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        SettlementPolicy.Outcome outcome = SettlementPolicy.settle(grants.grantedPerYear(applicationId), Map.of(),
                grants.advancesPerYear(applicationId));
        bookings.scheduleFinal(applicationId, outcome, today);
        records.insertSettledAtOnce(applicationId, authorityId, granted, currentUser.actorName(), clock.instant(), today,
                outcome.finalPayment());
        grants.settle(applicationId);
        events.publishEvent(new GrantSettled(applicationId, granted, today));
        audit.record("SETTLEMENT_AT_ONCE", "Application", applicationId, null, "SETTLED " + granted.toPlainString(),
                "Settled at once with the decision (small grant)");
    }
}
