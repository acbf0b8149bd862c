package nl.gemeenschapsfonds.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened to an application after it was submitted, as another module knows it (the decision,
 * the payments, the reports, the settlement): entries for the applicant's timeline, and where it
 * helps a better sentence on where the application stands. Like {@link ApplicantPanel}, the
 * submission module shows these without depending on the modules that provide them.
 */
public interface ApplicationProgress {

    /** The entries of this module for the signed-in applicant's application, in the applicant's language. */
    List<Entry> timeline(long applicationId, Locale locale);

    /** A sentence on where the application stands that says more than its status, if this module has one. */
    default Optional<String> explanation(long applicationId, ApplicationStatus status, Locale locale) {
        return Optional.empty();
    }

    /** Whether members of a co-applicant organisation see these entries too (issue 21): the decision's, not the lead's work. */
    default boolean timelineForPartners() {
        return false;
    }

    /**
     * The steps of the grant cycle in the order they follow each other: on one date the timeline lists them in this
     * order (the final payment is planned because the final report came in and the grant was settled, never before).
     */
    enum Step {
        DECISION, ADVANCE, REPORT, SETTLEMENT, FINAL_PAYMENT
    }

    /**
     * One line of the timeline; {@code planned} for what has not happened yet (a payment due, a report due);
     * {@code at} the moment it happened where the module knows it (a report's submission), else {@code null}.
     */
    record Entry(LocalDate date, String text, boolean planned, Step step, Instant at) {

        public Entry {
            java.util.Objects.requireNonNull(step, "step: where the entry sits in the cycle orders it on its date");
        }

        /**
         * The timeline's order: by date; on one date by the cycle's order (a final payment planned on the day the final
         * report was submitted comes after it); entries of one step on one date by the time they happened.
         */
        public static final Comparator<Entry> IN_ORDER = Comparator.comparing(Entry::date)
                .thenComparing(Entry::step)
                .thenComparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder()));

        public Entry(LocalDate date, String text, boolean planned, Step step) {
            this(date, text, planned, step, null);
        }
    }
}
