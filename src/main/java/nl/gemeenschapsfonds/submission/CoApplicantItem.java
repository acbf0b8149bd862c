package nl.gemeenschapsfonds.submission;

/** A partner organisation named on an application (issue 21): who it is and its role in the project. */
public record CoApplicantItem(long organisationId, String kvkNumber, String legalName, String role) {
}
