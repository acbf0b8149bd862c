package nl.gemeenschapsfonds.review.ui;

import nl.gemeenschapsfonds.base.ui.FieldGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.Formats;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The new amount per year of a grant after an objection: one field per year the application asks
 * for, filled with what is granted now. A service's refusal (a year above what was asked, the
 * ceiling) is shown under the fields; what the user typed stays.
 */
class NewAmountsField extends FieldGroup {

    private final Map<Integer, DecimalField> fields = new TreeMap<>();

    NewAmountsField(String id, SortedMap<Integer, BigDecimal> asked, SortedMap<Integer, BigDecimal> granted) {
        this(id, asked, granted, "objection.newAmounts", "objection.askedHelper");
    }

    /** With its own heading and helper (the helper names the upper bound per year), e.g. for a settlement's objection. */
    NewAmountsField(String id, SortedMap<Integer, BigDecimal> asked, SortedMap<Integer, BigDecimal> granted, String headingKey,
                    String helperKey) {
        getContent().setId(id);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        Span heading = new Span(getTranslation(headingKey));
        heading.addClassName("field-heading");
        HorizontalLayout row = new HorizontalLayout();
        asked.forEach((year, amount) -> {
            DecimalField field = new DecimalField(getTranslation("objection.newAmountYear", String.valueOf(year)));
            field.setId(id + "-" + year);
            field.setPrefixComponent(new Span("€"));
            field.setValue(granted.getOrDefault(year, BigDecimal.ZERO.setScale(2)));
            field.setHelperText(getTranslation(helperKey, Formats.money(amount, getLocale())));
            fields.put(year, field);
            row.add(field);
        });
        getContent().add(heading, row, errorLine());
    }

    /** Whether a year's field holds text that is no amount (the value would read as empty). */
    boolean anyUnreadable() {
        return nl.gemeenschapsfonds.base.ui.ProblemMessages.anyUnreadable(fields.values());
    }

    /** The amounts as typed; an empty field counts as zero. */
    SortedMap<Integer, BigDecimal> getValue() {
        SortedMap<Integer, BigDecimal> value = new TreeMap<>();
        fields.forEach((year, field) -> value.put(year, field.getValue() == null ? BigDecimal.ZERO : field.getValue()));
        return value;
    }
}
