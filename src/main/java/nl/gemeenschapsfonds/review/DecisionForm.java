package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision as the decision maker takes it: grant (amounts per year, conditions, advance payments,
 * report obligations, settlement deadline) or refuse (with a ground), always with a motivation. A grant
 * may carry {@code coFinancingDueBy}: granted on the condition that the missing co-financing is confirmed
 * by that date (only when the call's rules are not met on the confirmed pledges).
 */
public record DecisionForm(long applicationId, Recommendation kind, SortedMap<Integer, BigDecimal> amounts,
                           String conditions, String reportObligations, LocalDate settlementDeadline,
                           List<Advance> advances, RefusalGround refusalGround, String motivation,
                           LocalDate coFinancingDueBy) {

    public DecisionForm {
        amounts = amounts == null ? new TreeMap<>() : new TreeMap<>(amounts);
        advances = advances == null ? List.of() : List.copyOf(advances);
    }

    /** A decision without a co-financing condition. */
    public DecisionForm(long applicationId, Recommendation kind, SortedMap<Integer, BigDecimal> amounts,
                        String conditions, String reportObligations, LocalDate settlementDeadline,
                        List<Advance> advances, RefusalGround refusalGround, String motivation) {
        this(applicationId, kind, amounts, conditions, reportObligations, settlementDeadline, advances, refusalGround,
                motivation, null);
    }

    /** An advance payment (voorschot, Awb 4:53): the part of a year's grant paid on a date. */
    public record Advance(LocalDate dueOn, int year, BigDecimal amount) {
    }
}
