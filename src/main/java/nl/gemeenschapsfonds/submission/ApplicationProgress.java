package nl.gemeenschapsfonds.submission;

import java.time.LocalDate;
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

    /** One line of the timeline; {@code planned} for what has not happened yet (a payment due, a report due). */
    record Entry(LocalDate date, String text, boolean planned) {
    }
}
