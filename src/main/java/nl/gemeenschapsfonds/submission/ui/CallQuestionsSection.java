package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.TypedNumberField;
import nl.gemeenschapsfonds.base.ui.Uploads;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.AnswerPolicy;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.QuestionVisibility;
import nl.gemeenschapsfonds.submission.AnswerSheet;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.AttachmentKind;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The call's own questions in the wizard ("Vragen van de regeling", issue 21 item 1, ADR 0026), of the version the
 * application was started with. The answers are bound with a {@link Binder} to a map of answers as the service stores
 * them (text); each answer is checked at its field as it is given ({@link AnswerPolicy}) and saved right away, a
 * conditional question appears and disappears with the answer it depends on ({@link QuestionVisibility}). A value
 * the service refuses keeps its message and what was typed; everything else is saved.
 */
class CallQuestionsSection extends Composite<VerticalLayout> {

    private final ApplicationAnswers answers;
    private final AttachmentService attachments;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Component> wrappers = new LinkedHashMap<>();
    private final Binder<Map<String, String>> binder = new Binder<>();
    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, Span> fileNames = new HashMap<>();
    private AnswerSheet sheet;
    private boolean filling;
    private boolean dirty;

    CallQuestionsSection(ApplicationAnswers answers, AttachmentService attachments) {
        this.answers = answers;
        this.attachments = attachments;
        getContent().setId("wizard-call-questions");
        getContent().setPadding(false);
        binder.setValidatorsDisabled(true);
    }

