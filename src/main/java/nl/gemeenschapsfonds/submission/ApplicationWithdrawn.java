package nl.gemeenschapsfonds.submission;

/** The applicant withdrew an application before a decision. */
public record ApplicationWithdrawn(Long applicationId, String reference, ApplicationStatus previousStatus) {
}
