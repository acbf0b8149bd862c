package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.FieldGroup;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.FileKind;
import nl.gemeenschapsfonds.fund.QuestionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The call's own questions in the call editor (issue 21 item 1, ADR 0026): per question its kind, label and help
 * text in Dutch and English, whether it is required, the limit of a long text, the choices of a choice question
 * (one a line, "Nederlands | English"), the kind of file, and optionally the earlier question and answer it is shown
 * after. The rules ({@code QuestionRules}) are the service's; their message shows below the list.
 */
class QuestionsEditor extends FieldGroup {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();
    /** While the condition lists are rebuilt: setting a list's items clears its value, which is no choice of the user. */
    private boolean refreshing;

    private final class Row {
        final String key;
        final Div box = new Div();
        final Select<QuestionKind> kind = new Select<>();
        final TextField labelNl = new TextField(getTranslation("questions.labelNl"));
        final TextField labelEn = new TextField(getTranslation("questions.labelEn"));
        final TextField helpNl = new TextField(getTranslation("questions.helpNl"));
        final TextField helpEn = new TextField(getTranslation("questions.helpEn"));
        final Checkbox required = new Checkbox(getTranslation("questions.required"));
        final WholeNumberField maxLength = new WholeNumberField(getTranslation("questions.maxLength"));
        final TextArea choices = new TextArea(getTranslation("questions.choices"));
        final Select<FileKind> fileKind = new Select<>();
        final Select<String> shownWhenKey = new Select<>();
        final Select<String> shownWhenValue = new Select<>();

        Row(String key) {
            this.key = key;
        }
    }

