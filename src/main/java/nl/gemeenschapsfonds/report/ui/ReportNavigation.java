package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * The typed way to the report module's pages (its views stay package-private): the staff's aftercare list, the
 * settlement of a grant, and the applicant's report form.
 */
public final class ReportNavigation {

    private ReportNavigation() {
    }

    /** Staff: the reports and settlements of the authority. */
    public static void toAftercare() {
        UI.getCurrent().navigate(AftercareView.class);
    }

    /** Staff: the reports and settlement of one grant. */
    public static void toSettlement(long applicationId) {
        UI.getCurrent().navigate(SettlementView.class, settlementParameters(applicationId));
    }

    /** The address of {@link #toSettlement}, for a link. */
    public static String settlementUrl(long applicationId) {
        return RouteConfiguration.forSessionScope().getUrl(SettlementView.class, settlementParameters(applicationId));
    }

    /** Applicant: one report of their application. */
    public static void toReport(long applicationId, long reportId) {
        UI.getCurrent().navigate(ReportFormView.class, new RouteParameters(
                java.util.Map.of("applicationId", String.valueOf(applicationId), "reportId", String.valueOf(reportId))));
    }

    private static RouteParameters settlementParameters(long applicationId) {
        return new RouteParameters("applicationId", String.valueOf(applicationId));
    }
}
