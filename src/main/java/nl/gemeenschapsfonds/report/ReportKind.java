package nl.gemeenschapsfonds.report;

/** A progress report (one per project year but the last, for multi-year projects) or the final report, the settlement request. */
public enum ReportKind {
    PROGRESS, FINAL
}
