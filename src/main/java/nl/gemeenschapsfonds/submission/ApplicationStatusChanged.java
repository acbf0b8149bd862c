package nl.gemeenschapsfonds.submission;

/** Any step in an application's workflow: mails and other modules react to it. */
public record ApplicationStatusChanged(Long applicationId, String reference, ApplicationStatus from, ApplicationStatus to) {
}
