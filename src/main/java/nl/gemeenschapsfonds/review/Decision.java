package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision (beschikking) as other modules read it through {@link Decisions}: what was decided, when and by whom,
 * the amount granted per budget year (empty when refused; after an objection, the amounts as they now stand) and the
 * advance payments (voorschotten, Awb 4:53) in the parts and on the dates the decision names.
 *
 * @param authorityId        the authority that took it; {@code null} only for a decision stored behind the service's back
 * @param outcome            GRANT, GRANT_PARTLY or REFUSE
 * @param refusalGround      only for a refusal
 * @param letterLanguage     the language the letter was written in (the applicant's)
 */
public record Decision(long id, long applicationId, Long authorityId, Recommendation outcome, String decidedBy,
                       Instant decidedAt, LocalDate decisionDate, RefusalGround refusalGround, String conditions,
                       String reportObligations, String motivation, LocalDate settlementDeadline,
                       LocalDate objectionDeadline, Locale letterLanguage, SortedMap<Integer, BigDecimal> grantedPerYear,
                       List<Advance> advances) {

    public Decision {
        grantedPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(grantedPerYear));
        advances = List.copyOf(advances);
    }

    /** One advance payment the decision names, by its position (0, 1, …) in the decision. */
    public record Advance(int position, LocalDate dueOn, int year, BigDecimal amount) {
    }

    /** Granted, whole or partly (not refused). */
    public boolean isGrant() {
        return outcome != Recommendation.REFUSE;
    }

    /** The amount granted over all years; zero for a refusal. */
    public BigDecimal grantedTotal() {
        return grantedPerYear.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of the advances; zero when the decision names none. */
    public BigDecimal advancesTotal() {
        return advances.stream().map(Advance::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The advances summed per budget year. */
    public SortedMap<Integer, BigDecimal> advancesPerYear() {
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        advances.forEach(advance -> perYear.merge(advance.year(), advance.amount(), BigDecimal::add));
        return perYear;
    }

    /** The file name of the decision letter of the application with this reference, in the letter's language. */
    public String letterFileName(String reference) {
        return DecisionService.letterFileName(reference, letterLanguage);
    }
}
