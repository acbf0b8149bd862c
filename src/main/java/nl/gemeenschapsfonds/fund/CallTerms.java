package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;

/**
 * What an applicant needs to know of a call to apply and what the submission rules check: its
 * dates, facility types, maximum grant, the years it has a ceiling for, its co-financing rules and
 * the decision deadline.
 */
public record CallTerms(long id, String authorityName, String titleNl, String titleEn, String descriptionNl,
                        String descriptionEn, CallStatus status, Set<FacilityType> facilityTypes, LocalDate openDate,
                        LocalDate closeDate, boolean rollingIntake, BigDecimal maxGrant, SortedSet<Integer> years,
                        CoFinancingPolicy coFinancing, int decisionWeeks, int objectionWeeks,
                        java.util.List<Criterion> criteria, BigDecimal settleAtOnceUpTo) {

    public CallTerms {
        facilityTypes = Set.copyOf(facilityTypes);
        criteria = java.util.List.copyOf(criteria);
        years = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(years));
    }

    /**
     * Whether a grant of this total is settled with the decision itself (the call's "settle at once up to"
     * amount; Awb 4:47): no report, and the decision letter says so.
     */
    public boolean settlesAtOnce(BigDecimal granted) {
        return settleAtOnceUpTo != null && granted != null && granted.compareTo(settleAtOnceUpTo) <= 0;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
    }

    /** Why an application cannot be submitted to this call on {@code date}, or OPEN. */
    public Availability availabilityOn(LocalDate date) {
        if (status == CallStatus.DRAFT) {
            return Availability.NOT_PUBLISHED;
        }
        if (status == CallStatus.CLOSED) {
            return Availability.CLOSED;
        }
        if (openDate != null && date.isBefore(openDate)) {
            return Availability.NOT_YET_OPEN;
        }
        if (!rollingIntake && closeDate != null && date.isAfter(closeDate)) {
            return Availability.CLOSED;
        }
        return Availability.OPEN;
    }

    public enum Availability {
        OPEN, NOT_YET_OPEN, CLOSED, NOT_PUBLISHED
    }
}
