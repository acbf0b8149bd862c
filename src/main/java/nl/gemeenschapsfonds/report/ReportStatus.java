package nl.gemeenschapsfonds.report;

/** OPEN → SUBMITTED → ACCEPTED, or SUBMITTED → MORE_ASKED (the form reopens) → SUBMITTED again. */
public enum ReportStatus {
    OPEN, SUBMITTED, MORE_ASKED, ACCEPTED;

    /** Whether the applicant may still change and submit the report. */
    public boolean editable() {
        return this == OPEN || this == MORE_ASKED;
    }
}
