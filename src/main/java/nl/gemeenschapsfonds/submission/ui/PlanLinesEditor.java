package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.base.ui.FieldGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FundingSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of the cost budget (category, year, description, amount) or of the financing plan (source,
 * year, description, amount; hours × hourly rate for volunteer hours). Every change is reported, so
 * the totals next to it follow what is typed.
 */
class PlanLinesEditor<K extends Enum<K>> extends FieldGroup {

    private final Class<K> kinds;
    private final String idPrefix;
    private final Runnable onChange;
    private final List<Row<K>> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();
    private int defaultYear;

    private static final class Row<K> {
        final HorizontalLayout layout = new HorizontalLayout();
        final Select<K> kind = new Select<>();
        final WholeNumberField year = new WholeNumberField();
        final TextField description = new TextField();
        final DecimalField amount = new DecimalField();
        final DecimalField hours = new DecimalField();
        final DecimalField rate = new DecimalField();
    }

    PlanLinesEditor(Class<K> kinds, String idPrefix, Runnable onChange) {
        this.kinds = kinds;
        this.idPrefix = idPrefix;
        this.onChange = onChange;
        getContent().setId(idPrefix);
        rowLayout.setPadding(false);
        Button add = new Button(getTranslation(idPrefix + ".add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null, defaultYear, null, null, null, null);
            onChange.run();
        });
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(rowLayout, errorLine(), add);
    }

    void setDefaultYear(int year) {
        this.defaultYear = year;
    }

    void setCostLines(List<CostLine> lines) {
        clear();
        lines.forEach(line -> addRow(kinds.cast(line.category()), line.year(), line.description(), line.amount(), null, null));
    }

    void setFinancingLines(List<FinancingLine> lines) {
        clear();
        lines.forEach(line -> addRow(kinds.cast(line.source()), line.year(), line.description(), line.amount(),
                line.hours(), line.hourlyRate()));
    }

    private void clear() {
        rows.clear();
        rowLayout.removeAll();
    }

    private void addRow(K kind, Integer year, String description, BigDecimal amount, BigDecimal hours, BigDecimal rate) {
        Row<K> row = new Row<>();
        String prefix = idPrefix;
        row.kind.setLabel(getTranslation(prefix + ".kind"));
        row.kind.setItems(kinds.getEnumConstants());
        row.kind.setItemLabelGenerator(k -> getTranslation(prefix + ".kind." + k.name()));
        row.kind.setValue(kind);
        row.kind.setWidth("14em");
        row.year.setLabel(getTranslation("plan.year"));
        row.year.setValue(year);
        row.year.setMin(2000);
        row.year.setMax(2100);
        row.year.setWidth("7em");
        row.description.setLabel(getTranslation("plan.description"));
        row.description.setMaxLength(500);
        row.description.setValue(description == null ? "" : description);
        row.description.setValueChangeMode(ValueChangeMode.LAZY);
        row.amount.setLabel(getTranslation("plan.amount"));
        row.amount.setPrefixComponent(new Span("€"));
        row.amount.setValue(amount);
        row.amount.setWidth("11em");
        row.amount.setValueChangeMode(ValueChangeMode.LAZY);
        row.hours.setLabel(getTranslation("plan.hours"));
        row.hours.setMoney(false);
        row.hours.setValue(hours);
        row.hours.setWidth("7em");
        row.hours.setValueChangeMode(ValueChangeMode.LAZY);
        row.rate.setLabel(getTranslation("plan.hourlyRate"));
        row.rate.setPrefixComponent(new Span("€"));
        row.rate.setValue(rate);
        row.rate.setWidth("8em");
        row.rate.setValueChangeMode(ValueChangeMode.LAZY);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            rowLayout.remove(row.layout);
            onChange.run();
        });
        remove.setAriaLabel(getTranslation("plan.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        // class names let a browser test (and a person's user style) tell the text fields of a row apart
        row.year.addClassName("plan-year");
        row.description.addClassName("plan-description");
        row.amount.addClassName("plan-amount");
        row.hours.addClassName("plan-hours");
        row.rate.addClassName("plan-rate");
        row.layout.add(row.kind, row.year, row.description, row.amount, row.hours, row.rate, remove);
        row.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.layout.setWrap(true);
        showInKindFields(row);
        row.kind.addValueChangeListener(e -> {
            showInKindFields(row);
            onChange.run();
        });
        row.year.addValueChangeListener(e -> onChange.run());
        row.amount.addValueChangeListener(e -> onChange.run());
        row.hours.addValueChangeListener(e -> {
            showInKindFields(row);
            onChange.run();
        });
        row.rate.addValueChangeListener(e -> {
            showInKindFields(row);
            onChange.run();
        });
        row.description.addValueChangeListener(e -> onChange.run());
        rows.add(row);
        rowLayout.add(row.layout);
    }

    private void showInKindFields(Row<K> row) {
        boolean inKind = row.kind.getValue() == FundingSource.IN_KIND;
        row.hours.setVisible(inKind);
        row.rate.setVisible(inKind);
        row.amount.setReadOnly(inKind);
        if (inKind) {
            // hours × rate is what counts, so "Bedrag" shows it (read-only) as soon as both are there
            row.amount.setValue(row.hours.getValue() == null || row.rate.getValue() == null ? null
                    : row.hours.getValue().multiply(row.rate.getValue()).setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    List<CostLine> costLines() {
        return rows.stream().map(row -> new CostLine((CostCategory) row.kind.getValue(), year(row), row.description.getValue(),
                row.amount.getValue())).toList();
    }

    List<FinancingLine> financingLines() {
        return rows.stream().map(row -> new FinancingLine((FundingSource) row.kind.getValue(), year(row),
                row.description.getValue(), row.amount.getValue(), row.hours.getValue(), row.rate.getValue())).toList();
    }

    /** Lines complete enough to be counted and saved; incomplete rows stay on screen. */
    List<CostLine> completeCostLines() {
        return costLines().stream().filter(l -> l.category() != null && l.amount() != null && l.year() > 0).toList();
    }

    List<FinancingLine> completeFinancingLines() {
        return financingLines().stream().filter(l -> l.source() != null && l.amount() != null && l.year() > 0).toList();
    }

    boolean hasIncompleteRows() {
        return rows.stream().anyMatch(row -> row.kind.getValue() == null || row.year.getValue() == null
                || (row.kind.getValue() == FundingSource.IN_KIND
                ? row.hours.getValue() == null || row.rate.getValue() == null
                : row.amount.getValue() == null));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private static int year(Row<?> row) {
        return Objects.requireNonNullElse(row.year.getValue(), 0);
    }
}
