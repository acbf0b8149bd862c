package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.review.AssessmentForm;
import nl.gemeenschapsfonds.review.Recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The reviewer's assessment: a score and a comment per criterion, the weighted score as it is typed, a recommendation,
 * the proposed amounts per year and a motivation. It takes the {@link AssessmentForm} record as saved, binds the
 * recommendation and motivation through {@link RecordForm} ({@link Advice}), and fires a {@link SaveEvent} with the form
 * as typed; the view saves it. Problems come back with {@link #showProblems}; nothing typed is lost.
 * Two columns from 40em (a criterion's score beside its comment), one below: the score's label stays on one line.
 */
class AssessmentPanel extends RecordForm<AssessmentPanel.Advice> {

    /** The reviewer's advice on the form. */
    public record Advice(Recommendation recommendation, String motivation) {
    }

    /** The reviewer saves the assessment as typed; {@code complete}: and sends it on to the decision. */
    static class SaveEvent extends ComponentEvent<AssessmentPanel> {

        private final AssessmentForm form;
        private final boolean complete;

        SaveEvent(AssessmentPanel source, AssessmentForm form, boolean complete) {
            super(source, false);
            this.form = form;
            this.complete = complete;
        }

        AssessmentForm form() {
            return form;
        }

        boolean complete() {
            return complete;
        }
    }

    private final AssessmentForm saved;
    private final List<WholeNumberField> scores = new ArrayList<>();
    private final List<TextArea> comments = new ArrayList<>();
    private final Map<Integer, DecimalField> proposed = new TreeMap<>();
    private final Map<String, HasValidation> problemFields = new LinkedHashMap<>();

    AssessmentPanel(AssessmentForm saved, SortedMap<Integer, BigDecimal> asked) {
        super(Advice.class);
        this.saved = saved;
        FormLayout form = getContent();
        form.setId("assessment-panel");
        form.addClassName("review-section");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        H2 heading = new H2(getTranslation("review.assessment"));
        form.add(heading, 2);
        for (int i = 0; i < saved.scores().size(); i++) {
            AssessmentForm.CriterionScore criterion = saved.scores().get(i);
            String name = "en".equals(getLocale().getLanguage()) ? criterion.nameEn() : criterion.nameNl();
            WholeNumberField score = new WholeNumberField(getTranslation("review.score", name, criterion.maxScore(),
                    Formats.number(criterion.weight(), getLocale())));
            score.setId("score-" + i);
            score.setMin(0);
            score.setMax(criterion.maxScore());
            score.setValue(criterion.score());
            score.setWidthFull();
            TextArea comment = new TextArea(getTranslation("review.comment"));
            comment.setId("comment-" + i);
            comment.setMaxLength(2000);
            comment.setValue(criterion.comment() == null ? "" : criterion.comment());
            comment.setWidthFull();
            comment.setMinHeight("5em");
            scores.add(score);
            comments.add(comment);
            problemFields.put("score" + i, score);
            form.add(score, comment);
        }
        RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>(getTranslation("review.recommendation"));
        recommendation.setId("recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> getTranslation("recommendation." + r));
        form.add(recommendation, 2);
        asked.forEach((year, amount) -> {
            DecimalField field = new DecimalField(getTranslation("review.proposedAmount", String.valueOf(year),
                    Formats.money(amount, getLocale())));
            field.setId("proposed-amount-" + year);
            field.setPrefixComponent(new Span("€"));
            field.setValue(saved.proposedAmounts().get(year));
            proposed.put(year, field);
            form.add(field);
        });
        TextArea motivation = ReviewApplicationView.area("assessment-motivation", getTranslation("review.motivation"));
        form.add(motivation, 2);
        bind(recommendation, "recommendation");
        bind(motivation, "motivation");
        setValue(new Advice(saved.recommendation(), saved.motivation()));
        // what the reviewer typed survives a reload until it is saved; kept per saved version, so a draft typed on an
        // older version is never shown over one saved since (it would overwrite it without the conflict's message)
        keepUntilSent("assessment/" + saved.assessmentId() + "/" + saved.version());
        for (int i = 0; i < scores.size(); i++) {
            keepAlso(scores.get(i), "score" + i);
            keepAlso(comments.get(i), "comment" + i);
        }
        proposed.forEach((year, field) -> keepAlso(field, "proposed" + year));
        problemFields.putAll(fields());
        proposed.values().stream().findFirst().ifPresent(first -> problemFields.put("proposedAmounts", first));
        Span score = new Span();
        score.setId("weighted-score");
        // the weighted score follows the scores as they are typed, before anything is saved
        Runnable showScore = () -> {
            List<AssessmentForm.CriterionScore> typed = typed(false);
            boolean none = typed.stream().allMatch(c -> c.score() == null);
            score.setText(getTranslation("review.weightedScore",
                    none ? "-" : Formats.number(AssessmentForm.weightedScore(typed), getLocale())));
        };
        scores.forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> showScore.run());
        });
        showScore.run();
        Button save = new Button(getTranslation("action.save"), click -> save(false));
        save.setId("assessment-save");
        Button complete = new Button(getTranslation("review.completeAssessment"), click -> save(true));
        complete.setId("assessment-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(score, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, complete);
        buttons.setWrap(true);
        form.add(buttons, 2);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Shows the service's problems at their fields; what cannot be placed goes to {@code elsewhere}. */
    void showProblems(InvalidInputException invalid, Consumer<String> elsewhere) {
        ProblemMessages.show(this, invalid, problemFields, elsewhere);
    }

    /** Whether a score or proposed amount holds text that cannot be read: it would be sent as empty. */
    @Override
    public boolean hasUnreadableInput() {
        List<HasValidation> typed = new ArrayList<>(scores);
        typed.addAll(proposed.values());
        return ProblemMessages.anyUnreadable(typed);
    }

    private void save(boolean complete) {
        if (hasUnreadableInput()) {
            // a score typed wrongly reads as empty: saving it would drop the score without a word (issue 13)
            ReviewApplicationView.notifyError(getTranslation("reviewPage.assessmentUnreadable"));
            return;
        }
        ProblemMessages.clear(problemFields);
        Advice advice = getValue();
        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        proposed.forEach((year, field) -> {
            if (field.getValue() != null) {
                amounts.put(year, field.getValue());
            }
        });
        fireEvent(new SaveEvent(this, new AssessmentForm(saved.applicationId(), saved.assessmentId(), saved.version(),
                typed(true), advice.recommendation(), amounts, advice.motivation() == null ? "" : advice.motivation(), null,
                false), complete));
    }

    private List<AssessmentForm.CriterionScore> typed(boolean withComments) {
        List<AssessmentForm.CriterionScore> typed = new ArrayList<>();
        for (int i = 0; i < saved.scores().size(); i++) {
            AssessmentForm.CriterionScore c = saved.scores().get(i);
            typed.add(new AssessmentForm.CriterionScore(c.nameNl(), c.nameEn(), c.weight(), c.maxScore(),
                    scores.get(i).getValue(), withComments ? comments.get(i).getValue() : null));
        }
        return typed;
    }
}
