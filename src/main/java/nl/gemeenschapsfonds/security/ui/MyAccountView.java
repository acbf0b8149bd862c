package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.base.ui.ComponentTexts;
import nl.gemeenschapsfonds.security.AccountPageSection;
import nl.gemeenschapsfonds.security.AccountSettings;
import nl.gemeenschapsfonds.security.InvalidPasswordException;
import nl.gemeenschapsfonds.security.PasswordPolicy;
import nl.gemeenschapsfonds.security.SecondFactorRefusedException;
import nl.gemeenschapsfonds.security.SecondFactors;

/**
 * "Mijn account": change the password (the current one first; other sessions end) and the sign-in
 * address (it counts once the link mailed to the new address is opened). Every refusal is said at the
 * field, and what was typed stays.
 */
@Route("account")
@Menu(title = "menu.account", order = 95, icon = "USER")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSettings settings;

    private final SecondFactors secondFactors;

    MyAccountView(AccountSettings settings, SecondFactors secondFactors, java.util.List<AccountPageSection> sections) {
        this.settings = settings;
        this.secondFactors = secondFactors;
        setId("my-account-view");
        setMaxWidth("40em");
        Paragraph address = new Paragraph(getTranslation("myAccount.currentEmail", settings.currentEmail()));
        address.setId("my-account-email");
        add(new H1(getTranslation("myAccount.title")), address, passwordSection(), emailSection());
        if (secondFactors.status().localSignIn()) {
            add(secondFactorSection());
        }
        // sections of other modules (issue 17: the privacy module's "Mijn gegevens")
        sections.stream().sorted(java.util.Comparator.comparingInt(AccountPageSection::order)).map(AccountPageSection::create)
                .filter(java.util.Objects::nonNull).forEach(this::add);
    }

    /** The second factor: required for staff (nothing to switch), optional for applicants and funders. */
    private VerticalLayout secondFactorSection() {
        VerticalLayout section = new VerticalLayout();
        section.setId("my-account-second-factor");
        section.setPadding(false);
        SecondFactors.Status status = secondFactors.status();
        section.add(new H2(getTranslation("secondFactor.account.title")));
        Paragraph state = new Paragraph(getTranslation(status.enabled() ? "secondFactor.account.on" : "secondFactor.account.off"));
        state.setId("second-factor-state");
        section.add(state);
        if (status.required()) {
            section.add(new Paragraph(getTranslation("secondFactor.account.required")));
        } else if (status.enabled()) {
            TextField code = SecondFactorEnrolment.codeField("second-factor-off-code");
            code.setAutofocus(false);
            Button off = new Button(getTranslation("secondFactor.account.switchOff"), click -> {
                try {
                    secondFactors.switchOff(code.getValue());
                } catch (SecondFactorRefusedException refused) {
                    code.setErrorMessage(getTranslation(refused.key()));
                    code.setInvalid(true);
                    return;
                }
                replace(section, secondFactorSection());
            });
            off.setId("second-factor-switch-off");
            section.add(code, off);
        } else {
            Button on = new Button(getTranslation("secondFactor.account.switchOn"));
            on.setId("second-factor-switch-on");
            on.addClickListener(click -> {
                on.setVisible(false);
                section.add(new SecondFactorEnrolment(secondFactors, () -> replace(section, secondFactorSection())));
            });
            section.add(on);
        }
        return section;
    }

    private VerticalLayout passwordSection() {
        PasswordField current = currentPasswordField("change-password-current");
        PasswordField password = ComponentTexts.named(new PasswordField(getTranslation("reset.newPassword")));
        password.setId("change-password-new");
        password.setWidthFull();
        password.setHelperText(getTranslation("account.password.helper", PasswordPolicy.messageArguments()));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordField repeat = ComponentTexts.named(new PasswordField(getTranslation("account.passwordRepeat")));
        repeat.setId("change-password-repeat");
        repeat.setWidthFull();
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Paragraph done = new Paragraph();
        done.setId("change-password-done");
        done.setVisible(false);
        Button save = new Button(getTranslation("myAccount.password.submit"), click -> {
            current.setInvalid(false);
            password.setInvalid(false);
            repeat.setInvalid(false);
            done.setVisible(false);
            // every field that can be checked here says so at once: not one message per press of the button
            if (current.isEmpty()) {
                current.setErrorMessage(getTranslation("validation.required"));
                current.setInvalid(true);
            }
            PasswordPolicy.violation(password.getValue(), settings.currentEmail()).ifPresent(key -> {
                password.setErrorMessage(getTranslation(key, PasswordPolicy.messageArguments()));
                password.setInvalid(true);
            });
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
            }
            if (current.isInvalid() || password.isInvalid() || repeat.isInvalid()) {
                return;
            }
            try {
                settings.changePassword(current.getValue(), password.getValue());
            } catch (InvalidPasswordException refused) {
                PasswordField field = "account.current.wrong".equals(refused.key()) ? current : password;
                field.setErrorMessage(getTranslation(refused.key(), PasswordPolicy.messageArguments()));
                field.setInvalid(true);
                return;
            }
            current.clear();
            password.clear();
            repeat.clear();
            done.setText(getTranslation("myAccount.password.done"));
            done.setVisible(true);
        });
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("myAccount.password.title")), current, password, repeat, save, done);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout emailSection() {
        EmailField email = new EmailField(getTranslation("myAccount.email.new"));
        email.setId("change-email-new");
        email.setWidthFull();
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("account.validation.email"));
        PasswordField current = currentPasswordField("change-email-current");
        Paragraph sent = new Paragraph();
        sent.setId("change-email-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("myAccount.email.submit"), click -> {
            current.setInvalid(false);
            sent.setVisible(false);
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("account.validation.email"));
                email.setInvalid(true);
            }
            if (current.isEmpty()) {
                current.setErrorMessage(getTranslation("validation.required"));
                current.setInvalid(true);
            }
            if (email.isInvalid() || current.isInvalid()) {
                return;
            }
            try {
                settings.requestEmailChange(email.getValue(), current.getValue(), getLocale());
            } catch (InvalidPasswordException refused) {
                current.setErrorMessage(getTranslation(refused.key()));
                current.setInvalid(true);
                return;
            } catch (IllegalArgumentException notAnAddress) {
                email.setErrorMessage(getTranslation("account.validation.email"));
                email.setInvalid(true);
                return;
            }
            current.clear();
            sent.setText(getTranslation("myAccount.email.sent", email.getValue()));
            sent.setVisible(true);
        });
        send.setId("change-email-send");
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("myAccount.email.title")),
                new Paragraph(getTranslation("myAccount.email.intro")), email, current, send, sent);
        section.setPadding(false);
        return section;
    }

    private PasswordField currentPasswordField(String id) {
        PasswordField current = ComponentTexts.named(new PasswordField(getTranslation("myAccount.currentPassword")));
        current.setId(id);
        current.setWidthFull();
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myAccount.title") + " | " + getTranslation("app.name");
    }
}
