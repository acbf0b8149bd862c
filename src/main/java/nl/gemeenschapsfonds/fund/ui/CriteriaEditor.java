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
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.fund.Criterion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The weighted assessment criteria of a call, with the total of the weights shown as they are typed. */
class CriteriaEditor extends FieldGroup {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();
    private final Span total = new Span();

    private record Row(HorizontalLayout layout, TextField nameNl, TextField nameEn, DecimalField weight, WholeNumberField maxScore) {
    }

    CriteriaEditor() {
        getContent().setId("call-criteria");
        rowLayout.setPadding(false);
        total.setId("call-criteria-total");
        Button add = new Button(getTranslation("criteria.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId("call-criteria-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span title = new Span(getTranslation("criteria.heading"));
        title.addClassName("field-heading");
        getContent().add(title, rowLayout, total, errorLine(), add);
        updateTotal();
    }

    void setValue(List<Criterion> criteria) {
        rows.clear();
        rowLayout.removeAll();
        criteria.forEach(this::addRow);
        updateTotal();
    }

    private void addRow(Criterion criterion) {
        TextField nameNl = new TextField(getTranslation("criteria.nameNl"));
        nameNl.setMaxLength(200);
        TextField nameEn = new TextField(getTranslation("criteria.nameEn"));
        nameEn.setMaxLength(200);
        DecimalField weight = new DecimalField(getTranslation("criteria.weight"));
        weight.setSuffixComponent(new Span("%"));
        weight.setMoney(false);
        weight.setWidth("7em");
        weight.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        WholeNumberField maxScore = new WholeNumberField(getTranslation("criteria.maxScore"));
        maxScore.setMin(1);
        maxScore.setMax(100);
        // wide enough for "Maximale score" on one line
        maxScore.setWidth("9em");
        if (criterion != null) {
            nameNl.setValue(criterion.nameNl());
            nameEn.setValue(criterion.nameEn());
            weight.setValue(criterion.weight());
            maxScore.setValue(criterion.maxScore());
        } else {
            maxScore.setValue(10);
        }
        Row row = new Row(new HorizontalLayout(), nameNl, nameEn, weight, maxScore);
        weight.addValueChangeListener(e -> updateTotal());
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            rowLayout.remove(row.layout());
            updateTotal();
        });
        remove.setAriaLabel(getTranslation("criteria.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.layout().add(nameNl, nameEn, weight, maxScore, remove);
        row.layout().setAlignItems(FlexComponent.Alignment.BASELINE);
        row.layout().setWrap(true);
        row.layout().setWidthFull();
        // the names take the room there is, so a criterion's name is readable whole at 1280 px (w13)
        nameNl.setMinWidth("14em");
        nameEn.setMinWidth("14em");
        row.layout().setFlexGrow(1, nameNl, nameEn);
        nameNl.setTooltipText(nameNl.getValue());
        nameEn.setTooltipText(nameEn.getValue());
        nameNl.addValueChangeListener(e -> nameNl.setTooltipText(e.getValue()));
        nameEn.addValueChangeListener(e -> nameEn.setTooltipText(e.getValue()));
        rows.add(row);
        rowLayout.add(row.layout());
        updateTotal();
    }

    private void updateTotal() {
        BigDecimal sum = rows.stream().map(r -> r.weight().getValue()).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("criteria.total", nl.gemeenschapsfonds.base.Formats.number(sum, getLocale())));
        total.getElement().getThemeList().set("badge", true);
        total.getElement().getThemeList().set("success", sum.compareTo(BigDecimal.valueOf(100)) == 0);
        total.setVisible(!rows.isEmpty());
    }

    /** The criteria as typed; rows with a missing weight or score are kept and reported by the call rules. */
    List<Criterion> getValue() {
        return rows.stream().map(r -> new Criterion(r.nameNl().getValue(), r.nameEn().getValue(), r.weight().getValue(),
                r.maxScore().getValue() == null ? 0 : r.maxScore().getValue())).toList();
    }
}
