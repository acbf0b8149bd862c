package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The decision maker's decision on the objection against an application's decision: the outcome,
 * the motivation, and, when the objection is (partly) upheld and the grant changes, the new amount
 * per year (empty: the amounts stay as they are). Against a settlement ({@code subject} SETTLEMENT, ADR 0029) the new
 * amounts are the settled ones per year.
 */
public record ObjectionDecisionForm(long applicationId, ObjectionOutcome outcome, String motivation,
                                    SortedMap<Integer, BigDecimal> newAmounts, ObjectionSubject subject) {

    public ObjectionDecisionForm {
        newAmounts = newAmounts == null ? new TreeMap<>() : new TreeMap<>(newAmounts);
        subject = subject == null ? ObjectionSubject.DECISION : subject;
    }

    /** On the objection against the decision. */
    public ObjectionDecisionForm(long applicationId, ObjectionOutcome outcome, String motivation,
                                 SortedMap<Integer, BigDecimal> newAmounts) {
        this(applicationId, outcome, motivation, newAmounts, ObjectionSubject.DECISION);
    }
}
