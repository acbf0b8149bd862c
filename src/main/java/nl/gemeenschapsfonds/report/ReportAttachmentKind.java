package nl.gemeenschapsfonds.report;

/** What a file with a report is. */
public enum ReportAttachmentKind {
    INVOICES, ANNUAL_ACCOUNTS, ACCOUNTANT_STATEMENT, OTHER
}
