package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ColumnChooser;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.base.ui.GridSelection;
import nl.gemeenschapsfonds.base.ui.ListCells;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.payment.BatchFile;
import nl.gemeenschapsfonds.payment.BatchListItem;
import nl.gemeenschapsfonds.payment.CallOption;
import nl.gemeenschapsfonds.payment.PaymentDatesPolicy;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.payment.PaymentTransitionException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.ViewPreferences;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finance's batch view: the payments of the authority with filters (due date, call, year, status),
 * multi-select to approve, hold or cancel with a reason, release, export the approved ones as a
 * pain.001 file (downloaded through a DownloadHandler), and confirm a batch as paid. Every rule is
 * in {@link PaymentService}; refusals are shown next to the field or as a notification. Issue 20's treatment: one
 * two-line cell (reference and organisation, the call under it), status as a badge with its reason under it, the
 * due date and the amount; IBAN and year switched on per user (remembered); the filters in a panel built when
 * first opened, the active ones as removable chips kept in the URL ({@code ?due=2027-01-05&call=12&year=2027&status=HELD};
 * without {@code due} the payments due within a month, {@code due=all} all).
 */
@Route("payments")
@Menu(title = "menu.payments", order = 50, icon = "MONEY_EXCHANGE")
@RolesAllowed(Role.FINANCE_)
class PaymentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String VIEW = "payments";
    static final List<String> COLUMNS = List.of("dueOn", "amount", "year", "call");
    static final Set<String> DEFAULT_COLUMNS = Set.of("dueOn", "amount", "year");

    private final PaymentService payments;
    private final PaymentFilters filters;
    private final Grid<PaymentListItem> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private List<PaymentListItem> shown = List.of();
    /**
     * Where the actions on chosen payments appear, until the first payment is chosen (issue 20 item 3, pay24): says
     * so, so that nobody looks for missing buttons.
     */
    private Paragraph actionsHint;
    /**
     * The actions on chosen payments: approve, the reason with hold, release and cancel, confirm IBAN, the execution
     * date with export. Built the first time a payment is chosen and kept from then on (issue 20 item 3, pay24: six
     * buttons, a date picker and a text field cost every idle session ~30 KB, as the work queue's bulk actions did).
     * They stay when the choice is cleared, as it is after every action: the keyboard's focus stays on the button
     * just pressed and the typed reason and date stay, as before.
     */
    private TextField reason;
    private DatePicker executionDate;
    private final Div exportResult = new Div();
    private final PaymentBatchesPanel batches;
    private final LocalDate today;

    PaymentsView(PaymentService payments, Clock clock, ViewPreferences preferences) {
        this.payments = payments;
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        this.today = today;
        this.filters = new PaymentFilters(payments, today, getLocale());
        this.batches = new PaymentBatchesPanel(payments, today, this::refresh);
        setId("payments-view");
        add(new H1(getTranslation("payments.title")), new Paragraph(getTranslation("payments.intro")));

        grid.setId("payments-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        GridSelection.named(grid, PaymentListItem::reference, "gridSelection.allPayments");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("payments.title"));
        grid.addColumn(ListCells.<PaymentListItem>twoLines(PaymentListItem::reference, PaymentListItem::organisation,
                        p -> p.iban() == null ? getTranslation("payments.ibanMissing") : p.iban(), null))
                .setKey("reference").setHeader(getTranslation("payments.column.payment")).setFlexGrow(4).setWidth("14em");
        grid.addColumn(ListCells.<PaymentListItem>badgeWithDetail(p -> getTranslation("payment.status." + p.status()),
                        p -> "wq-" + tone(p.status()), this::statusDetail))
                .setKey("status").setHeader(getTranslation("payments.column.status")).setFlexGrow(2).setWidth("10em");
        ColumnChooser<PaymentListItem> columns = new ColumnChooser<>(grid, VIEW, COLUMNS, DEFAULT_COLUMNS, this::column,
                this::columnLabel, new ColumnChooser.Memory(() -> preferences.visibleColumns(VIEW),
                keys -> preferences.rememberVisibleColumns(VIEW, keys)));
        grid.setEmptyStateText(getTranslation("payments.empty"));
        grid.setAllRowsVisible(true);
        total.setId("payments-total");
        grid.addSelectionListener(event -> showTotal());
        filters.bar().addColumnChoice(columns);

        actionsHint = new Paragraph(getTranslation("payments.actionsHint"));
        actionsHint.setId("payments-actions-hint");
        grid.addSelectionListener(event -> {
            if (!event.getAllSelectedItems().isEmpty()) {
                buildActions();
            }
        });

        exportResult.setId("payments-export-result");
        batches.setId("payments-batches");

        RouterLink importStatement = PaymentNavigation.statementImportLink(getTranslation("statement.open"));
        importStatement.setId("payments-import-statement");
        add(filters.bar(), grid, total, actionsHint, exportResult, new H2(getTranslation("payments.batches")),
                new Paragraph(importStatement), batches);
        batches.show();
    }

    /** Puts the actions on chosen payments where the hint was, the first time a payment is chosen. */
    private void buildActions() {
        if (actionsHint == null) {
            return;
        }
        Button approve = new Button(getTranslation("payments.approve"), click -> approve());
        approve.setId("payments-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reason = new TextField(getTranslation("payments.reason"));
        reason.setId("payments-reason");
        reason.setMaxLength(2000);
        reason.setWidth("min(100%, 24rem)");
        Button hold = new Button(getTranslation("payments.hold"), click -> hold());
        hold.setId("payments-hold");
        Button release = new Button(getTranslation("payments.release"), click -> release());
        release.setId("payments-release");
        Button cancel = new Button(getTranslation("payments.cancel"), click -> cancel());
        cancel.setId("payments-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button confirmIban = new Button(getTranslation("payments.confirmIban"), click -> confirmIban());
        confirmIban.setId("payments-confirm-iban");
        HorizontalLayout actions = new HorizontalLayout(approve, reason, hold, release, cancel, confirmIban);
        actions.setId("payments-actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        executionDate = DatePickers.create(getTranslation("payments.executionDate"), getLocale());
        executionDate.setId("payments-execution-date");
        executionDate.setMin(today);
        executionDate.setValue(PaymentDatesPolicy.executionDate(today.plusDays(1)));
        executionDate.setHelperText(getTranslation("payments.executionDateHelper"));
        // as wide as the reason: at the picker's own width its helper ran to five lines, with the field's message under it (pay24's walk)
        executionDate.setWidth("min(100%, 24rem)");
        Button export = new Button(getTranslation("payments.export"), click -> export());
        export.setId("payments-export");
        export.setIcon(VaadinIcon.FILE_CODE.create());
        HorizontalLayout exporting = new HorizontalLayout(executionDate, export);
        exporting.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        exporting.setWrap(true);

        // in the hint's place, between the total and the export's result: the keyboard order is the one it always was
        int at = indexOf(actionsHint);
        remove(actionsHint);
        actionsHint = null;
        addComponentAtIndex(at, actions);
        addComponentAtIndex(at + 1, exporting);
    }

    private Grid.Column<PaymentListItem> column(String key) {
        return switch (key) {
            case "dueOn" -> grid.addColumn(p -> Formats.date(p.dueOn(), getLocale()))
                    .setHeader(getTranslation("payments.column.dueOn")).setAutoWidth(true).setFlexGrow(0);
            case "amount" -> grid.addColumn(p -> Formats.money(p.amount(), getLocale()))
                    .setHeader(getTranslation("payments.column.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            case "year" -> grid.addColumn(PaymentListItem::year).setHeader(getTranslation("payments.year")).setAutoWidth(true)
                    .setFlexGrow(0);
            default -> grid.addColumn(p -> p.callTitle() == null ? "" : p.callTitle())
                    .setHeader(getTranslation("payments.call")).setFlexGrow(1).setWidth("10em");
        };
    }

    private String columnLabel(String key) {
        return switch (key) {
            case "dueOn" -> getTranslation("payments.column.dueOn");
            case "amount" -> getTranslation("payments.column.amount");
            case "year" -> getTranslation("payments.year");
            default -> getTranslation("payments.call");
        };
    }

    private static String tone(PaymentStatus status) {
        return switch (status) {
            case PAID -> "granted";
            case APPROVED -> "awaiting_decision";
            case HELD, CANCELLED -> "refused";
            case SCHEDULED -> "scheduled";
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    /** What the badge does not say: the reason of a hold or cancellation, an export, a changed account. */
    private String statusDetail(PaymentListItem payment) {
        String text = "";
        if (payment.status() == PaymentStatus.HELD && payment.heldReason() != null) {
            text += ": " + (PaymentSchedule.NO_IBAN_REASON.equals(payment.heldReason())
                    ? getTranslation("payments.heldNoIban") : payment.heldReason());
        }
        if (payment.status() == PaymentStatus.CANCELLED && payment.cancelReason() != null) {
            // a cancellation by a settlement is stored as a marker with the reference: shown in the user's language
            text += ": " + (payment.cancelReason().startsWith(nl.gemeenschapsfonds.payment.AdvanceCancellation.REASON)
                    ? getTranslation("payments.cancelledBySettlement",
                    payment.cancelReason().substring(nl.gemeenschapsfonds.payment.AdvanceCancellation.REASON.length()))
                    : payment.cancelReason());
        }
        if (payment.batchId() != null && payment.status() == PaymentStatus.APPROVED) {
            text += " (" + getTranslation("payments.exportedMark", String.valueOf(payment.batchId())) + ")";
        }
        if (payment.ibanChanged()) {
            text += " (" + (payment.newIban() == null ? getTranslation("payments.ibanRemovedMark")
                    : getTranslation("payments.ibanChangedMark", payment.newIban())) + ")";
        }
        return text;
    }

    private void refresh() {
        grid.deselectAll();
        shown = payments.payments(filters.filter());
        grid.setItems(shown);
        showTotal();
    }

    /** What finance approves or exports adds up to this: the listed payments and the chosen ones. */
    private void showTotal() {
        total.setText(getTranslation("payments.total", String.valueOf(shown.size()), Formats.money(sum(shown), getLocale()),
                String.valueOf(grid.getSelectedItems().size()), Formats.money(sum(grid.getSelectedItems()), getLocale())));
    }

    private static java.math.BigDecimal sum(java.util.Collection<PaymentListItem> items) {
        return items.stream().map(PaymentListItem::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private List<Long> selected() {
        return grid.getSelectedItems().stream().map(PaymentListItem::id).toList();
    }

    private void approve() {
        List<Long> ids = selected();
        if (act(() -> payments.approve(ids))) {
            success(getTranslation("payments.approved", ids.size()));
        }
    }

    private void hold() {
        Long id = single();
        if (id != null && act(() -> payments.hold(id, reason.getValue()))) {
            reason.clear();
            success(getTranslation("payments.held"));
        }
    }

    private void release() {
        Long id = single();
        if (id != null && act(() -> payments.release(id))) {
            success(getTranslation("payments.released"));
        }
    }

    private void cancel() {
        Long id = single();
        if (id != null && act(() -> payments.cancel(id, reason.getValue()))) {
            reason.clear();
            success(getTranslation("payments.cancelled"));
        }
    }

    private void confirmIban() {
        Long id = single();
        // the account finance sees in the grid is the one confirmed, not a later change
        String seen = id == null ? null : grid.getSelectedItems().iterator().next().newIban();
        if (id != null && act(() -> payments.confirmIban(id, seen))) {
            success(getTranslation("payments.ibanConfirmed"));
        }
    }

    private void export() {
        if (ProblemMessages.unreadable(executionDate)) {
            // typed text that is no date: say so at the field and keep it (the service would only see "no date")
            executionDate.setErrorMessage(getTranslation("validation.dateUnreadable", getTranslation("date.placeholder")));
            executionDate.setInvalid(true);
            error(getTranslation("form.unreadable"));
            return;
        }
        List<Long> ids = selected();
        BatchFile[] file = new BatchFile[1];
        if (act(() -> file[0] = payments.export(ids, executionDate.getValue()))) {
            BatchListItem batch = payments.batches().stream().filter(b -> b.id() == file[0].batchId()).findFirst().orElseThrow();
            exportResult.removeAll();
            Paragraph done = new Paragraph(getTranslation("payments.exported", batch.messageId(),
                    batch.numberOfTransactions(), Formats.money(batch.controlSum(), getLocale())) + " "
                    + getTranslation("payments.exportedOn", Formats.date(batch.executionDate(), getLocale())));
            Anchor download = batches.download(file[0].batchId(), file[0].fileName());
            download.setId("payments-export-download");
            exportResult.add(done, download);
            batches.show();
        }
    }

    private Long single() {
        List<Long> ids = selected();
        if (ids.size() != 1) {
            error(getTranslation(ids.isEmpty() ? "payments.noneSelected" : "payments.selectOne"));
            return null;
        }
        return ids.getFirst();
    }

    /** Runs a service call; shows a refusal and answers false, or refreshes the grid and answers true. */
    private boolean act(Runnable action) {
        reason.setInvalid(false);
        executionDate.setInvalid(false);
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, Map.of("reason", reason, "executionDate", executionDate), this::error);
            return false;
        } catch (BudgetRefusedException refused) {
            error(getTranslation("payments.ledgerRefused"));
            return false;
        } catch (PaymentTransitionException illegal) {
            error(getTranslation("payments.illegalTransition", illegal.reference(),
                    getTranslation("payment.status." + illegal.status())));
            refresh();
            return false;
        }
        refresh();
        return true;
    }

    private void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
