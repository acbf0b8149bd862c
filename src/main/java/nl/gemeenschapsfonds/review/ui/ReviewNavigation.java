package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;

/**
 * Where the review module's pages are, typed: other code navigates with these instead of writing the routes as strings,
 * so a route is named in its view's {@code @Route} and here only.
 */
public final class ReviewNavigation {

    private ReviewNavigation() {
    }

    /** The work queue of the authority's staff. */
    public static String workQueue() {
        return "work-queue";
    }

    /** Reviewing (intake, assessment, decision, objection) an application of the staff member's authority. */
    public static String application(long applicationId) {
        return "review/" + applicationId;
    }

    /** The calls with allocation by ranking. */
    public static String rankings() {
        return "ranking";
    }

    /** The ranking of one call. */
    public static String ranking(long callId) {
        return "ranking/" + callId;
    }

    /** The applicant's objection to the decision on their application. */
    public static String objection(long applicationId) {
        return "applications/" + applicationId + "/objection";
    }

    /** The applicant's own application (submission's page), where the objection page leads back to. */
    public static String applicantApplication(long applicationId) {
        return "applications/" + applicationId;
    }

    /** Opens the review of an application in the current UI. */
    public static void toApplication(long applicationId) {
        navigate(application(applicationId));
    }

    /** Opens the ranking of a call in the current UI. */
    public static void toRanking(long callId) {
        navigate(ranking(callId));
    }

    /** Opens the list of calls with a ranking in the current UI. */
    public static void toRankings() {
        navigate(rankings());
    }

    /** Opens the applicant's own application in the current UI. */
    public static void toApplicantApplication(long applicationId) {
        navigate(applicantApplication(applicationId));
    }

    private static void navigate(String location) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate(location);
        }
    }
}
