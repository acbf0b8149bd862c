package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.records.FundRetention;
import nl.gemeenschapsfonds.records.HoldKind;
import nl.gemeenschapsfonds.records.RetentionFacts;
import nl.gemeenschapsfonds.records.RetentionService;
import nl.gemeenschapsfonds.security.Role;

import java.util.Map;
import java.util.Optional;

/**
 * The administrator's retention page (issue 17 item 1): the retention term per outcome for each fund, and a legal hold
 * on one application, looked up by its reference.
 */
@Route(RetentionView.ROUTE)
@Menu(title = "menu.records.retention", order = 92, icon = "ARCHIVE")
@RolesAllowed(Role.ADMIN_)
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/retention";

    private final RetentionService retention;
    private final Div holdArea = new Div();

    RetentionView(RetentionService retention) {
        this.retention = retention;
        setId("retention-view");
        setMaxWidth("60em");
        add(new H1(getTranslation("records.retention.title")), new Paragraph(getTranslation("records.retention.intro")));
        add(new H2(getTranslation("records.terms.title")));
        for (FundRetention fund : retention.fundsOfMyAuthority()) {
            add(fundSection(fund));
        }
        add(new H2(getTranslation("records.hold.title")), new Paragraph(getTranslation("records.hold.intro")));
        TextField reference = new TextField(getTranslation("records.hold.reference"));
        reference.setId("hold-reference");
        Button find = new Button(getTranslation("records.hold.find"), click -> show(reference));
        find.setId("hold-find");
        HorizontalLayout lookup = new HorizontalLayout(reference, find);
        lookup.setAlignItems(Alignment.BASELINE);
        holdArea.setId("hold-area");
        add(lookup, holdArea);
    }

    private VerticalLayout fundSection(FundRetention fund) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("terms-fund-" + fund.fundId());
        RetentionTermsForm form = new RetentionTermsForm("terms-" + fund.fundId());
        form.setValue(fund.terms());
        Button save = new Button(getTranslation("records.terms.save"));
        save.setId("terms-save-" + fund.fundId());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            form.fields().values().forEach(field -> field.setInvalid(false));
            try {
                retention.saveTerms(fund.fundId(), form.getValue());
                Notification.show(getTranslation("records.terms.saved", fund.fundName()));
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, form.fields(), Notification::show);
            }
        });
        section.add(new H3(fund.fundName()), form, save);
        return section;
    }

    private void show(TextField reference) {
        reference.setInvalid(false);
        holdArea.removeAll();
        Optional<RetentionFacts> found = retention.retentionOf(reference.getValue());
        if (found.isEmpty()) {
            reference.setErrorMessage(getTranslation("records.hold.notFound"));
            reference.setInvalid(true);
            return;
        }
        RetentionFacts facts = found.get();
        holdArea.add(new RetentionPanel(facts));
        if (facts.destroyedAt() != null) {
            return;
        }
        Select<HoldKind> kind = new Select<>();
        kind.setLabel(getTranslation("records.hold.kind"));
        kind.setId("hold-kind");
        kind.setItems(HoldKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("records.hold.kind." + k.name()));
        TextArea reason = new TextArea(getTranslation("records.hold.reason"));
        reason.setId("hold-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("holdKind", kind, "holdReason", reason);
        Button set = new Button(getTranslation("records.hold.set"), click -> {
            kind.setInvalid(false);
            reason.setInvalid(false);
            try {
                retention.setHold(facts.applicationId(), kind.getValue(), reason.getValue());
                Notification.show(getTranslation("records.hold.setDone", facts.reference()));
                show(reference);
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, fields, Notification::show);
            }
        });
        set.setId("hold-set");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button lift = new Button(getTranslation("records.hold.lift"), click -> {
            reason.setInvalid(false);
            try {
                retention.liftHold(facts.applicationId(), reason.getValue());
                Notification.show(getTranslation("records.hold.liftDone", facts.reference()));
                show(reference);
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, fields, Notification::show);
            }
        });
        lift.setId("hold-lift");
        lift.setEnabled(facts.hold() != null);
        holdArea.add(kind, reason, new HorizontalLayout(set, lift));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.retention.title");
    }
}
