package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The layout's "Afmelden": a plain HTML form that posts to Spring Security's {@code /logout} with the session's CSRF
 * token, instead of a Vaadin {@code Button} whose click listener called {@code AuthenticationContext.logout()}. Every
 * signed-in session held that button (~4 KB: its state node, listeners and text node, issue 20 item 3); the form is one
 * {@link Html} component whose content the server never looks at again. Signing out does the same: Spring Security's
 * logout handlers end the session and lead to {@code /login?logout}. A post from a page whose session has already ended
 * goes there too ({@code security.EndedSessionSignOutFilter}), not to a refusal of its token.
 */
final class SignOutForm {

    static final String BUTTON_ID = "logout";

    private SignOutForm() {
    }

    /** The form with the current request's CSRF token (a masked copy of the session's, valid until it signs in anew). */
    static Html create(String label) {
        return new Html("<form method=\"post\" action=\"logout\" class=\"sign-out\">" + tokenField()
                + "<button type=\"submit\" id=\"" + BUTTON_ID + "\" class=\"sign-out-button\">" + HtmlUtils.htmlEscape(label)
                + "</button></form>");
    }

    private static String tokenField() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return ""; // no Spring Security in front (a unit test's request): the post is refused, the form still shows
        }
        return "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(token.getParameterName()) + "\" value=\""
                + HtmlUtils.htmlEscape(token.getToken()) + "\">";
    }
}
