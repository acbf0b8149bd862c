package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision as the decision maker takes it: grant (amounts per year, conditions, advance payments,
 * report obligations, settlement deadline) or refuse (with a ground), always with a motivation.
 */
public record DecisionForm(long applicationId, Recommendation kind, SortedMap<Integer, BigDecimal> amounts,
                           String conditions, String reportObligations, LocalDate settlementDeadline,
                           List<Advance> advances, RefusalGround refusalGround, String motivation) {

    public DecisionForm {
        amounts = amounts == null ? new TreeMap<>() : new TreeMap<>(amounts);
        advances = advances == null ? List.of() : List.copyOf(advances);
    }

    /** An advance payment (voorschot, Awb 4:53): the part of a year's grant paid on a date. */
    public record Advance(LocalDate dueOn, int year, BigDecimal amount) {
    }
}
