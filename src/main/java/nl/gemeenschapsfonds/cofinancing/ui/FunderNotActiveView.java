package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.gemeenschapsfonds.cofinancing.FunderNotActiveException;

/**
 * A funder's user is still signed in while an administrator switched the funder off (or has not activated
 * it): the funder pages say so and offer to sign out, instead of the page for unexpected errors.
 */
@PermitAll
public class FunderNotActiveView extends VerticalLayout implements HasErrorParameter<FunderNotActiveException> {

    private final transient AuthenticationContext authentication;

    FunderNotActiveView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<FunderNotActiveException> parameter) {
        removeAll();
        setId("funder-inactive-view");
        Button signOut = new Button(getTranslation("funderInactive.signOut"), click -> authentication.logout());
        signOut.setId("funder-inactive-sign-out");
        add(new H1(getTranslation("funderInactive.title")), new Paragraph(getTranslation("pledge.validation.funderInactive")),
                signOut);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
