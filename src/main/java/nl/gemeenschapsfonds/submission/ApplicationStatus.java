package nl.gemeenschapsfonds.submission;

/** Where an application stands in the Awb title 4.2 workflow (see docs and DOMAIN.md). */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, IN_ASSESSMENT, AWAITING_DECISION, GRANTED, REFUSED,
    IN_EXECUTION, SETTLED, WITHDRAWN, NOT_CONSIDERED
}
