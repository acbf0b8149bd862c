package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.payment.CallOption;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filter of {@link PaymentsView} (issue 20): the URL's query parameters ⇄ the filter ⇄ the panel's fields (built
 * when first opened) and the chips. Without {@code due} the payments due within a month; {@code due=all}: all.
 */
final class PaymentFilters {

    static final String DUE = "due";
    static final String ALL = "all";
    static final String CALL = "call";
    static final String YEAR = "year";
    static final String STATUS = "status";

    private final PaymentService payments;
    private final LocalDate today;
    private final java.util.Locale locale;
    private final FilterBar bar;
    private PaymentFilter filter;
    private DatePicker dueUpTo;
    private ComboBox<CallOption> call;
    private Select<Integer> year;
    private Select<PaymentStatus> status;
    private boolean syncing;

    PaymentFilters(PaymentService payments, LocalDate today, java.util.Locale locale) {
        this.payments = payments;
        this.today = today;
        this.locale = locale;
        this.filter = new PaymentFilter(today.plusMonths(1), null, null, Set.of());
        this.bar = new FilterBar(PaymentsView.VIEW, this::buildFilters);
    }

    FilterBar bar() {
        return bar;
    }

    /** The filter the list shows now. */
    PaymentFilter filter() {
        return filter;
    }

    /** The filter panel's fields, built when it is first opened. */
    private Component buildFilters() {
        dueUpTo = DatePickers.create(bar.getTranslation("payments.dueUpTo"), locale);
        dueUpTo.setId("payments-due-up-to");
        dueUpTo.setClearButtonVisible(true);
        call = new ComboBox<>(bar.getTranslation("payments.call"));
        call.setId("payments-call");
        call.setItems(payments.calls());
        call.setItemLabelGenerator(c -> c.title(locale));
        call.setClearButtonVisible(true);
        year = new Select<>();
        year.setLabel(bar.getTranslation("payments.year"));
        year.setId("payments-year");
        year.setItems(payments.years());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(bar.getTranslation("payments.any"));
        year.setItemLabelGenerator(y -> y == null ? bar.getTranslation("payments.any") : String.valueOf(y));
        status = new Select<>();
        status.setLabel(bar.getTranslation("payments.status"));
        status.setId("payments-status");
        status.setItems(PaymentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(bar.getTranslation("payments.any"));
        status.setItemLabelGenerator(s -> s == null ? bar.getTranslation("payments.any") : bar.getTranslation("payment.status." + s));
        syncPanel();
        dueUpTo.addValueChangeListener(event -> fromPanel());
        call.addValueChangeListener(event -> fromPanel());
        year.addValueChangeListener(event -> fromPanel());
        status.addValueChangeListener(event -> fromPanel());
        return FilterBar.fields(dueUpTo, call, year, status);
    }

    private void fromPanel() {
        if (!syncing && !ProblemMessages.unreadable(dueUpTo)) {
            go(new PaymentFilter(dueUpTo.getValue(), call.getValue() == null ? null : call.getValue().id(), year.getValue(),
                    status.getValue() == null ? Set.of() : Set.of(status.getValue())));
        }
    }

    private void syncPanel() {
        if (dueUpTo == null) {
            return;
        }
        syncing = true;
        try {
            dueUpTo.setValue(filter.dueUpTo());
            call.setValue(filter.callId() == null ? null
                    : payments.calls().stream().filter(c -> c.id() == filter.callId()).findFirst().orElse(null));
            year.setValue(filter.year());
            status.setValue(filter.statuses().isEmpty() ? null : filter.statuses().iterator().next());
        } finally {
            syncing = false;
        }
    }

    /** Goes to the list with this filter: the URL changes (bookmarkable), and {@link #beforeEnter} shows it. */
    private void go(PaymentFilter next) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (next.dueUpTo() == null) {
            parameters.put(DUE, ALL);
        } else if (!next.dueUpTo().equals(today.plusMonths(1))) {
            parameters.put(DUE, next.dueUpTo().toString());
        }
        if (next.callId() != null) {
            parameters.put(CALL, String.valueOf(next.callId()));
        }
        if (next.year() != null) {
            parameters.put(YEAR, String.valueOf(next.year()));
        }
        next.statuses().stream().findFirst().ifPresent(s -> parameters.put(STATUS, s.name()));
        bar.getUI().ifPresent(ui -> ui.navigate(PaymentsView.class, QueryParameters.simple(parameters)));
    }

    /** Reads the filter from the URL's query parameters (what cannot be read is left out) and shows it. */
    void read(Map<String, List<String>> parameters) {
        LocalDate due = ALL.equals(FilterBar.parameter(parameters, DUE)) ? null
                : Optional.ofNullable(FilterBar.dateParameter(parameters, DUE)).orElse(today.plusMonths(1));
        Long yearGiven = FilterBar.longParameter(parameters, YEAR);
        PaymentStatus statusGiven = FilterBar.enumParameter(parameters, STATUS, PaymentStatus.class);
        filter = new PaymentFilter(due, FilterBar.longParameter(parameters, CALL),
                yearGiven == null || yearGiven < 2000 || yearGiven > 2100 ? null : yearGiven.intValue(),
                statusGiven == null ? Set.of() : Set.of(statusGiven));
        PaymentFilter f = filter;
        List<FilterBar.Chip> chips = new ArrayList<>();
        if (f.dueUpTo() != null) {
            chips.add(new FilterBar.Chip(DUE, bar.getTranslation("payments.dueUpTo") + ": " + Formats.date(f.dueUpTo(), locale),
                    () -> go(new PaymentFilter(null, f.callId(), f.year(), f.statuses()))));
        }
        if (f.callId() != null) {
            String title = payments.calls().stream().filter(c -> c.id() == f.callId()).map(c -> c.title(locale))
                    .findFirst().orElse(String.valueOf(f.callId()));
            chips.add(new FilterBar.Chip(CALL, bar.getTranslation("payments.call") + ": " + title,
                    () -> go(new PaymentFilter(f.dueUpTo(), null, f.year(), f.statuses()))));
        }
        if (f.year() != null) {
            chips.add(new FilterBar.Chip(YEAR, bar.getTranslation("payments.year") + ": " + f.year(),
                    () -> go(new PaymentFilter(f.dueUpTo(), f.callId(), null, f.statuses()))));
        }
        if (!f.statuses().isEmpty()) {
            chips.add(new FilterBar.Chip(STATUS, bar.getTranslation("payments.status") + ": "
                    + bar.getTranslation("payment.status." + f.statuses().iterator().next()),
                    () -> go(new PaymentFilter(f.dueUpTo(), f.callId(), f.year(), Set.of()))));
        }
        bar.showChips(chips, () -> go(new PaymentFilter(null, null, null, Set.of())));
        syncPanel();
    }
}
