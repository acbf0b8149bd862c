package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.Member;
import nl.gemeenschapsfonds.organisation.OpenInvitation;
import nl.gemeenschapsfonds.security.EmailNotConfirmedException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The users of the signed-in user's own organisation or funder, the invitations still open, and a field to
 * invite a colleague by mail. A refused address stays in the field with the message.
 */
class MembersSection extends VerticalLayout {

    private final Grid<Member> grid = new Grid<>();
    private final Div invitations = new Div();
    private final EmailField email = new EmailField();
    private final transient Supplier<List<Member>> members;
    private final transient Supplier<List<OpenInvitation>> openInvitations;
    private final transient BiConsumer<String, Locale> invite;

    MembersSection(Supplier<List<Member>> members, Supplier<List<OpenInvitation>> openInvitations,
                   BiConsumer<String, Locale> invite) {
        this.members = members;
        this.openInvitations = openInvitations;
        this.invite = invite;
        setId("members-section");
        setPadding(false);
        grid.setId("members-grid");
        grid.setAriaLabel(getTranslation("members.title"));
        grid.addColumn(member -> member.you() ? getTranslation("members.you", member.displayName()) : member.displayName())
                .setHeader(getTranslation("members.name")).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("members.email")).setFlexGrow(2);
        grid.addColumn(member -> getTranslation(member.emailConfirmed() ? "members.confirmed" : "members.unconfirmed"))
                .setHeader(getTranslation("members.status"));
        grid.setAllRowsVisible(true);
        invitations.setId("open-invitations");

        email.setLabel(getTranslation("members.invite.email"));
        email.setId("invite-email");
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("account.validation.email"));
        Button send = new Button(getTranslation("members.invite.send"), click -> invite());
        send.setId("invite-send");
        HorizontalLayout inviteRow = new HorizontalLayout(email, send);
        inviteRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("members.title")), grid, invitations, new Paragraph(getTranslation("members.invite.intro")),
                inviteRow);
        refresh();
    }

    private void invite() {
        email.setInvalid(false);
        String address = email.getValue().strip();
        try {
            invite.accept(address, getLocale());
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, Map.of("email", email), this::error);
            return;
        } catch (EmailNotConfirmedException unconfirmed) {
            error(getTranslation("email.notConfirmed"));
            return;
        }
        email.clear();
        Notification.show(getTranslation("members.invite.sent", address), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(members.get());
        invitations.removeAll();
        for (OpenInvitation invitation : openInvitations.get()) {
            invitations.add(new Paragraph(getTranslation("members.invited", invitation.email(),
                    Formats.dateTime(invitation.expiresAt(), getLocale()))));
        }
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
