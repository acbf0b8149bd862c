package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The applicant's pages of the submission module, to navigate to by type instead of by a string route,
 * so that the views stay package-private and a route changes in one place.
 */
public final class SubmissionNavigation {

    static final String APPLICATION_ID = "applicationId";

    private SubmissionNavigation() {
    }

    /** The list of the applicant's own applications. */
    public static void toMyApplications() {
        UI.getCurrent().navigate(MyApplicationsView.class);
    }

    /**
     * A link to choosing a call for a new application: it only navigates, so a link, not a button with a listener
     * (issue 20: ~3 KB less in every session of "Mijn aanvragen").
     */
    public static RouterLink newApplicationLink(String text) {
        return new RouterLink(text, NewApplicationView.class);
    }

    /** The page of one application: its status, dates, letters and what the applicant can do next. */
    public static void toApplication(long applicationId) {
        UI.getCurrent().navigate(ApplicationDetailView.class, id(applicationId));
    }

    /** The wizard of a draft (or of an application a supplement was asked for). */
    public static void toWizard(long applicationId) {
        UI.getCurrent().navigate(ApplicationWizardView.class, id(applicationId));
    }

    /** The application as it was submitted. */
    public static void toSubmitted(long applicationId) {
        UI.getCurrent().navigate(SubmittedApplicationView.class, id(applicationId));
    }

    /** The address of an application's page, for a link. */
    public static String applicationPath(long applicationId) {
        return RouteConfiguration.forSessionScope().getUrl(ApplicationDetailView.class, id(applicationId));
    }

    /** The address of the application as it was submitted, for a link. */
    public static String submittedPath(long applicationId) {
        return RouteConfiguration.forSessionScope().getUrl(SubmittedApplicationView.class, id(applicationId));
    }

    static void forwardToApplication(BeforeEnterEvent event, long applicationId) {
        event.forwardTo(ApplicationDetailView.class, id(applicationId));
    }

    static void forwardToWizard(BeforeEnterEvent event, long applicationId) {
        event.forwardTo(ApplicationWizardView.class, id(applicationId));
    }

    private static RouteParameters id(long applicationId) {
        return new RouteParameters(APPLICATION_ID, String.valueOf(applicationId));
    }
}
