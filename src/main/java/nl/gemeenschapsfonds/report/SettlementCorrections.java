package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.SettlementObjectionUpheld;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An upheld objection to a settlement raised the settled amount (review's {@link SettlementObjectionUpheld}, ADR 0029):
 * in the deciding transaction the money follows as new movements ({@link SettlementCorrectionPolicy}) — the raise is
 * committed again per year, the open repayment claim is lowered by what is no longer owed (withdrawn when nothing is),
 * the rest is a further final payment — and the settlement shows the new amount. A refusal of the ledger propagates,
 * so nothing of the decision on the objection is stored.
 */
@Component
class SettlementCorrections {

    private final JdbcClient jdbc;
    private final SettlementYears years;
    private final SettlementBookings bookings;
    private final GrantFacts grants;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SettlementObjections objections;

    SettlementCorrections(JdbcClient jdbc, SettlementYears years, SettlementBookings bookings, GrantFacts grants,
                          AuditTrail audit, ApplicationEventPublisher events, Clock clock, SettlementObjections objections) {
        this.objections = objections;
        this.jdbc = jdbc;
        this.years = years;
        this.bookings = bookings;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onUpheld(SettlementObjectionUpheld upheld) {
        record Claim(long id, BigDecimal amount) {
        }
        Optional<Claim> openClaim = jdbc.sql("select id, amount from repayment_claim where settlement_id = ? and status = 'OPEN' for update")
                .param(upheld.settlementId()).query((rs, n) -> new Claim(rs.getLong("id"), rs.getBigDecimal("amount"))).optional();
        SettlementYears.Years kept = years.of(upheld.settlementId());
        if (kept.isEmpty()) {
            // decided before its years were kept (V64): keep them now, as the objection saw them
            kept = objections.row(upheld.applicationId()).map(objections::years).orElseThrow();
            years.keep(upheld.settlementId(), kept);
        }
        SettlementYears.Years before = kept;
        SettlementCorrectionPolicy.Correction correction = SettlementCorrectionPolicy.correct(before.settled(), upheld.after(),
                before.paid(), openClaim.isPresent());
        GrantApplication application = grants.application(upheld.applicationId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        bookings.correct(application, correction, today);
        openClaim.ifPresent(claim -> lowerClaim(upheld, claim.id(), claim.amount(), correction.claimLower()));
        BigDecimal settled = SettlementPolicy.total(upheld.after());
        jdbc.sql("""
                        update settlement set settled = ?,
                            released = nullif(coalesce(released, 0) - ?, 0),
                            final_payment = nullif(coalesce(final_payment, 0) + ?, 0),
                            version = version + 1
                        where id = ?""")
                .params(settled, correction.raise(), correction.payment(), upheld.settlementId()).update();
        years.settle(upheld.settlementId(), upheld.after());
        audit.record("SETTLEMENT_CORRECTED", "Application", upheld.applicationId(), "settled " + upheld.before(),
                "settled " + upheld.after() + "; committed again " + correction.commitPerYear()
                        + (correction.claimLower().signum() > 0 ? "; claim lower by " + correction.claimLower().toPlainString() : "")
                        + (correction.payment().signum() > 0 ? "; further payment " + correction.paymentPerYear() : ""),
                "Objection to the settlement upheld");
        events.publishEvent(new GrantSettled(upheld.applicationId(), settled, today));
    }

    /** The claim asks back less; when nothing is owed any more it is withdrawn (the settlement it followed from changed). */
    private void lowerClaim(SettlementObjectionUpheld upheld, long claimId, BigDecimal amount, BigDecimal lower) {
        if (lower.signum() == 0) {
            return;
        }
        BigDecimal rest = amount.subtract(lower);
        if (rest.signum() > 0) {
            jdbc.sql("update repayment_claim set amount = ?, version = version + 1 where id = ?").params(rest, claimId).update();
            audit.record("REPAYMENT_CLAIM_LOWERED", "Application", upheld.applicationId(), amount.toPlainString(), rest.toPlainString(),
                    "Objection to the settlement of " + upheld.reference() + " upheld");
        } else {
            jdbc.sql("delete from repayment_claim where id = ? and status = 'OPEN'").param(claimId).update();
            audit.record("REPAYMENT_CLAIM_WITHDRAWN", "Application", upheld.applicationId(), amount.toPlainString(), "0.00",
                    "Objection to the settlement of " + upheld.reference() + " upheld: nothing is owed back any more");
        }
    }
}
