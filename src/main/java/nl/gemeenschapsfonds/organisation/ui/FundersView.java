package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.FunderData;
import nl.gemeenschapsfonds.organisation.FunderKind;
import nl.gemeenschapsfonds.organisation.FunderListItem;
import nl.gemeenschapsfonds.organisation.FunderRegistration;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.organisation.PendingFunder;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.base.ui.RequiredSelect;

import java.util.Map;

/**
 * The administrator's funders: the registrations waiting for a decision (activate, or reject with a
 * reason), all funders, the form to create or change one, and its users with the invitation by mail.
 */
@Route("admin/funders")
@Menu(title = "menu.funders", order = 32, icon = "INSTITUTION")
@RolesAllowed(Role.ADMIN_)
class FundersView extends VerticalLayout implements HasDynamicTitle {

    private final Funders funders;
    private final VerticalLayout pending = new VerticalLayout();
    private final Grid<FunderListItem> grid = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();
    private final H2 editorTitle = new H2();
    private final TextField name = new TextField();
    private final Select<FunderKind> kind = new Select<>();
    private final TextField kvkNumber = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactEmail = new TextField();
    private final TextField contactPhone = new TextField();
    private final Checkbox active = new Checkbox();
    private final VerticalLayout users = new VerticalLayout();
    private final TextField inviteEmail = new TextField();
    private final Map<String, HasValidation> fields;
    private FunderData editing = FunderData.blank();

    FundersView(Funders funders) {
        this.funders = funders;
        setId("funders-view");
        setMaxWidth("80em");
        add(new H1(getTranslation("funders.title")), new Paragraph(getTranslation("funders.intro")));

        pending.setId("funders-pending");
        pending.setPadding(false);
        add(new H2(getTranslation("funders.pending")), pending);

        grid.setId("funders-grid");
        grid.setAriaLabel(getTranslation("funders.all"));
        // the names as wide as they are; the short columns keep their own width and take none of the rest (walk24:
        // with every column growing, "Stichting Samen Tegen E…" was cut off at 1280 px with room to spare)
        grid.addColumn(FunderListItem::name).setHeader(getTranslation("funders.name")).setKey("name").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(item -> getTranslation("funderKind." + item.kind())).setHeader(getTranslation("funders.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::statusText).setHeader(getTranslation("funders.status")).setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.contactName() == null ? "" : item.contactName()).setHeader(getTranslation("funders.contactName"))
                .setKey("contact").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(FunderListItem::users).setHeader(getTranslation("funders.users")).setKey("users").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(funders.funder(e.getValue().id()));
            }
        });
        Button create = new Button(getTranslation("funders.new"), click -> {
            grid.deselectAll();
            edit(FunderData.blank());
        });
        create.setId("funder-new");
        add(new H2(getTranslation("funders.all")), grid, create);

