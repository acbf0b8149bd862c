package nl.gemeenschapsfonds.report.ui;

/**
 * The report's own words as {@link ReportTextFields} binds them: what was done, visitors a week, what changed for
 * loneliness. Public because the {@code Binder} reads and writes it by reflection.
 */
public record ReportText(String activities, Integer visitorsPerWeek, String lonelinessChange) {
}
