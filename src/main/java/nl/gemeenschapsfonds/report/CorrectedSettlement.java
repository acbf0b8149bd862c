package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.review.SettlementObjectionUpheld;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link SettlementCorrections} writes of a correction in report's own tables: the open repayment claim lowered
 * or withdrawn, the settlement's new amount and years, the audit entries, and {@link GrantSettled} with the new amount.
 * In the deciding transaction, like the bookings.
 */
@Component
class CorrectedSettlement {

    /** An open repayment claim of a settlement, locked for the correction. */
    record Claim(long id, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final SettlementYears years;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CorrectedSettlement(JdbcClient jdbc, SettlementYears years, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.years = years;
        this.audit = audit;
        this.events = events;
    }

    /** The settlement's open repayment claim, locked; empty when there is none. */
    Optional<Claim> openClaim(long settlementId) {
        return jdbc.sql("select id, amount from repayment_claim where settlement_id = ? and status = 'OPEN' for update")
                .param(settlementId).query((rs, n) -> new Claim(rs.getLong("id"), rs.getBigDecimal("amount"))).optional();
    }

    /** The settlement shows the amount the objection gave it, per year; audited, and {@link GrantSettled} tells. */
    void record(SettlementObjectionUpheld upheld, SettlementCorrectionPolicy.Correction correction, LocalDate today) {
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
    void lowerClaim(SettlementObjectionUpheld upheld, Claim claim, BigDecimal lower) {
        long claimId = claim.id();
        BigDecimal amount = claim.amount();
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