        name.setLabel(getTranslation("funders.name"));
        name.setId("funder-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        RequiredSelect.label(kind, getTranslation("funders.kind"));
        kind.setId("funder-kind");
        kind.setItems(FunderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("funderKind." + k));
        kvkNumber.setLabel(getTranslation("funders.kvkNumber"));
        kvkNumber.setHelperText(getTranslation("funders.kvkNumber.helper"));
        kvkNumber.setId("funder-kvk");
        kvkNumber.setMaxLength(12);
        contactName.setLabel(getTranslation("funders.contactName"));
        contactName.setId("funder-contact-name");
        contactName.setMaxLength(200);
        contactEmail.setLabel(getTranslation("funders.contactEmail"));
        contactEmail.setId("funder-contact-email");
        contactEmail.setMaxLength(254);
        contactPhone.setLabel(getTranslation("funders.contactPhone"));
        contactPhone.setId("funder-contact-phone");
        contactPhone.setMaxLength(30);
        active.setLabel(getTranslation("funders.active"));
        active.setId("funder-active");
        fields = Map.of("name", name, "kind", kind, "kvkNumber", kvkNumber, "contactName", contactName,
                "contactEmail", contactEmail, "contactPhone", contactPhone, "email", inviteEmail);
        Button save = new Button(getTranslation("funders.save"), click -> save());
        save.setId("funder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.setId("funder-editor");
        editor.setPadding(false);
        editor.add(editorTitle, new FormLayout(name, kind, kvkNumber, contactName, contactEmail, contactPhone, active), save);

        users.setId("funder-users");
        users.setPadding(false);
        inviteEmail.setLabel(getTranslation("funders.inviteEmail"));
        inviteEmail.setId("funder-invite-email");
        inviteEmail.setMaxLength(254);
        add(editor, users);
        refresh();
        edit(FunderData.blank());
    }

    private String statusText(FunderListItem item) {
        if (item.registration() != FunderRegistration.ACTIVE) {
            return getTranslation("funderRegistration." + item.registration());
        }
        return getTranslation(item.active() ? "funders.isActive" : "funders.isInactive");
    }

    private void refresh() {
        pending.removeAll();
        var waiting = funders.pending();
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("funders.noPending")));
        }
        waiting.forEach(p -> pending.add(pendingCard(p)));
        grid.setItems(funders.all());
    }

    private Div pendingCard(PendingFunder p) {
        Div card = new Div();
        card.setId("pending-" + p.id());
        card.addClassName("pledge-card");
        card.add(new H3(p.name() + " — " + getTranslation("funderKind." + p.kind())));
        card.add(new Paragraph(getTranslation("funders.pendingBy", p.contactName(), p.contactEmail(),
                Formats.dateTime(p.registeredAt(), getLocale()),
                getTranslation(p.emailConfirmed() ? "funders.emailConfirmed" : "funders.emailNotConfirmed"))));
        TextField reason = new TextField(getTranslation("funders.rejectReason"));
        reason.setId("funder-reject-reason-" + p.id());
        reason.setMaxLength(2000);
        Button activate = new Button(getTranslation("funders.activate"), click -> run(() -> funders.activate(p.id(), p.version()),
                "funders.activated", Map.of()));
        activate.setId("funder-activate-" + p.id());
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("funders.reject"), click -> run(() -> funders.reject(p.id(), p.version(),
                reason.getValue()), "funders.rejected", Map.of("reason", reason)));
        reject.setId("funder-reject-" + p.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(activate, reason, reject);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        card.add(actions);
        return card;
    }

    private void edit(FunderData data) {
        editing = data;
        ProblemMessages.clear(fields);
        editorTitle.setText(data.id() == null ? getTranslation("funders.new") : getTranslation("funders.edit", data.name()));
        name.setValue(data.name());
        kind.setValue(data.kind());
        kvkNumber.setValue(data.kvkNumber() == null ? "" : data.kvkNumber());
        contactName.setValue(data.contactName() == null ? "" : data.contactName());
        contactEmail.setValue(data.contactEmail() == null ? "" : data.contactEmail());
        contactPhone.setValue(data.contactPhone() == null ? "" : data.contactPhone());
        active.setValue(data.active());
        // Activating a registration is a decision of its own, above; the switch is for funders already accepted.
        active.setEnabled(data.registration() == FunderRegistration.ACTIVE);
        showUsers();
    }

    private void showUsers() {
        users.removeAll();
        if (editing.id() == null) {
            return;
        }
        long id = editing.id();
        users.add(new H3(getTranslation("funders.usersOf", editing.name())));
        UnorderedList list = new UnorderedList();
        list.setId("funder-user-list");
        funders.users(id).forEach(user -> list.add(new ListItem(user.displayName() + " <" + user.email() + ">"
                + (user.emailConfirmed() ? "" : " — " + getTranslation("funders.emailNotConfirmed")))));
        funders.openInvitations(id).forEach(invitation -> list.add(new ListItem(getTranslation("funders.invitedUntil",
                invitation.email(), Formats.dateTime(invitation.expiresAt(), getLocale())))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("funders.noUsers")));
        }
        Button invite = new Button(getTranslation("funders.invite"), click -> {
            if (run(() -> funders.invite(id, inviteEmail.getValue(), getLocale()), "funders.invited", Map.of("email", inviteEmail))) {
                inviteEmail.clear();
                showUsers();
            }
        });
        invite.setId("funder-invite");
        HorizontalLayout row = new HorizontalLayout(inviteEmail, invite);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        users.add(list, row);
    }

    private void save() {
        FunderData data = new FunderData(editing.id(), editing.version(), name.getValue(), kind.getValue(), kvkNumber.getValue(),
                contactName.getValue(), contactEmail.getValue(), contactPhone.getValue(), active.getValue(),
                editing.registration(), editing.rejectionReason());
        long[] saved = new long[1];
        if (run(() -> saved[0] = funders.save(data), "funders.saved", fields)) {
            refresh();
            edit(funders.funder(saved[0]));
        }
    }

    /** Runs an action; a refusal shows at its field (nothing typed is lost), anything else as a notification. */
    private boolean run(Runnable action, String successKey, Map<String, ? extends HasValidation> at) {
        ProblemMessages.clear(at);
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, at, message -> notify(message, NotificationVariant.LUMO_ERROR));
            return false;
        } catch (ConcurrentEditException conflict) {
            notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
            refresh();
            return false;
        }
        notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        if (!successKey.equals("funders.saved") && !successKey.equals("funders.invited")) {
            refresh();
        }
        return true;
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funders.title");
    }
}
