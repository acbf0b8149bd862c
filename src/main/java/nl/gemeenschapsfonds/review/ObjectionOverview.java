package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the objection part of an application shows: the decision objected to (null while there is
 * none), the objection (null while there is none), the grant asked per year, and what the signed-in
 * user may do now. The service sets the flags; it checks them again on every action.
 */
public record ObjectionOverview(long applicationId, String reference, String title, DecisionFacts decision,
                                Objection objection, SortedMap<Integer, BigDecimal> asked, LocalDate today,
                                boolean mayRegister, boolean mayDecide) {

    public ObjectionOverview {
        asked = asked == null ? new TreeMap<>() : new TreeMap<>(asked);
    }

    /** The decision objected to: its kind, date, the last day to object and the amounts granted per year. */
    public record DecisionFacts(Recommendation kind, LocalDate date, LocalDate objectionDeadline,
                                SortedMap<Integer, BigDecimal> amounts) {

        public DecisionFacts {
            amounts = amounts == null ? new TreeMap<>() : new TreeMap<>(amounts);
        }

        /** Whether an objection received today would be late. */
        public boolean periodPassedOn(LocalDate day) {
            return day.isAfter(objectionDeadline);
        }
    }
}
