package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.SecondFactorRefusedException;
import nl.gemeenschapsfonds.security.SecondFactors;

/**
 * An administrator removes the second factor of a user who lost the phone and the recovery codes: a staff
 * member of the own authority, or an applicant or funder. The user is mailed and sets up a new one at the
 * next sign-in; the audit trail records who did it.
 */
@Route("admin/second-factor")
@Menu(title = "menu.secondFactorReset", order = 91, icon = "KEY")
@RolesAllowed(Role.ADMIN_)
class SecondFactorResetView extends VerticalLayout implements HasDynamicTitle {

    SecondFactorResetView(SecondFactors secondFactors) {
        setId("second-factor-reset-view");
        setMaxWidth("40em");
        EmailField email = new EmailField(getTranslation("login.username"));
        email.setId("second-factor-reset-email");
        email.setWidthFull();
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        Paragraph done = new Paragraph();
        done.setId("second-factor-reset-done");
        done.setVisible(false);
        Button reset = new Button(getTranslation("secondFactor.reset.submit"), click -> {
            done.setVisible(false);
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("account.validation.email"));
                email.setInvalid(true);
                return;
            }
            try {
                secondFactors.reset(email.getValue());
            } catch (SecondFactorRefusedException refused) {
                email.setErrorMessage(getTranslation(refused.key()));
                email.setInvalid(true);
                return;
            }
            done.setText(getTranslation("secondFactor.reset.done", email.getValue()));
            done.setVisible(true);
            email.clear();
        });
        reset.setId("second-factor-reset-submit");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("secondFactor.reset.title")), new Paragraph(getTranslation("secondFactor.reset.intro")),
                email, reset, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.reset.title") + " | " + getTranslation("app.name");
    }
}
