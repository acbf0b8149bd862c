package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.mail.DevMailbox;
import nl.gemeenschapsfonds.security.Role;

/**
 * The mails the application sent, newest first, while {@code app.mail.mode=log}: registration
 * and invitation links can be followed without a mail server. With {@code smtp} the page only
 * says that mails go out through the mail server (Mailpit in docker-compose).
 */
@Route("dev/mailbox")
@Menu(title = "menu.devMailbox", order = 90, icon = "ENVELOPE")
@RolesAllowed(Role.ADMIN_)
class DevMailboxView extends VerticalLayout implements HasDynamicTitle {

    private final DevMailbox mailbox;
    private final Div mails = new Div();

    DevMailboxView(DevMailbox mailbox) {
        this.mailbox = mailbox;
        setId("dev-mailbox-view");
        add(new H1(getTranslation("devMailbox.title")));
        if (!mailbox.active()) {
            Paragraph smtp = new Paragraph(getTranslation("devMailbox.smtp"));
            smtp.setId("dev-mailbox-smtp");
            add(smtp);
            return;
        }
        Button refresh = new Button(getTranslation("devMailbox.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("dev-mailbox-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mails.setId("dev-mailbox-mails");
        mails.setWidthFull();
        add(new Paragraph(getTranslation("devMailbox.intro")), refresh, mails);
        refresh();
    }

    private void refresh() {
        mails.removeAll();
        var received = mailbox.mails();
        if (received.isEmpty()) {
            mails.add(new Paragraph(getTranslation("devMailbox.empty")));
            return;
        }
        for (DevMailbox.Received mail : received) {
            Div item = new Div();
            item.addClassName("dev-mail");
            Paragraph meta = new Paragraph(getTranslation("devMailbox.meta", mail.mail().to(),
                    Formats.dateTime(mail.at(), getLocale())));
            meta.addClassName("dev-mail-meta");
            Pre text = new Pre();
            text.add(linked(mail.mail().text()));
            text.addClassName("dev-mail-text");
            item.add(new H3(mail.mail().subject()), meta, text);
            mails.add(item);
        }
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    /** The mail's text with every web address as a link to click (the text is shown as text, never as HTML). */
    static java.util.List<com.vaadin.flow.component.Component> linked(String text) {
        java.util.List<com.vaadin.flow.component.Component> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher link = LINK.matcher(text == null ? "" : text);
        int from = 0;
        while (link.find()) {
            if (link.start() > from) {
                parts.add(new com.vaadin.flow.component.Text(text.substring(from, link.start())));
            }
            com.vaadin.flow.component.html.Anchor anchor = new com.vaadin.flow.component.html.Anchor(link.group(), link.group());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener");
            anchor.addClassName("dev-mail-link");
            parts.add(anchor);
            from = link.end();
        }
        if (text != null && from < text.length()) {
            parts.add(new com.vaadin.flow.component.Text(text.substring(from)));
        }
        return parts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devMailbox.title");
    }
}
