package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the objection workflow needs to know of a settlement (ADR 0029): the report module, which owns the settlement,
 * implements this at its root, so that review never depends on report (report depends on review's decisions). No
 * {@code @PreAuthorize}: the objection service has checked the user's scope before it asks.
 */
public interface SettledGrants {

    /** The decided settlement of the application, if there is one (not one settled at once with the decision). */
    Optional<Settled> settled(long applicationId);

    /**
     * A decided settlement as an objection sees it.
     *
     * @param objectionDeadline the last day to object (its own term, from the day after it was sent)
     * @param grantedPerYear    what the grant decision granted per year: an upheld objection never settles above it
     * @param settledPerYear    what the settlement settled per year now
     */
    record Settled(long settlementId, LocalDate decisionDate, LocalDate objectionDeadline,
                   SortedMap<Integer, BigDecimal> grantedPerYear, SortedMap<Integer, BigDecimal> settledPerYear) {

        public Settled {
            grantedPerYear = new TreeMap<>(grantedPerYear);
            settledPerYear = new TreeMap<>(settledPerYear);
        }
    }
}
