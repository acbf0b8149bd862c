package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.UI;
import org.springframework.modulith.NamedInterface;

/**
 * The routes of the co-financing pages, typed: other views navigate and link with these instead of writing the
 * path. The views stay package-private.
 */
@NamedInterface("navigation")
public final class CofinancingNavigation {

    static final String PROJECTS = "funder/projects";
    static final String MARKETPLACE = "funder/marketplace";

    private CofinancingNavigation() {
    }

    /** The link to a project's page for a funder. */
    public static String projectHref(long applicationId) {
        return PROJECTS + "/" + applicationId;
    }

    /** A project's page for a funder. */
    public static void toProject(long applicationId) {
        UI.getCurrent().navigate(projectHref(applicationId));
    }

    /** The funder's own pledges and projects (their start page). */
    public static String projectsHref() {
        return PROJECTS;
    }

    /** The projects that seek co-financing. */
    public static void toMarketplace() {
        UI.getCurrent().navigate(MARKETPLACE);
    }
}
