package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final String CARRIED = "fund.eligibilityAnswers";

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

    /**
     * Keeps the answers of a call's eligibility check in the visitor's session (issue 21, ADR 0026), so they go into
     * the application when it is started, also after registering or signing in first.
     */
    static void carryEligibility(long callId, Map<String, String> answers) {
        carried().put(callId, Map.copyOf(answers));
    }

    static void forgetEligibility(long callId) {
        carried().remove(callId);
    }

    /** The answers of the call's eligibility check this visitor gave in this session (empty when none). */
    public static Map<String, String> carriedEligibility(long callId) {
        return VaadinSession.getCurrent() == null ? Map.of() : carried().getOrDefault(callId, Map.of());
    }

    /** The check's answers went into an application: they are not offered again. */
    public static void eligibilityCarried(long callId) {
        if (VaadinSession.getCurrent() != null) {
            forgetEligibility(callId);
        }
    }

    /** The link to a call's public eligibility check. */
    public static String eligibilityCheckHref(long callId) {
        return CALLS + "/" + callId + "/check";
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Map<String, String>> carried() {
        VaadinSession session = VaadinSession.getCurrent();
        Object held = session.getAttribute(CARRIED);
        if (held == null) {
            held = new ConcurrentHashMap<Long, Map<String, String>>();
            session.setAttribute(CARRIED, held);
        }
        return (Map<Long, Map<String, String>>) held;
    }

    private static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
