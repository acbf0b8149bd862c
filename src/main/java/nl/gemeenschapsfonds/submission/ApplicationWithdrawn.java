package nl.gemeenschapsfonds.submission;

/** The applicant withdrew an application before a decision. */
public record ApplicationWithdrawn(long applicationId, String reference, ApplicationStatus previousStatus) {
}