    QuestionsEditor() {
        getContent().setId("call-questions");
        rowLayout.setPadding(false);
        Span title = new Span(getTranslation("questions.editor.heading"));
        title.addClassName("field-heading");
        Span intro = new Span(getTranslation("questions.editor.intro"));
        Button add = new Button(getTranslation("questions.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId("call-questions-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(title, intro, rowLayout, errorLine(), add);
    }

    void setValue(List<CallQuestion> questions) {
        rows.clear();
        rowLayout.removeAll();
        questions.forEach(this::addRow);
        refreshConditions();
    }

    private void addRow(CallQuestion question) {
        Row row = new Row(question == null ? "q" + UUID.randomUUID().toString().substring(0, 8) : question.key());
        int number = rows.size() + 1;
        row.box.setId("call-question-" + number);
        row.box.addClassName("call-question");
        row.kind.setLabel(getTranslation("questions.kind"));
        row.kind.setItems(QuestionKind.values());
        row.kind.setItemLabelGenerator(kind -> getTranslation("questions.kind." + kind));
        row.kind.setId("call-question-" + number + "-kind");
        row.labelNl.setId("call-question-" + number + "-labelNl");
        row.labelEn.setId("call-question-" + number + "-labelEn");
        row.labelNl.setMaxLength(300);
        row.labelEn.setMaxLength(300);
        row.helpNl.setMaxLength(1000);
        row.helpEn.setMaxLength(1000);
        row.required.setId("call-question-" + number + "-required");
        row.maxLength.setId("call-question-" + number + "-maxLength");
        row.maxLength.setMin(1);
        row.choices.setId("call-question-" + number + "-choices");
        row.choices.setHelperText(getTranslation("questions.choices.help"));
        row.fileKind.setLabel(getTranslation("questions.fileKind"));
        row.fileKind.setItems(FileKind.values());
        row.fileKind.setItemLabelGenerator(kind -> getTranslation("questions.fileKind." + kind));
        row.fileKind.setId("call-question-" + number + "-fileKind");
        row.shownWhenKey.setLabel(getTranslation("questions.shownWhen"));
        row.shownWhenKey.setEmptySelectionAllowed(true);
        row.shownWhenKey.setEmptySelectionCaption(getTranslation("questions.shownAlways"));
        row.shownWhenKey.setId("call-question-" + number + "-shownWhen");
        row.shownWhenValue.setLabel(getTranslation("questions.shownWhenValue"));
        row.shownWhenValue.setId("call-question-" + number + "-shownWhenValue");
        if (question != null) {
            row.kind.setValue(question.kind());
            row.labelNl.setValue(Objects.requireNonNullElse(question.labelNl(), ""));
            row.labelEn.setValue(Objects.requireNonNullElse(question.labelEn(), ""));
            row.helpNl.setValue(Objects.requireNonNullElse(question.helpNl(), ""));
            row.helpEn.setValue(Objects.requireNonNullElse(question.helpEn(), ""));
            row.required.setValue(question.required());
            row.maxLength.setValue(question.maxLength());
            row.choices.setValue(choicesText(question.choices()));
            row.fileKind.setValue(question.fileKind());
        } else {
            row.kind.setValue(QuestionKind.SHORT_TEXT);
        }
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            rows.remove(row);
            rowLayout.remove(row.box);
            refreshConditions();
        });
        remove.setAriaLabel(getTranslation("questions.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(row.kind, row.required, row.labelNl, row.labelEn, row.helpNl, row.helpEn,
                row.maxLength, row.fileKind, row.choices, row.shownWhenKey, row.shownWhenValue);
        form.setColspan(row.choices, 2);
        Span heading = new Span(getTranslation("questions.number", number));
        heading.addClassName("field-heading");
        row.box.add(heading, form, remove);
        rows.add(row);
        rowLayout.add(row.box);
        row.kind.addValueChangeListener(e -> {
            showKindFields(row);
            refreshConditions();
        });
        row.choices.addValueChangeListener(e -> refreshConditions());
        row.labelNl.addValueChangeListener(e -> refreshConditions());
        row.shownWhenKey.addValueChangeListener(e -> {
            if (!refreshing) {
                refreshValues(row, null);
            }
        });
        showKindFields(row);
        if (question != null) {
            refreshConditions();
            refreshing = true;
            try {
                row.shownWhenKey.setValue(question.shownWhenKey());
            } finally {
                refreshing = false;
            }
            refreshValues(row, question.shownWhenValue());
        } else {
            refreshConditions();
        }
    }

    private void showKindFields(Row row) {
        QuestionKind kind = row.kind.getValue();
        row.maxLength.setVisible(kind == QuestionKind.LONG_TEXT);
        row.choices.setVisible(kind != null && kind.hasChoices());
        row.fileKind.setVisible(kind == QuestionKind.FILE);
    }

    /** The earlier questions a question can depend on: those with fixed answers; what was chosen stays chosen. */
    private void refreshConditions() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Row> earlier = rows.subList(0, i).stream().filter(QuestionsEditor::hasFixedAnswers).toList();
            String chosen = row.shownWhenKey.getValue();
            String chosenValue = row.shownWhenValue.getValue();
            List<String> keys = earlier.stream().map(r -> r.key).toList();
            refreshing = true;
            try {
                row.shownWhenKey.setItems(keys);
                row.shownWhenKey.setItemLabelGenerator(key -> key == null ? getTranslation("questions.shownAlways")
                        : earlier.stream().filter(r -> r.key.equals(key))
                        .map(r -> r.labelNl.getValue().isBlank() ? key : r.labelNl.getValue()).findFirst().orElse(key));
                row.shownWhenKey.setValue(chosen != null && keys.contains(chosen) ? chosen : null);
            } finally {
                refreshing = false;
            }
            row.shownWhenKey.setVisible(!earlier.isEmpty());
            refreshValues(row, chosenValue);
        }
    }

    /** The answers of the question {@code row} depends on; {@code keep} stays chosen when it is one of them. */
    private void refreshValues(Row row, String keep) {
        Row on = rows.stream().filter(r -> r.key.equals(row.shownWhenKey.getValue())).findFirst().orElse(null);
        List<String> values = on == null ? List.of() : on.kind.getValue() == QuestionKind.YES_NO ? List.of("yes", "no")
                : parseChoices(on.choices.getValue()).stream().map(Choice::value).toList();
        row.shownWhenValue.setItems(values);
        row.shownWhenValue.setItemLabelGenerator(value -> value == null ? "" : on != null && on.kind.getValue() == QuestionKind.YES_NO
                ? getTranslation("questions.answer." + value) : value);
        row.shownWhenValue.setValue(keep != null && values.contains(keep) ? keep : null);
        row.shownWhenValue.setVisible(on != null);
    }

    private static boolean hasFixedAnswers(Row row) {
        return row.kind.getValue() == QuestionKind.YES_NO || row.kind.getValue() != null && row.kind.getValue().hasChoices();
    }

    /** The questions as typed; the service's rules report what is incomplete. */
    List<CallQuestion> getValue() {
        return rows.stream().map(row -> {
            QuestionKind kind = row.kind.getValue();
            return new CallQuestion(row.key, kind, row.labelNl.getValue().strip(), row.labelEn.getValue().strip(),
                    blankToNull(row.helpNl.getValue()), blankToNull(row.helpEn.getValue()), row.required.getValue(),
                    kind == QuestionKind.LONG_TEXT ? row.maxLength.getValue() : null,
                    kind != null && kind.hasChoices() ? parseChoices(row.choices.getValue()) : List.of(),
                    kind == QuestionKind.FILE ? row.fileKind.getValue() : null,
                    row.shownWhenKey.getValue(), row.shownWhenValue.getValue());
        }).toList();
    }

    /** Whether a number the browser sent cannot be read (its field says so). */
    boolean hasUnreadableInput() {
        return rows.stream().anyMatch(row -> row.maxLength.hasBadInput());
    }

    static List<Choice> parseChoices(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            int bar = line.indexOf('|');
            return bar < 0 ? new Choice(line, line) : new Choice(line.substring(0, bar), line.substring(bar + 1));
        }).toList();
    }

    static String choicesText(List<Choice> choices) {
        return String.join("\n", choices.stream().map(choice -> choice.nl() + " | " + choice.en()).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
