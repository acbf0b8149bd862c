package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.Component;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportKind;

/** The name of a report as people say it: "Eindverslag", "Voortgangsverslag 2027". */
final class Labels {

    private Labels() {
    }

    static String kind(Component ui, ObligationItem report) {
        return report.kind() == ReportKind.FINAL ? ui.getTranslation("report.kind.FINAL")
                : ui.getTranslation("report.kind.PROGRESS.year", String.valueOf(report.year()));
    }
}
