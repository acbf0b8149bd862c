package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;

/**
 * The routes of the fund pages, typed: other views navigate with these instead of writing the path. The views stay
 * package-private.
 */
@NamedInterface("navigation")
public final class FundNavigation {

    static final String FUNDS = "funds";
    static final String CALLS = "calls";

    private FundNavigation() {
    }

    /** The funds and calls of the authority. */
    public static void toFunds() {
        navigate(FUNDS);
    }

    /** The editor of a fund. */
    public static void toFund(long fundId) {
        navigate(FUNDS + "/" + fundId);
    }

    /** The editor of a new fund. */
    public static void toNewFund() {
        navigate(FUNDS + "/new");
    }

    /** The editor of a call. */
    public static void toCall(long callId) {
        navigate(CALLS + "/" + callId);
    }

    /** The editor of a new call in this fund. */
    public static void toNewCall(long fundId) {
        UI.getCurrent().navigate(CALLS + "/new", QueryParameters.of("fund", String.valueOf(fundId)));
    }

    /** The link to the public list of calls. */
    public static String publicCallsHref() {
        return CALLS;
    }

    private static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
