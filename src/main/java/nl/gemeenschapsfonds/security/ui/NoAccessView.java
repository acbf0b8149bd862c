package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.ui.LanguageSwitch;

import java.util.Set;

/**
 * Where a person lands whom their identity provider signed in but who has no access here: no role in
 * the mapping, an account of another authority or organisation, a sign-in not strong enough. Says why
 * (the {@code reason} the sign-in left), and what to do, without telling anything about other accounts.
 */
@Route(value = "no-access", autoLayout = false)
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("no-role", "other-authority", "assurance", "email-taken", "no-email",
            "unknown-organisation", "other-organisation", "not-linked", "disabled", "configuration", "failed");

    private final Paragraph reason = new Paragraph();
    private final Anchor register = new Anchor("register", "");

    NoAccessView() {
        setId("no-access-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, language);
        H1 title = new H1(getTranslation("noAccess.title"));
        title.setId("no-access-title");
        reason.setId("no-access-reason");
        reason.setMaxWidth("36em");
        register.setText(getTranslation("noAccess.register"));
        register.setId("no-access-register");
        register.setVisible(false);
        Anchor back = new Anchor("login", getTranslation("noAccess.back"));
        back.setId("no-access-back");
        add(language, title, reason, register, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("failed");
        String known = REASONS.contains(code) ? code : "failed";
        reason.setText(getTranslation("noAccess.reason." + known));
        register.setVisible("unknown-organisation".equals(known) || "not-linked".equals(known));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noAccess.title") + " | " + getTranslation("app.name");
    }
}
