package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision (grant, partial grant or refusal) was taken and stored; published inside the decision maker's
 * transaction, after {@link GrantDecided} for a grant. The review module writes the letter, mails the applicant and
 * records the audit entry on it, so the letter exists when the decision commits and nothing does when it rolls back.
 *
 * @param form            the decision as the decision maker took it
 * @param outcome         GRANT, GRANT_PARTLY or REFUSE as it follows from the amounts
 * @param statusAfter     the application's status after the decision and what it set off (a grant settled at once)
 * @param settledAtOnce   a small grant settled with the decision itself: no reports, as its letter says
 */
public record DecisionTaken(long applicationId, long decisionId, String reference, String title, long organisationId,
                            long callId, String submittedBy, Locale language, BigDecimal amountRequested,
                            SortedMap<Integer, BigDecimal> asked, DecisionForm form, Recommendation outcome,
                            LocalDate decisionDate, LocalDate objectionDeadline, boolean settledAtOnce,
                            String statusBefore, String statusAfter) {

    public DecisionTaken {
        asked = new TreeMap<>(asked);
    }

    public boolean isGrant() {
        return outcome != Recommendation.REFUSE;
    }
}
