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
        getContent().setId(id);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        Span heading = new Span(getTranslation("objection.newAmounts"));
        heading.addClassName("field-heading");
        HorizontalLayout row = new HorizontalLayout();
        asked.forEach((year, amount) -> {
            DecimalField field = new DecimalField(getTranslation("objection.newAmountYear", String.valueOf(year)));
            field.setId(id + "-" + year);
            field.setPrefixComponent(new Span("€"));
            field.setValue(granted.getOrDefault(year, BigDecimal.ZERO.setScale(2)));
            field.setHelperText(getTranslation("objection.askedHelper", Formats.money(amount, getLocale())));
            fields.put(year, field);
            row.add(field);
        });
        getContent().add(heading, row, errorLine());
    }

    /** The amounts as typed; an empty field counts as zero. */
    SortedMap<Integer, BigDecimal> getValue() {
        SortedMap<Integer, BigDecimal> value = new TreeMap<>();
        fields.forEach((year, field) -> value.put(year, field.getValue() == null ? BigDecimal.ZERO : field.getValue()));
        return value;
    }
}
