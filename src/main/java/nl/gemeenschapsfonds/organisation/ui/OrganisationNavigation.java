package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.UI;
import org.springframework.modulith.NamedInterface;

/**
 * The routes of the organisation pages, typed: other views navigate and link with these instead of writing the path.
 * The views stay package-private.
 */
@NamedInterface("navigation")
public final class OrganisationNavigation {

    static final String PROFILE = "organisation";
    static final String REGISTER = "register";
    static final String FUNDER_REGISTER = "funder/register";

    private OrganisationNavigation() {
    }

    /** The profile of the signed-in applicant's organisation. */
    public static void toProfile() {
        UI.getCurrent().navigate(PROFILE);
    }

    /** The link to an organisation's registration (applicants). */
    public static String registerHref() {
        return REGISTER;
    }

    /** The link to a funder's registration. */
    public static String funderRegisterHref() {
        return FUNDER_REGISTER;
    }
}
