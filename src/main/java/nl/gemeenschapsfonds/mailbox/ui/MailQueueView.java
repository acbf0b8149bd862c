package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.mail.MailOutbox;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.Role;

/**
 * The mails not sent yet: waiting for another attempt (the SMTP server refused or was down) or failed after all
 * attempts, with the last error; the administrator sends one again. Sent mails do not show here.
 */
@Route("admin/mail")
@Menu(title = "menu.mailQueue", order = 89, icon = "ENVELOPES")
@RolesAllowed(Role.ADMIN_)
class MailQueueView extends VerticalLayout implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final Mailer mailer;
    private final Grid<MailOutbox.Item> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    MailQueueView(MailOutbox outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
        setId("mail-queue-view");
        Button refresh = new Button(getTranslation("mailQueue.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("mail-queue-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        empty.setId("mail-queue-empty");
        empty.setText(getTranslation("mailQueue.empty"));
        grid.setId("mail-queue-grid");
        grid.setAriaLabel(getTranslation("mailQueue.title"));
        grid.setAllRowsVisible(true);
        // five columns fit at 1280 px (eight did not): subject over recipient, status over attempts, created over next
        // attempt; each cell wraps instead of ending in "…", subject and error have the whole text in a tooltip
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> twoLines(item.subject(), getTranslation("mailQueue.to", item.recipient())))
                .setHeader(getTranslation("mailQueue.column.mail")).setKey("mail").setFlexGrow(3)
                .setTooltipGenerator(item -> item.subject() + " — " + item.recipient());
        grid.addComponentColumn(item -> twoLines(getTranslation("mailQueue.status." + item.status()),
                        getTranslation("mailQueue.attemptsCount", item.attempts())))
                .setHeader(getTranslation("mailQueue.column.status")).setKey("status").setFlexGrow(1);
        grid.addComponentColumn(item -> twoLines(Formats.dateTime(item.createdAt(), getLocale()),
                        "FAILED".equals(item.status()) ? "" : getTranslation("mailQueue.nextAt",
                                Formats.dateTime(item.nextAttemptAt(), getLocale()))))
                .setHeader(getTranslation("mailQueue.column.when")).setKey("when").setFlexGrow(1);
        grid.addColumn(item -> shortError(item.lastError())).setHeader(getTranslation("mailQueue.column.error"))
                .setKey("error").setFlexGrow(2).setTooltipGenerator(item -> item.lastError() == null ? "" : item.lastError());
        grid.addComponentColumn(item -> {
            Button resend = new Button(getTranslation("mailQueue.resend"), click -> resend(item));
            resend.addClassName("mail-queue-resend");
            resend.setAriaLabel(getTranslation("mailQueue.resendLabel", item.recipient(), item.subject()));
            resend.setEnabled(!"SENDING".equals(item.status()));
            return resend;
        }).setKey("resend").setAutoWidth(true).setFlexGrow(0);
        add(new H1(getTranslation("mailQueue.title")), new Paragraph(getTranslation("mailQueue.intro")), refresh, empty, grid);
        refresh();
    }

    private void resend(MailOutbox.Item item) {
        boolean sent = mailer.resend(item.id());
        Notification.show(getTranslation(sent ? "mailQueue.sent" : "mailQueue.notSent", item.recipient()), 4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void refresh() {
        var items = outbox.unsent();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailQueue.title");
    }

    /** A cell of two lines: the main one, and a quieter one under it. */
    private static com.vaadin.flow.component.html.Div twoLines(String main, String second) {
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(main));
        cell.addClassName("cell-two-lines");
        if (second != null && !second.isBlank()) {
            com.vaadin.flow.component.html.Span under = new com.vaadin.flow.component.html.Span(second);
            under.addClassName("cell-second");
            cell.add(under);
        }
        return cell;
    }

    /**
     * The error as the column shows it: its first line, at most 120 characters (a Java exception from the mail server
     * can run to many lines); the whole text is in the cell's tooltip.
     */
    static String shortError(String error) {
        if (error == null || error.isBlank()) {
            return "";
        }
        String first = error.strip().lines().findFirst().orElse("");
        return first.length() <= 120 ? first : first.substring(0, 119).strip() + "…";
    }
}
