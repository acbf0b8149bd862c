package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The decision maker decided on the objection against an application's decision. Published in the deciding
 * transaction, after the grant changed (if it did); the review module audits it and mails the applicant on it.
 *
 * @param before the amounts granted per year before the decision on the objection
 * @param after  the amounts granted per year now, when they changed; empty when they did not
 * @param subject what the objection was against: the decision, or the settlement (then the amounts are settled ones)
 */
public record ObjectionDecided(long applicationId, String reference, ObjectionOutcome outcome, String motivation,
                               SortedMap<Integer, BigDecimal> before, SortedMap<Integer, BigDecimal> after,
                               String submittedBy, Locale language, ObjectionSubject subject) {

    public ObjectionDecided {
        before = new TreeMap<>(before);
        after = new TreeMap<>(after);
    }

    public boolean amountsChanged() {
        return !after.isEmpty();
    }
}
