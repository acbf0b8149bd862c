package nl.gemeenschapsfonds.register.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.register.RegisterAdministration;
import nl.gemeenschapsfonds.register.RegisterAdministration.CallThreshold;
import nl.gemeenschapsfonds.register.RegisterAdministration.HeldBack;
import nl.gemeenschapsfonds.security.Role;

import java.util.Locale;
import java.util.Map;

/**
 * The administrator's choices about the authority's part of the public register: the minimum amount per call,
 * grants held back with a reason (audited), and the authority's org-id in the 360Giving files.
 */
@Route("admin/register")
@Menu(title = "menu.grantRegister", order = 46, icon = "BOOK")
@RolesAllowed(Role.ADMIN_)
class RegisterAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RegisterAdministration administration;
    private final ComboBox<CallThreshold> call = new ComboBox<>();
    private final DecimalField minimum = new DecimalField();
    private final Grid<CallThreshold> thresholds = new Grid<>();
    private final TextField reference = new TextField();
    private final TextArea reason = new TextArea();
    private final Grid<HeldBack> held = new Grid<>();
    private final TextField orgId = new TextField();

    RegisterAdminView(RegisterAdministration administration) {
        this.administration = administration;
        setId("register-admin-view");
        Locale locale = getLocale();
        add(new H1(getTranslation("grantRegister.admin.title")), new Paragraph(getTranslation("grantRegister.admin.intro")));

        add(new H2(getTranslation("grantRegister.admin.thresholds")));
        call.setId("register-admin-call");
        call.setLabel(getTranslation("grantRegister.column.call"));
        call.setItemLabelGenerator(c -> "en".equals(locale.getLanguage()) ? c.titleEn() : c.titleNl());
        call.addValueChangeListener(e -> minimum.setValue(e.getValue() == null ? null : e.getValue().minimum()));
        minimum.setId("register-admin-minimum");
        minimum.setLabel(getTranslation("grantRegister.admin.minimum"));
        minimum.setHelperText(getTranslation("grantRegister.admin.minimumHelp"));
        Button saveMinimum = new Button(getTranslation("grantRegister.admin.saveMinimum"), e -> saveMinimum());
        saveMinimum.setId("register-admin-save-minimum");
        HorizontalLayout thresholdForm = new HorizontalLayout(call, minimum, saveMinimum);
        thresholdForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        thresholds.setId("register-admin-thresholds");
        thresholds.getElement().setAttribute("aria-label", getTranslation("grantRegister.admin.thresholds"));
        thresholds.addColumn(c -> "en".equals(locale.getLanguage()) ? c.titleEn() : c.titleNl())
                .setHeader(getTranslation("grantRegister.column.call")).setAutoWidth(true);
        thresholds.addColumn(c -> c.minimum() == null ? getTranslation("grantRegister.admin.noMinimum") : Formats.money(c.minimum(), locale))
                .setHeader(getTranslation("grantRegister.admin.minimum")).setAutoWidth(true);
        thresholds.setAllRowsVisible(true);
        add(thresholdForm, thresholds);

        add(new H2(getTranslation("grantRegister.admin.holdBack")));
        reference.setId("register-admin-reference");
        reference.setLabel(getTranslation("grantRegister.column.reference"));
        reason.setId("register-admin-reason");
        reason.setLabel(getTranslation("grantRegister.admin.reason"));
        reason.setMaxLength(2000);
        reason.setWidth("30em");
        Button hold = new Button(getTranslation("grantRegister.admin.hold"), e -> holdBack());
        hold.setId("register-admin-hold");
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout holdForm = new HorizontalLayout(reference, reason, hold);
        holdForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        held.setId("register-admin-held");
        held.getElement().setAttribute("aria-label", getTranslation("grantRegister.admin.heldBack"));
        held.addColumn(HeldBack::reference).setHeader(getTranslation("grantRegister.column.reference")).setAutoWidth(true);
        held.addColumn(HeldBack::title).setHeader(getTranslation("grantRegister.column.title")).setAutoWidth(true);
        held.addColumn(HeldBack::reason).setHeader(getTranslation("grantRegister.admin.reason")).setAutoWidth(true);
        held.addColumn(HeldBack::heldBy).setHeader(getTranslation("grantRegister.admin.heldBy")).setAutoWidth(true);
        held.addColumn(h -> Formats.dateTime(h.heldAt(), locale)).setHeader(getTranslation("grantRegister.admin.heldAt")).setAutoWidth(true);
        held.addComponentColumn(h -> {
            Button release = new Button(getTranslation("grantRegister.admin.release"), e -> release(h.reference()));
            release.setId("register-admin-release-" + h.reference());
            return release;
        }).setHeader(getTranslation("grantRegister.admin.actions"));
        held.setAllRowsVisible(true);
        held.setEmptyStateText(getTranslation("grantRegister.admin.noneHeldBack"));
        add(holdForm, held);

        add(new H2(getTranslation("grantRegister.admin.funderId")));
        orgId.setId("register-admin-org-id");
        orgId.setLabel(getTranslation("grantRegister.admin.orgId"));
        orgId.setHelperText(getTranslation("grantRegister.admin.orgIdHelp"));
        orgId.setWidth("30em");
        Button saveOrgId = new Button(getTranslation("grantRegister.admin.saveOrgId"), e -> saveOrgId());
        saveOrgId.setId("register-admin-save-org-id");
        HorizontalLayout orgForm = new HorizontalLayout(orgId, saveOrgId);
        orgForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(orgForm);
        orgId.setValue(administration.funderIdentifier().orElse(""));
        refresh();
    }

    private void refresh() {
        var list = administration.thresholds();
        CallThreshold chosen = call.getValue();
        call.setItems(list);
        if (chosen != null) {
            list.stream().filter(c -> c.callId() == chosen.callId()).findFirst().ifPresent(call::setValue);
        }
        thresholds.setItems(list);
        held.setItems(administration.heldBack());
    }

    private void saveMinimum() {
        Map<String, HasValidation> fields = Map.of("minimum", minimum, "call", call);
        if (ProblemMessages.anyUnreadable(fields.values())) {
            return;
        }
        ProblemMessages.clear(fields);
        if (call.getValue() == null) {
            call.setErrorMessage(getTranslation("grantRegister.admin.callRequired"));
            call.setInvalid(true);
            return;
        }
        try {
            administration.setThreshold(call.getValue().callId(), minimum.getValue());
            Notification.show(getTranslation("grantRegister.admin.saved"));
            refresh();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, Notification::show);
        }
    }

    private void holdBack() {
        Map<String, HasValidation> fields = Map.of("reference", reference, "reason", reason);
        ProblemMessages.clear(fields);
        try {
            administration.holdBack(reference.getValue(), reason.getValue());
            reference.clear();
            reason.clear();
            Notification.show(getTranslation("grantRegister.admin.heldNotice"));
            refresh();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, Notification::show);
        }
    }

    private void release(String grant) {
        administration.release(grant);
        Notification.show(getTranslation("grantRegister.admin.releasedNotice", grant));
        refresh();
    }

    private void saveOrgId() {
        Map<String, HasValidation> fields = Map.of("orgId", orgId);
        ProblemMessages.clear(fields);
        try {
            administration.setFunderIdentifier(orgId.getValue());
            Notification.show(getTranslation("grantRegister.admin.saved"));
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, Notification::show);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantRegister.admin.title") + " | " + getTranslation("app.name");
    }
}
