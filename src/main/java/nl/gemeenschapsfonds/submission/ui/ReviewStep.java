package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.SubmissionRules;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Step 7 of the wizard: every step at a glance, each with a link back to change it, then either the submit button
 * (behind the declaration) or what still stands in the way, each with a button to its step. Fires
 * {@link GoToProblem}, {@link GoToProfile} and {@link SubmitConfirmed}.
 */
class ReviewStep extends Composite<VerticalLayout> {

    ReviewStep() {
        getContent().setId("wizard-review");
        getContent().setPadding(false);
    }

    /** Shows the saved application, its problems (none: the submit button), and its steps to edit through {@code edit}. */
    void show(ApplicationDraft saved, String callTitle, String municipalityName, List<AttachmentListItem> attachments,
              List<Problem> problems, boolean supplement, IntConsumer edit, nl.gemeenschapsfonds.submission.AnswerSheet answers) {
        VerticalLayout review = getContent();
        review.removeAll();
        review.add(new H3(getTranslation("summary.title")),
                new ApplicationSummary(saved, callTitle, municipalityName, attachments, edit),
                new CallAnswersSection(answers, false));
        if (problems.isEmpty()) {
            review.add(new Paragraph(getTranslation(supplement ? "wizard.completeSupplement" : "wizard.complete")));
            Button submit = new Button(getTranslation(supplement ? "wizard.sendSupplement" : "wizard.submit"),
                    click -> confirmDeclaration());
            submit.setId("wizard-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            review.add(submit);
            return;
        }
        review.add(new Paragraph(getTranslation("wizard.problemsIntro", problems.size())));
        Div list = new Div();
        list.setId("wizard-problems");
        list.getElement().setAttribute("role", "list");
        for (Problem problem : problems) {
            Span text = new Span(ProblemMessages.text(this, problem));
            Button go;
            if (problem.field().equals("organisation") || problem.field().equals("account")) {
                go = new Button(getTranslation("wizard.goToProfile"), click -> fireEvent(new GoToProfile(this)));
            } else {
                int step = SubmissionRules.stepOf(problem);
                go = new Button(getTranslation("wizard.goToStep", step), click -> fireEvent(new GoToProblem(this, step, problem)));
            }
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(text, go);
            row.getElement().setAttribute("role", "listitem");
            row.addClassName("submit-problem");
            list.add(row);
        }
        review.add(list);
    }

    /** Submitting is signing: the applicant reads the declaration and confirms it first. */
    private void confirmDeclaration() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("wizard-declaration");
        dialog.setHeader(getTranslation("wizard.declaration.title"));
        dialog.setText(getTranslation("wizard.declaration.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("wizard.declaration.confirm"));
        dialog.addConfirmListener(confirm -> fireEvent(new SubmitConfirmed(this)));
        dialog.open();
    }

    Registration addGoToProblemListener(ComponentEventListener<GoToProblem> listener) {
        return addListener(GoToProblem.class, listener);
    }

    Registration addGoToProfileListener(ComponentEventListener<GoToProfile> listener) {
        return addListener(GoToProfile.class, listener);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitConfirmed> listener) {
        return addListener(SubmitConfirmed.class, listener);
    }

    /** The applicant wants to put a problem right: its step, with the problem to mark at its field. */
    static class GoToProblem extends ComponentEvent<ReviewStep> {
        private final int step;
        private final Problem problem;

        GoToProblem(ReviewStep source, int step, Problem problem) {
            super(source, true);
            this.step = step;
            this.problem = problem;
        }

        int step() {
            return step;
        }

        Problem problem() {
            return problem;
        }
    }

    /** The problem is in the organisation's profile (its details or its bank account). */
    static class GoToProfile extends ComponentEvent<ReviewStep> {
        GoToProfile(ReviewStep source) {
            super(source, true);
        }
    }

    /** The applicant confirmed the declaration: submit. */
    static class SubmitConfirmed extends ComponentEvent<ReviewStep> {
        SubmitConfirmed(ReviewStep source) {
            super(source, true);
        }
    }
}