    /** Shows the questions of {@code sheet} with its answers; nothing shows when the call asks none. */
    void show(AnswerSheet shown) {
        this.sheet = shown;
        VerticalLayout content = getContent();
        content.removeAll();
        fields.clear();
        wrappers.clear();
        fileNames.clear();
        typed.clear();
        typed.putAll(shown.answers());
        setVisible(!shown.questions().isEmpty());
        if (shown.questions().isEmpty()) {
            return;
        }
        content.add(new H3(getTranslation("questions.wizard.heading")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (CallQuestion question : shown.questions()) {
            Component field = field(question);
            wrappers.put(question.key(), field);
            form.add(field);
        }
        content.add(form);
        filling = true;
        try {
            binder.readBean(new HashMap<>(typed));
        } finally {
            filling = false;
        }
        updateVisibility();
    }

    /** The fields by the names the services use for their problems ({@code question.KEY}). */
    Map<String, HasValidation> fields() {
        return fields;
    }

    /** Saves the answers when one changed since the last save; answers whether everything on screen is saved. */
    boolean save() {
        if (!dirty || sheet == null) {
            return true;
        }
        try {
            List<Problem> problems = answers.save(sheet.applicationId(), typed);
            dirty = false;
            problems.forEach(this::mark);
            return problems.isEmpty();
        } catch (IllegalTransitionException notEditable) {
            return false;
        }
    }

    private void mark(Problem problem) {
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(ProblemMessages.text(this, problem));
            field.setInvalid(true);
        }
    }

    private Component field(CallQuestion question) {
        String id = "question-" + question.key();
        String label = question.label(getLocale()) + (question.required() ? "" : " " + getTranslation("questions.optional"));
        String help = question.help(getLocale());
        Component component = switch (question.kind()) {
            case SHORT_TEXT, LONG_TEXT -> {
                if (question.kind() == nl.gemeenschapsfonds.fund.QuestionKind.SHORT_TEXT) {
                    TextField text = new TextField(label);
                    text.setMaxLength(question.lengthLimit());
                    bindText(question, text);
                    yield text;
                }
                TextArea area = new TextArea(label);
                area.setMaxLength(question.lengthLimit());
                area.setHelperText(getTranslation("wizard.maxChars", question.lengthLimit()));
                bindText(question, area);
                yield area;
            }
            case WHOLE_NUMBER -> {
                WholeNumberField number = new WholeNumberField(label);
                bind(question, number, Converter.from(
                        (Integer value) -> Result.ok(value == null ? "" : value.toString()),
                        (String value) -> value == null || value.isBlank() ? null : Integer.valueOf(value)));
                yield number;
            }
            case AMOUNT -> {
                DecimalField amount = new DecimalField(label);
                amount.setPrefixComponent(new Span("€"));
                bind(question, amount, Converter.from(
                        (BigDecimal value) -> Result.ok(value == null ? "" : value.toPlainString()),
                        (String value) -> value == null || value.isBlank() ? null : new BigDecimal(value)));
                yield amount;
            }
            case DATE -> {
                DatePicker date = DatePickers.create(label, getLocale());
                bind(question, date, Converter.from(
                        (LocalDate value) -> Result.ok(value == null ? "" : value.toString()),
                        (String value) -> value == null || value.isBlank() ? null : LocalDate.parse(value)));
                yield date;
            }
            case YES_NO -> {
                RadioButtonGroup<String> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems("yes", "no");
                yesNo.setItemLabelGenerator(value -> getTranslation("questions.answer." + value));
                bind(question, yesNo, Converter.from((String value) -> Result.ok(value == null ? "" : value),
                        value -> value == null || value.isBlank() ? null : value));
                yield yesNo;
            }
            case ONE_CHOICE -> {
                RadioButtonGroup<String> one = new RadioButtonGroup<>(label);
                one.setItems(question.choices().stream().map(Choice::value).toList());
                one.setItemLabelGenerator(value -> choiceLabel(question, value));
                bind(question, one, Converter.from((String value) -> Result.ok(value == null ? "" : value),
                        value -> value == null || value.isBlank() ? null : value));
                yield one;
            }
            case MANY_CHOICES -> {
                CheckboxGroup<String> many = new CheckboxGroup<>(label);
                many.setItems(question.choices().stream().map(Choice::value).toList());
                many.setItemLabelGenerator(value -> choiceLabel(question, value));
                bind(question, many, Converter.from(
                        (Set<String> value) -> Result.ok(question.choices().stream().map(Choice::value)
                                .filter(value::contains).collect(Collectors.joining(AnswerPolicy.SEPARATOR))),
                        value -> new LinkedHashSet<>(AnswerPolicy.values(value))));
                yield many;
            }
            case FILE -> fileField(question, label);
        };
        if (component instanceof com.vaadin.flow.component.HasHelper helper && help != null) {
            helper.setHelperText(help);
        } else if (component instanceof FileQuestionField file && help != null) {
            file.setHelperText(help);
        }
        component.setId(id);
        return component;
    }

    private void bindText(CallQuestion question, HasValue<?, String> field) {
        bind(question, field, Converter.from((String value) -> Result.ok(value == null ? "" : value),
                value -> value == null ? "" : value));
    }

    /** Binds a field to the answer of {@code question}; a change is checked at the field and saved. */
    private <V> void bind(CallQuestion question, HasValue<?, V> field, Converter<V, String> converter) {
        binder.forField(field).withConverter(converter).withValidationStatusHandler(status -> { })
                .bind(map -> map.get(question.key()), (map, value) -> map.put(question.key(), value));
        fields.put(question.field(), (HasValidation) field);
        field.addValueChangeListener(e -> {
            if (filling) {
                return;
            }
            HasValidation validation = (HasValidation) field;
            if (field instanceof TypedNumberField<?, ?> number && number.hasBadInput()) {
                return; // the field says itself why the text is no number; the saved answer stays
            }
            String value = converter.convertToModel(e.getValue(), null).getOrThrow(IllegalStateException::new);
            changed(question, value, validation);
        });
    }

    private void changed(CallQuestion question, String value, HasValidation field) {
        typed.put(question.key(), value == null ? "" : value);
        field.setInvalid(false);
        AnswerPolicy.check(question, value, false).ifPresentOrElse(problem -> {
            field.setErrorMessage(ProblemMessages.text(this, problem));
            field.setInvalid(true);
        }, () -> {
        });
        dirty = true;
        updateVisibility();
        save();
    }

    private Component fileField(CallQuestion question, String label) {
        FileQuestionField field = new FileQuestionField(label);
        Span current = field.fileName();
        fileNames.put(question.key(), current);
        String saved = sheet.answers().get(question.key());
        current.setText(saved == null ? getTranslation("questions.file.none")
                : sheet.files().getOrDefault(Long.parseLong(saved), getTranslation("questions.file.none")));
        Upload upload = field.upload();
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(question.fileKind().mediaTypes().toArray(String[]::new));
        upload.setMaxFileSize((int) attachments.maxBytes());
        // the upload's own texts and its reasons for refusing a file in the user's language, as on the attachments step
        // (without them a refused file said "File is Too Big." in English after the Dutch sentence)
        upload.setI18n(Uploads.i18n(this, AttachmentsPanel.size(attachments.maxBytes(), getLocale()),
                getTranslation("questions.fileKind." + question.fileKind())));
        // refused by the browser itself (type or size): never sent, and Vaadin's upload shows nothing of it (walk24)
        upload.addFileRejectedListener(rejected -> {
            field.setErrorMessage(getTranslation("upload.rejected", rejected.getFileName(), rejected.getErrorMessage()));
            field.setInvalid(true);
        });
        upload.setUploadHandler(event -> {
            // the request's thread holds the user's security context; the screen is changed under the session lock
            UI ui = event.getUI();
            try (InputStream content = event.getInputStream()) {
                byte[] bytes = content.readAllBytes();
                ui.access(() -> upload(question, field, event.getFileName(), new java.io.ByteArrayInputStream(bytes)));
            }
        });
        fields.put(question.field(), field);
        return field;
    }

    /**
     * Stores the file as an attachment of the application and answers the question with it. A file of another kind
     * than the question asks for is removed again and refused at the field.
     */
    void upload(CallQuestion question, FileQuestionField field, String fileName, InputStream content) {
        try {
            AttachmentListItem added = attachments.upload(sheet.applicationId(), AttachmentKind.OTHER, fileName, content);
            if (!question.fileKind().accepts(added.contentType())) {
                attachments.delete(sheet.applicationId(), added.id());
                field.setErrorMessage(getTranslation("questions.validation.fileKind",
                        getTranslation("questions.fileKind." + question.fileKind())));
                field.setInvalid(true);
                return;
            }
            field.fileName().setText(added.fileName());
            changed(question, String.valueOf(added.id()), field);
        } catch (InvalidInputException refused) {
            field.setErrorMessage(refused.problems().stream().map(problem -> ProblemMessages.text(this, problem))
                    .collect(Collectors.joining(" ")));
            field.setInvalid(true);
        } catch (IllegalTransitionException notEditable) {
            field.setErrorMessage(getTranslation("wizard.notEditable"));
            field.setInvalid(true);
        }
    }

    private void updateVisibility() {
        Set<String> visible = QuestionVisibility.visible(sheet.questions(), typed);
        wrappers.forEach((key, component) -> component.setVisible(visible.contains(key)));
    }

    private String choiceLabel(CallQuestion question, String value) {
        return question.choices().stream().filter(choice -> choice.value().equals(value)).map(choice -> choice.label(getLocale()))
                .findFirst().orElse(value);
    }
}
