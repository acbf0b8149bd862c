package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.security.SecondFactorRefusedException;
import nl.gemeenschapsfonds.security.SecondFactors;

import java.util.Base64;
import java.util.List;

/**
 * Setting up the authenticator: the QR code (a PNG drawn on the server, in the page itself, so it cannot be
 * fetched again) and the secret as text, shown once; a code from the app confirms it; then the ten recovery
 * codes, shown once, and a button to go on.
 */
class SecondFactorEnrolment extends VerticalLayout {

    SecondFactorEnrolment(SecondFactors secondFactors, Runnable done) {
        setPadding(false);
        setId("second-factor-enrolment");
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment();
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng()),
                getTranslation("secondFactor.enrol.qrAlt"));
        qr.setId("second-factor-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Paragraph secret = new Paragraph(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("second-factor-secret");
        secret.getStyle().set("font-family", "monospace");
        TextField code = codeField("second-factor-enrol-code");
        Button confirm = new Button(getTranslation("secondFactor.enrol.confirm"));
        confirm.setId("second-factor-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            List<String> recoveryCodes;
            try {
                recoveryCodes = secondFactors.confirmEnrolment(enrolment, code.getValue());
            } catch (SecondFactorRefusedException refused) {
                code.setErrorMessage(getTranslation(refused.key()));
                code.setInvalid(true);
                return;
            }
            removeAll();
            add(recoveryCodes(recoveryCodes, done));
        });
        add(new H2(getTranslation("secondFactor.enrol.title")), new Paragraph(getTranslation("secondFactor.enrol.intro")),
                qr, new Paragraph(getTranslation("secondFactor.enrol.secret")), secret, code, confirm);
    }

    private Div recoveryCodes(List<String> codes, Runnable done) {
        UnorderedList list = new UnorderedList();
        list.setId("second-factor-recovery-codes");
        list.getStyle().set("font-family", "monospace");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button next = new Button(getTranslation("secondFactor.recovery.done"), click -> done.run());
        next.setId("second-factor-recovery-done");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2(getTranslation("secondFactor.recovery.title")),
                new Paragraph(getTranslation("secondFactor.recovery.intro")), list, next);
    }

    /** A field for a six-digit code (or a recovery code), as phones offer one-time codes. */
    static TextField codeField(String id) {
        TextField code = new TextField();
        code.setLabel(code.getTranslation("secondFactor.code"));
        code.setId(id);
        code.setMaxLength(20);
        // wide enough for a recovery code and for its error message to read as a sentence, not a column of words
        code.setWidthFull();
        code.setMaxWidth("22em");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        return code;
    }
}
