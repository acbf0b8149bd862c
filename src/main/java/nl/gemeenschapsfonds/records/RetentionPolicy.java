package nl.gemeenschapsfonds.records;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a closed application's records must be destroyed (docs/adr/0024-retention-and-destruction.md): the day it
 * closed plus the retention term of its outcome, as its fund's administrator set it, else the default of the
 * municipal selection list (Selectielijst gemeenten en intergemeentelijke organen, VNG: a refused, withdrawn or not
 * considered application 5 years after the decision, a grant 10 years after its settlement). A legal hold suspends
 * destruction; an application that is not closed has no destruction date.
 */
public final class RetentionPolicy {

    /** The selection list's terms in years, per closing outcome. */
    public static final Map<RetentionOutcome, Integer> DEFAULTS = defaults();

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;

    private final Map<RetentionOutcome, Integer> years;

    /** The policy of a fund: its own terms where it set them, the defaults for the rest. */
    public RetentionPolicy(Map<RetentionOutcome, Integer> fundTerms) {
        Map<RetentionOutcome, Integer> all = new EnumMap<>(DEFAULTS);
        fundTerms.forEach((outcome, term) -> {
            if (!outcome.closes()) {
                throw new IllegalArgumentException("No retention term for " + outcome);
            }
            if (term == null || term < MIN_YEARS || term > MAX_YEARS) {
                throw new IllegalArgumentException("Retention term out of range: " + term);
            }
            all.put(outcome, term);
        });
        this.years = Map.copyOf(all);
    }

    public static RetentionPolicy defaultPolicy() {
        return new RetentionPolicy(Map.of());
    }

    /** The term in years for this closing outcome. */
    public int years(RetentionOutcome outcome) {
        Integer term = years.get(outcome);
        if (term == null) {
            throw new IllegalArgumentException("No retention term for " + outcome);
        }
        return term;
    }

    /** The day the records may be destroyed: empty while the application is not closed. */
    public Optional<LocalDate> destroyOn(RetentionOutcome outcome, LocalDate closedOn) {
        if (outcome == null || !outcome.closes() || closedOn == null) {
            return Optional.empty();
        }
        return Optional.of(closedOn.plusYears(years(outcome)));
    }

    /** Whether the records are due for the destruction list today: closed, the date has come, and no legal hold. */
    public boolean due(RetentionOutcome outcome, LocalDate closedOn, boolean onHold, LocalDate today) {
        return !onHold && destroyOn(outcome, closedOn).filter(day -> !day.isAfter(today)).isPresent();
    }

    private static Map<RetentionOutcome, Integer> defaults() {
        Map<RetentionOutcome, Integer> defaults = new EnumMap<>(RetentionOutcome.class);
        defaults.put(RetentionOutcome.REFUSED, 5);
        defaults.put(RetentionOutcome.NOT_CONSIDERED, 5);
        defaults.put(RetentionOutcome.WITHDRAWN, 5);
        defaults.put(RetentionOutcome.SETTLED, 10);
        defaults.put(RetentionOutcome.REPAID, 10);
        return Map.copyOf(defaults);
    }
}
