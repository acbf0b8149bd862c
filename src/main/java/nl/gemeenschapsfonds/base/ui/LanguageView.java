package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import nl.gemeenschapsfonds.base.i18n.Translations;
import org.springframework.context.ApplicationEventPublisher;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the user menu's {@link LanguageLink} leads: {@code language?to=en&back=work-queue%3Fstatus%3DSUBMITTED}
 * switches this session to the language (remembered in the cookie, and for the user as {@link LanguageChosen}) and
 * forwards to the page the user came from, which is then built in the new language. It has no layout of its own
 * ({@code autoLayout = false}): the layout of the page it forwards to is built after the switch. {@code back} is a
 * path inside the application; anything else (an address elsewhere, {@code ..}) leads to the start page. It switches
 * only with the session's {@code token} that the link carries: the switch is remembered for the user and sets the
 * language of their mail and letters, so a link from another site (a GET that the browser sends with the session
 * cookie) must not change it; without the token the page just goes back.
 */
@Route(value = LanguageView.ROUTE, autoLayout = false)
@PermitAll
public final class LanguageView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "language";
    static final String TO = "to";
    static final String BACK = "back";
    static final String TOKEN = "token";
    private static final String TOKEN_ATTRIBUTE = LanguageView.class.getName() + ".token";
    /** A relative path with its query: letters, digits and the characters of a route and its parameters. */
    private static final Pattern INSIDE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%=&+,-]*(\\?[A-Za-z0-9/_.~%=&+,:-]*)?");

    private final transient AuthenticationContext authentication;
    private final transient ApplicationEventPublisher events;

    LanguageView(AuthenticationContext authentication, ApplicationEventPublisher events) {
        this.authentication = authentication;
        this.events = events;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        // without a language (the address typed or followed bare) nothing is switched: the page just goes back
        String expected = token();
        boolean fromTheLink = !expected.isEmpty() && parameters.getSingleParameter(TOKEN).filter(expected::equals).isPresent();
        parameters.getSingleParameter(TO).filter(language -> fromTheLink).map(Locale::of).map(Translations::supported).ifPresent(chosen -> {
            LanguageSwitch.apply(chosen);
            // the page was bootstrapped in the old language before this view switched: its <html lang> too (WCAG 3.1.1;
            // a screen reader pronounces the page by it); the pages loaded after this one get it from the session
            event.getUI().getPage().executeJs("document.documentElement.lang = $0", chosen.getLanguage());
            authentication.getPrincipalName().ifPresent(username -> events.publishEvent(new LanguageChosen(username, chosen)));
        });
        Location back = parameters.getSingleParameter(BACK).filter(LanguageView::inside).map(Location::new)
                .orElseGet(() -> new Location(""));
        event.forwardTo(back.getPath(), back.getQueryParameters());
    }

    /** This session's token for the language link (random, made at its first use); empty without a session. */
    static String token() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return "";
        }
        Object token = session.getAttribute(TOKEN_ATTRIBUTE);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(TOKEN_ATTRIBUTE, token);
        }
        return token.toString();
    }

    static boolean inside(String location) {
        return INSIDE.matcher(location).matches() && !location.contains("..") && !location.contains("//");
    }
}
