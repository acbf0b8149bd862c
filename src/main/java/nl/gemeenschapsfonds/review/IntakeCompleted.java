package nl.gemeenschapsfonds.review;

/** Intake found the application complete; it goes to assessment. Published in the reviewer's transaction. */
public record IntakeCompleted(long applicationId) {
}
