package nl.gemeenschapsfonds.submission;

import java.util.Locale;
import java.util.Optional;

/**
 * An application as other modules' lists and mails read it ({@link ApplicationSummaries}): its reference and title,
 * its status, the organisation and call it belongs to, and who submitted it in which language.
 *
 * @param reference       the reference; {@code null} for a draft (it gets one when submitted)
 * @param applicantEmail  the applicant who submitted it ({@code submitted_by}); {@code null} for a draft
 * @param applicantLocale the language the applicant submitted in ("nl" or "en"); {@code null} if unknown
 */
public record ApplicationSummary(long id, String reference, String title, ApplicationStatus status, long organisationId,
                                 long callId, String applicantEmail, String applicantLocale) {

    /** Where mail about this application goes: the applicant who submitted it, in their language; empty for a draft. */
    public Optional<ApplicantContact> applicant() {
        return applicantEmail == null ? Optional.empty()
                : Optional.of(new ApplicantContact(applicantEmail, Locale.of(applicantLocale == null ? "nl" : applicantLocale)));
    }

    /** The applicant's address and the language to write to them in. */
    public record ApplicantContact(String email, Locale language) {
    }
}
