package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.base.ui.HomeView;
import nl.gemeenschapsfonds.security.SecondFactorRefusedException;
import nl.gemeenschapsfonds.security.SecondFactors;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The second step of a password sign-in that needs a second factor: the code of the authenticator app (or
 * a recovery code), or, the first time, setting the app up. Every other page sends such a sign-in here
 * ({@link SecondFactorGate}); once the code is right the user goes on to the start page.
 */
@Route(value = "second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends AccountPage implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactors secondFactors;
    private final AuthenticationContext authentication;

    SecondFactorView(SecondFactors secondFactors, AuthenticationContext authentication) {
        super("second-factor-view");
        this.secondFactors = secondFactors;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SecondFactors.isPending(SecurityContextHolder.getContext().getAuthentication())) {
            event.forwardTo("");
            return;
        }
        content.removeAll();
        content.add(new H1(getTranslation("secondFactor.title")));
        if (secondFactors.status().enabled()) {
            content.add(codeForm());
        } else {
            content.add(new Paragraph(getTranslation("secondFactor.enrol.required")),
                    new SecondFactorEnrolment(secondFactors, this::toStart));
        }
        Button signOut = new Button(getTranslation("secondFactor.signOut"), click -> authentication.logout());
        signOut.setId("second-factor-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(signOut);
    }

    private Component codeForm() {
        TextField code = SecondFactorEnrolment.codeField("second-factor-code");
        code.setHelperText(getTranslation("secondFactor.code.helper"));
        Button submit = new Button(getTranslation("secondFactor.submit"), click -> {
            try {
                secondFactors.verify(code.getValue());
            } catch (SecondFactorRefusedException refused) {
                code.setErrorMessage(getTranslation(refused.key()));
                code.setInvalid(true);
                return;
            }
            toStart();
        });
        submit.setId("second-factor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(
                new Paragraph(getTranslation("secondFactor.intro")), code, submit);
        form.setPadding(false);
        return form;
    }

    /**
     * On to the user's work: straight to it (issue 20 item 5), not through the start page, which would build the
     * signed-in layout and the start view only to forward from them.
     */
    private void toStart() {
        getUI().ifPresent(ui -> ui.navigate(HomeView.homeOf(authentication).orElse("")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title") + " | " + getTranslation("app.name");
    }
}
