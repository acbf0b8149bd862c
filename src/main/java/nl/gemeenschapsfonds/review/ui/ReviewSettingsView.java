package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.CallListItem;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.ReviewSettingsService;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrator's screen for how calls are reviewed (issue 21.3, ADR 0027): per call the assessments an
 * application needs, the gap between two total scores that asks for a second opinion, and the cap of applications per
 * reviewer; and which reviewers lead the review. {@code review-settings?call=ID} opens one call; without it the first
 * call of the list is shown.
 */
@Route("review-settings")
@Menu(title = "menu.reviewSettings", order = 31, icon = "SCALE")
@RolesAllowed(Role.ADMIN_)
class ReviewSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewSettingsService service;
    private final Select<CallListItem> call = new Select<>();
    private final ReviewSettingsFields form = new ReviewSettingsFields();
    private final Button save = new Button();
    private final Div leads = new Div();

    ReviewSettingsView(ReviewSettingsService service, CallService calls) {
        this.service = service;
        setId("review-settings-view");
        setMaxWidth("60em");
        List<CallListItem> items = calls.callsOfMyAuthority();
        call.setLabel(getTranslation("reviewSettings.call"));
        call.setId("reviewSettings-call");
        call.setItems(items);
        call.setItemLabelGenerator(item -> item.title(getLocale()));
        call.setWidth("min(100%, 30em)");
        call.setPlaceholder(getTranslation("reviewSettings.choose"));
        call.addValueChangeListener(changed -> {
            if (changed.getValue() != null) {
                show(changed.getValue().id());
                if (changed.isFromClient()) {
                    getUI().ifPresent(ui -> ui.navigate(ReviewSettingsView.class,
                            QueryParameters.of("call", String.valueOf(changed.getValue().id()))));
                }
            }
        });
        save.setText(getTranslation("reviewSettings.save"));
        save.setId("reviewSettings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        leads.setId("reviewSettings-leads");
        form.setVisible(false);
        save.setVisible(false);
        add(new H1(getTranslation("reviewSettings.title")), new Paragraph(getTranslation("reviewSettings.intro")),
                call, form, save, new H2(getTranslation("reviewSettings.leads")),
                new Paragraph(getTranslation("reviewSettings.leads.intro")), leads);
        showLeads();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // walk13: opened from the menu the page showed an empty select and nothing else; it now opens on the first call
        // of the list (the one asked for in the address, when it is ours), so the settings are there at once
        event.getLocation().getQueryParameters().getSingleParameter("call").filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong).flatMap(id -> call.getListDataView().getItems().filter(item -> item.id() == id).findFirst())
                .or(() -> event.getLocation().getQueryParameters().getSingleParameter("call").isPresent() ? java.util.Optional.empty()
                        : call.getListDataView().getItems().findFirst())
                .ifPresent(call::setValue);
    }

    private void show(long callId) {
        ProblemMessages.clear(form.fields());
        form.setValue(service.settings(callId));
        form.setVisible(true);
        save.setVisible(true);
    }

    /** Saves what is on screen; on a refusal every field keeps what was typed and says what is wrong. */
    private void save() {
        if (call.getValue() == null || !form.readyToSend(message -> Notification.show(message, 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR))) {
            return; // a field that cannot read what was typed keeps it; every other problem is marked with it
        }
        try {
            form.setValue(service.save(call.getValue().id(), form.getValue()));
            Notification.show(getTranslation("reviewSettings.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, form.fields(), message -> Notification.show(message, 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private void showLeads() {
        leads.removeAll();
        Set<String> current = service.leads();
        List<AssignmentService.Reviewer> reviewers = service.reviewers();
        if (reviewers.isEmpty()) {
            leads.add(new Paragraph(getTranslation("reviewSettings.leads.none")));
        }
        for (AssignmentService.Reviewer reviewer : reviewers) {
            Checkbox lead = new Checkbox(reviewer.displayName() + " (" + reviewer.email() + ")", current.contains(reviewer.email()));
            lead.setId("reviewSettings-lead-" + reviewer.email().replaceAll("[^a-z0-9]", "-"));
            lead.addValueChangeListener(changed -> {
                try {
                    service.setLead(reviewer.email(), changed.getValue());
                    Notification.show(getTranslation(changed.getValue() ? "reviewSettings.leadGranted" : "reviewSettings.leadRevoked",
                            reviewer.displayName()), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException invalid) {
                    ProblemMessages.show(this, invalid, Map.of(), message -> Notification.show(message, 5000,
                            Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
                    showLeads();
                }
            });
            leads.add(new Div(lead));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviewSettings.title");
    }
}
