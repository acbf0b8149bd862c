package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.ui.PledgeRulesSection;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The review page's sections on the outcome: the assessments side by side, the reviewer's own assessment, the
 * decision (checked before it is confirmed), its letter, objections and the pledges after the grant. Each builds its
 * panel from records and acts on the panel's events through its service.
 */
@org.springframework.stereotype.Component
class OutcomeSections {

    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final PledgeService pledges;
    private final ObjectionService objections;
    private final Clock clock;

    OutcomeSections(AssessmentService assessments, DecisionService decisions, PledgeService pledges, ObjectionService objections,
                    Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.pledges = pledges;
        this.objections = objections;
        this.clock = clock;
    }

    Component comparison(ReviewCase reviewCase) {
        return new AssessmentComparisonPanel(assessments.comparison(reviewCase.id()));
    }

    Component assessment(Component page, ReviewCase reviewCase, Runnable reload) {
        var mine = assessments.mine(reviewCase.id());
        if (mine.isEmpty()) {
            VerticalLayout section = new VerticalLayout(new H2(page.getTranslation("review.assessment")));
            section.setPadding(false);
            section.addClassName("review-section");
            Checkbox declaration = new Checkbox(page.getTranslation("review.noConflict"));
            declaration.setId("no-conflict");
            Button start = new Button(page.getTranslation("review.startAssessment"), click -> {
                if (!declaration.getValue()) {
                    // a forgotten tick is no declared conflict (that one is kept and blocks: ReviewersPanel declares it)
                    declaration.setErrorMessage(page.getTranslation("review.assignment.declarationRequired"));
                    declaration.setInvalid(true);
                    return;
                }
                ReviewSteps.run(page, () -> assessments.start(reviewCase.id(), true), null, Map.of("noConflict", declaration), reload);
            });
            start.setId("assessment-start");
            section.add(declaration, start);
            return section;
        }
        AssessmentPanel panel = new AssessmentPanel(mine.get(), reviewCase.content().plan().grantPerYear());
        panel.addSaveListener(save -> {
            try {
                assessments.save(save.form(), save.complete());
                panel.forgetKept();
                ReviewSteps.notify(page.getTranslation(save.complete() ? "review.assessmentCompleted" : "review.assessmentSaved"),
                        NotificationVariant.LUMO_SUCCESS);
                reload.run();
            } catch (InvalidInputException invalid) {
                panel.showProblems(invalid, ReviewSteps::error);
            } catch (ConcurrentEditException conflict) {
                // Someone saved this assessment in the meantime: keep what is typed on screen.
                ReviewSteps.error(page.getTranslation("edit.conflict"));
            }
        });
        return panel;
    }

    Component decision(Component page, ReviewCase reviewCase, Runnable reload) {
        DecisionFormPanel panel = new DecisionFormPanel(new DecisionFormPanel.Setup(reviewCase.id(),
                reviewCase.content().plan().grantPerYear(), pledges.matching(reviewCase.id()).allMet(),
                LocalDate.ofInstant(clock.instant(), Formats.ZONE), assessments.all(reviewCase.id())));
        panel.addDecideListener(decide -> confirm(page, panel, decide.form(), reload));
        // The call's co-financing rules on the confirmed pledges, next to the decision they inform.
        VerticalLayout section = new VerticalLayout(panel, new PledgeRulesSection(pledges, reviewCase.id()));
        section.setPadding(false);
        return section;
    }

    private void confirm(Component page, DecisionFormPanel panel, DecisionForm form, Runnable reload) {
        // The form is checked before the confirmation is asked: a decision that cannot be taken is never confirmed.
        if (!attempt(page, () -> decisions.check(form), panel)) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(page.getTranslation("review.decideTitle"), page.getTranslation("review.decideText"),
                page.getTranslation("review.decide"), confirm -> {
            if (attempt(page, () -> decisions.decide(form), panel)) {
                panel.forgetKept();
                ReviewSteps.notify(page.getTranslation("review.decided"), NotificationVariant.LUMO_SUCCESS);
                reload.run();
            }
        });
        dialog.setId("decision-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("action.cancel"));
        dialog.open();
    }

    /** Runs the check or the decision; a refusal is shown at its fields (what was typed stays) and answers false. */
    private static boolean attempt(Component page, Runnable action, DecisionFormPanel panel) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            panel.showProblems(invalid, ReviewSteps::error);
        } catch (BudgetRefusedException refused) {
            ReviewSteps.error(page.getTranslation("review.ceilingRefused", String.valueOf(refused.refusal().year()),
                    Formats.money(refused.refusal().figure(), com.vaadin.flow.component.UI.getCurrent().getLocale())));
        } catch (IllegalTransitionException | AuthorizationDeniedException notAllowed) {
            ReviewSteps.error(page.getTranslation("review.notAllowedNow"));
        }
        return false;
    }

    Optional<Component> letter(Component page, ReviewCase reviewCase) {
        return decisions.letter(reviewCase.id()).map(pdf -> {
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), DecisionService.letterFileName(reviewCase.reference(), com.vaadin.flow.component.UI.getCurrent().getLocale()),
                    "application/pdf", pdf.length)), page.getTranslation("review.letter"));
            letter.setId("review-letter");
            return letter;
        });
    }

    Component objections(ReviewCase reviewCase) {
        return new ObjectionPanel(objections, reviewCase.id());
    }

    /** m22b (issue 22): objection to the settlement, ADR 0029. */
    Component settlementObjections(ReviewCase reviewCase) {
        return new ObjectionPanel(objections, reviewCase.id(), ObjectionSubject.SETTLEMENT);
    }

    /** After the grant the pledges arrive; a reviewer verifies them at settlement. */
    Component pledges(ReviewCase reviewCase, boolean reviewer) {
        return new PledgeRulesSection(pledges, reviewCase.id(), reviewer);
    }
}
