package nl.gemeenschapsfonds.fund.ui;

import nl.gemeenschapsfonds.base.ui.FieldGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An amount per year: the council's budget of a fund, or a call's ceilings. Rows of year and amount
 * that the user adds and removes; what they type stays as typed until they remove it.
 */
class YearAmountsEditor extends FieldGroup {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();
    private final String amountLabel;
    private final int firstYear;

    private record Row(HorizontalLayout layout, WholeNumberField year, DecimalField amount) {
    }

    YearAmountsEditor(String id, String heading, String amountLabel, int firstYear) {
        this.amountLabel = amountLabel;
        this.firstYear = firstYear;
        getContent().setId(id);
        rowLayout.setPadding(false);
        Button add = new Button(getTranslation("yearAmounts.add"), VaadinIcon.PLUS.create(), click -> addRow(null, null));
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span title = new Span(heading);
        title.addClassName("field-heading");
        getContent().add(title, rowLayout, errorLine(), add);
    }

    void setValue(SortedMap<Integer, BigDecimal> amounts) {
        rows.clear();
        rowLayout.removeAll();
        amounts.forEach(this::addRow);
    }

    private void addRow(Integer year, BigDecimal amount) {
        WholeNumberField yearField = new WholeNumberField(getTranslation("yearAmounts.year"));
        yearField.setMin(2000);
        yearField.setMax(2100);
        yearField.setStepButtonsVisible(true);
        yearField.setValue(year != null ? year : nextYear());
        // four digits and the step buttons side by side, never "202 7"
        yearField.setWidth("10em");
        DecimalField amountField = new DecimalField(amountLabel);
        amountField.setPrefixComponent(new Span("€"));
        amountField.setValue(amount);
        amountField.setHelperText(getTranslation("yearAmounts.helper"));
        Row row = new Row(new HorizontalLayout(), yearField, amountField);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            rowLayout.remove(row.layout());
        });
        remove.setAriaLabel(getTranslation("yearAmounts.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.layout().add(yearField, amountField, remove);
        row.layout().setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        rowLayout.add(row.layout());
    }

    private int nextYear() {
        return rows.stream().map(r -> r.year().getValue()).filter(java.util.Objects::nonNull)
                .max(Integer::compare).map(y -> y + 1).orElse(firstYear);
    }

    /**
     * The amounts per year, or null (with the problem shown at the row) when a row is incomplete,
     * a year appears twice or an amount is negative.
     */
    SortedMap<Integer, BigDecimal> getValueOrShowProblems() {
        SortedMap<Integer, BigDecimal> value = new TreeMap<>();
        boolean ok = true;
        for (Row row : rows) {
            row.year().setInvalid(false);
            row.amount().setInvalid(false);
            if (row.year().isInvalid() || row.year().getValue() == null) {
                row.year().setErrorMessage(getTranslation("yearAmounts.yearRequired"));
                row.year().setInvalid(true);
                ok = false;
            } else if (value.containsKey(row.year().getValue())) {
                row.year().setErrorMessage(getTranslation("yearAmounts.duplicate"));
                row.year().setInvalid(true);
                ok = false;
            }
            if (row.amount().getValue() == null) {
                row.amount().setErrorMessage(getTranslation("yearAmounts.amountRequired"));
                row.amount().setInvalid(true);
                ok = false;
            } else if (row.amount().getValue().signum() < 0) {
                row.amount().setErrorMessage(getTranslation("validation.notNegative"));
                row.amount().setInvalid(true);
                ok = false;
            }
            if (ok) {
                value.put(row.year().getValue(), row.amount().getValue());
            }
        }
        return ok ? value : null;
    }
}
