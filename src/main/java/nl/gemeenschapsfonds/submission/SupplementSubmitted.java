package nl.gemeenschapsfonds.submission;

/** The applicant supplied what a reviewer asked (Awb 4:5): the decision clock runs again. */
public record SupplementSubmitted(Long applicationId, String reference) {
}
