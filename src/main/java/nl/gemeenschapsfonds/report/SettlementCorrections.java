package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.SettlementObjectionUpheld;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    private final SettlementYears years;
    private final SettlementBookings bookings;
    private final GrantFacts grants;
    private final Clock clock;
    private final SettlementObjections objections;
    private final CorrectedSettlement corrected;

    SettlementCorrections(SettlementYears years, SettlementBookings bookings, GrantFacts grants, Clock clock,
                          SettlementObjections objections, CorrectedSettlement corrected) {
        this.years = years;
        this.bookings = bookings;
        this.grants = grants;
        this.clock = clock;
        this.objections = objections;
        this.corrected = corrected;
    }

    @EventListener
    void onUpheld(SettlementObjectionUpheld upheld) {
        Optional<CorrectedSettlement.Claim> openClaim = corrected.openClaim(upheld.settlementId());
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
        openClaim.ifPresent(claim -> corrected.lowerClaim(upheld, claim, correction.claimLower()));
        corrected.record(upheld, correction, today);
    }
}
