package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.FieldGroup;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The call's eligibility check in the call editor (issue 21 item 2, ADR 0026): per question its wording in Dutch and
 * English, yes/no or a choice of a list, the answers that make an applicant ineligible, and why (shown to the
 * applicant as "U komt niet in aanmerking, omdat …").
 */
class EligibilityEditor extends FieldGroup {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();

    private final class Row {
        final String key;
        final Div box = new Div();
        final TextField questionNl = new TextField(getTranslation("eligibility.questionNl"));
        final TextField questionEn = new TextField(getTranslation("eligibility.questionEn"));
        final Checkbox withChoices = new Checkbox(getTranslation("eligibility.withChoices"));
        final TextArea choices = new TextArea(getTranslation("questions.choices"));
        final CheckboxGroup<String> ineligibleWhen = new CheckboxGroup<>(getTranslation("eligibility.ineligibleWhen"));
        final TextField reasonNl = new TextField(getTranslation("eligibility.reasonNl"));
        final TextField reasonEn = new TextField(getTranslation("eligibility.reasonEn"));

        Row(String key) {
            this.key = key;
        }
    }

    EligibilityEditor() {
        getContent().setId("call-eligibility");
        rowLayout.setPadding(false);
        Span title = new Span(getTranslation("eligibility.editor.heading"));
        title.addClassName("field-heading");
        Span intro = new Span(getTranslation("eligibility.editor.intro"));
        Button add = new Button(getTranslation("eligibility.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId("call-eligibility-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(title, intro, rowLayout, errorLine(), add);
    }

    void setValue(List<EligibilityQuestion> questions) {
        rows.clear();
        rowLayout.removeAll();
        questions.forEach(this::addRow);
    }

    private void addRow(EligibilityQuestion question) {
        Row row = new Row(question == null ? "e" + UUID.randomUUID().toString().substring(0, 8) : question.key());
        int number = rows.size() + 1;
        String id = "call-eligibility-" + number;
        row.box.setId(id);
        row.box.addClassName("call-question");
        row.questionNl.setId(id + "-questionNl");
        row.questionEn.setId(id + "-questionEn");
        row.withChoices.setId(id + "-withChoices");
        row.choices.setId(id + "-choices");
        row.choices.setHelperText(getTranslation("questions.choices.help"));
        row.ineligibleWhen.setId(id + "-ineligibleWhen");
        row.reasonNl.setId(id + "-reasonNl");
        row.reasonEn.setId(id + "-reasonEn");
        row.reasonNl.setHelperText(getTranslation("eligibility.reason.help"));
        for (TextField field : List.of(row.questionNl, row.questionEn)) {
            field.setMaxLength(300);
        }
        for (TextField field : List.of(row.reasonNl, row.reasonEn)) {
            field.setMaxLength(1000);
        }
        if (question != null) {
            row.questionNl.setValue(Objects.requireNonNullElse(question.questionNl(), ""));
            row.questionEn.setValue(Objects.requireNonNullElse(question.questionEn(), ""));
            row.withChoices.setValue(!question.yesNo());
            row.choices.setValue(QuestionsEditor.choicesText(question.choices()));
            row.reasonNl.setValue(Objects.requireNonNullElse(question.reasonNl(), ""));
            row.reasonEn.setValue(Objects.requireNonNullElse(question.reasonEn(), ""));
        }
        refreshValues(row);
        if (question != null) {
            row.ineligibleWhen.setValue(new LinkedHashSet<>(question.ineligibleWhen()));
        }
        row.withChoices.addValueChangeListener(e -> refreshValues(row));
        row.choices.addValueChangeListener(e -> refreshValues(row));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            rowLayout.remove(row.box);
        });
        remove.setAriaLabel(getTranslation("eligibility.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(row.questionNl, row.questionEn, row.withChoices, row.choices, row.ineligibleWhen,
                row.reasonNl, row.reasonEn);
        form.setColspan(row.withChoices, 2);
        form.setColspan(row.choices, 2);
        form.setColspan(row.ineligibleWhen, 2);
        Span heading = new Span(getTranslation("eligibility.number", number));
        heading.addClassName("field-heading");
        row.box.add(heading, form, remove);
        rows.add(row);
        rowLayout.add(row.box);
    }

    private void refreshValues(Row row) {
        row.choices.setVisible(row.withChoices.getValue());
        var chosen = row.ineligibleWhen.getValue();
        List<String> values = row.withChoices.getValue()
                ? QuestionsEditor.parseChoices(row.choices.getValue()).stream().map(Choice::value).toList()
                : List.of(EligibilityQuestion.YES, EligibilityQuestion.NO);
        row.ineligibleWhen.setItems(values);
        row.ineligibleWhen.setItemLabelGenerator(value -> row.withChoices.getValue() ? value
                : getTranslation("questions.answer." + value));
        LinkedHashSet<String> kept = new LinkedHashSet<>(chosen);
        kept.retainAll(values);
        row.ineligibleWhen.setValue(kept);
    }

    /** The eligibility check as typed; the service's rules report what is incomplete. */
    List<EligibilityQuestion> getValue() {
        return rows.stream().map(row -> new EligibilityQuestion(row.key, row.questionNl.getValue().strip(),
                row.questionEn.getValue().strip(),
                row.withChoices.getValue() ? QuestionsEditor.parseChoices(row.choices.getValue()) : List.of(),
                row.ineligibleWhen.getValue().stream().sorted().toList(),
                row.reasonNl.getValue().strip(), row.reasonEn.getValue().strip())).toList();
    }
}
