package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.KvkNumber;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.submission.CoApplicantItem;
import nl.gemeenschapsfonds.submission.CoApplicants;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;

import java.util.List;
import java.util.Map;

/**
 * The wizard's section on partner organisations (issue 21, ADR 0030): the applicant names a registered organisation by
 * its KvK number (the name it is registered under shows at the field as soon as the number is complete) and its role.
 * Each partner is saved when added, and each role when it is changed, like everything else in the wizard; a wrong
 * number or an empty role is refused at its field and what was typed stays.
 */
class CoApplicantsEditor extends Composite<VerticalLayout> {

    private final CoApplicants coApplicants;
    private final TextField kvk = new TextField();
    private final TextField role = new TextField();
    private final Button add = new Button();
    private final Div list = new Div();
    private long applicationId;

    CoApplicantsEditor(CoApplicants coApplicants) {
        this.coApplicants = coApplicants;
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("coapp-editor");
        kvk.setLabel(getTranslation("coapp.kvk"));
        kvk.setId("coapp-kvk");
        kvk.setMaxLength(12);
        kvk.setWidth("12em");
        kvk.setValueChangeMode(ValueChangeMode.LAZY);
        kvk.addValueChangeListener(changed -> lookUp());
        role.setLabel(getTranslation("coapp.role"));
        role.setId("coapp-role");
        role.setMaxLength(200);
        role.setWidth("min(100%, 24em)");
        role.addValueChangeListener(changed -> role.setInvalid(false));
        add.setText(getTranslation("coapp.add"));
        add.setId("coapp-add");
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add.addClickListener(click -> addPartner());
        list.setId("coapp-list");
        FlexLayout fields = new FlexLayout(kvk, role, add);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        box.add(new H3(getTranslation("coapp.heading")), new Paragraph(getTranslation("coapp.intro")), list, fields);
    }

    /** Shows the partners of this application; {@code editable} while it is a draft (frozen from submission on). */
    void show(long applicationId, boolean editable) {
        this.applicationId = applicationId;
        kvk.setVisible(editable);
        role.setVisible(editable);
        add.setVisible(editable);
        refresh(coApplicants.of(applicationId), editable);
    }

    private void refresh(List<CoApplicantItem> partners, boolean editable) {
        list.removeAll();
        for (CoApplicantItem partner : partners) {
            list.add(row(partner, editable));
        }
        if (partners.isEmpty()) {
            list.add(new Paragraph(getTranslation("coapp.none")));
        }
    }

    private FlexLayout row(CoApplicantItem partner, boolean editable) {
        Span name = new Span(getTranslation("coapp.partner", partner.legalName(), partner.kvkNumber()));
        name.setMinWidth("12em");
        FlexLayout row = new FlexLayout(name);
        row.setId("coapp-row-" + partner.organisationId());
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        if (!editable) {
            row.add(new Span(partner.role()));
            return row;
        }
        TextField partnerRole = new TextField(getTranslation("coapp.role"), partner.role(), "");
        partnerRole.setId("coapp-role-" + partner.organisationId());
        partnerRole.setMaxLength(200);
        partnerRole.setWidth("min(100%, 24em)");
        // saved as it is typed, like the wizard's other fields
        partnerRole.setValueChangeMode(ValueChangeMode.LAZY);
        partnerRole.addValueChangeListener(changed -> {
            partnerRole.setInvalid(false);
            save(() -> coApplicants.changeRole(applicationId, partner.organisationId(), changed.getValue()),
                    Map.of("coApplicantRole", partnerRole));
        });
        Button remove = new Button(getTranslation("coapp.remove"), click -> save(() -> {
            coApplicants.remove(applicationId, partner.organisationId());
            refresh(coApplicants.of(applicationId), true);
        }, Map.of()));
        remove.setId("coapp-remove-" + partner.organisationId());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("coapp.removeLabel", partner.legalName()));
        row.add(partnerRole, remove);
        return row;
    }

    /** Shows the registered name under a complete number, or at once that no organisation is registered with it. */
    private void lookUp() {
        kvk.setInvalid(false);
        kvk.setHelperText(null);
        if (!KvkNumber.isValid(kvk.getValue())) {
            return;
        }
        coApplicants.registeredName(kvk.getValue()).ifPresentOrElse(kvk::setHelperText, () -> {
            kvk.setErrorMessage(getTranslation("coapp.kvk.unknown", new KvkNumber(kvk.getValue()).value()));
            kvk.setInvalid(true);
        });
    }

    private void addPartner() {
        kvk.setInvalid(false);
        role.setInvalid(false);
        boolean added = save(() -> coApplicants.add(applicationId, kvk.getValue(), role.getValue()),
                Map.of("coApplicantKvk", kvk, "coApplicantRole", role));
        if (added) {
            kvk.clear();
            role.clear();
            kvk.setHelperText(null);
            refresh(coApplicants.of(applicationId), true);
            kvk.focus();
        }
    }

    private boolean save(Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } catch (IllegalTransitionException frozen) {
            Notification.show(getTranslation("coapp.frozen"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
