package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.ui.ApplicationSections;

import java.util.Map;

/**
 * The review page's sections for handling the case: submission's answers and partners, the dossier, intake and supplement, the
 * deadline's extension and the reviewers. Each builds its panel from records and acts on the panel's events through
 * its service; a step that succeeds reloads the page ({@code reload}), a refusal shows at its fields.
 */
@org.springframework.stereotype.Component
class CaseSections {

    private final IntakeService intake;
    private final DeadlineService deadlines;
    private final ApplicationSections sections;
    private final AssignmentService assignments;
    private final AttachmentService attachments;
    private final PledgeService pledges;

    CaseSections(IntakeService intake, DeadlineService deadlines, ApplicationSections sections, AssignmentService assignments,
                 AttachmentService attachments, PledgeService pledges) {
        this.intake = intake;
        this.deadlines = deadlines;
        this.sections = sections;
        this.assignments = assignments;
        this.attachments = attachments;
        this.pledges = pledges;
    }

    Component callAnswers(ReviewCase reviewCase) {
        return sections.callAnswersForStaff(reviewCase.id());
    }

    Component coApplicants(ReviewCase reviewCase) {
        return sections.coApplicantsForStaff(reviewCase.id());
    }

    Component dossier(ReviewCase reviewCase) {
        return new ApplicationDossierSection(reviewCase, attachments, pledges);
    }

    Component intake(Component page, ReviewCase reviewCase, Runnable reload) {
        IntakePanel panel = new IntakePanel(reviewCase.id());
        panel.addCompleteListener(complete -> ReviewSteps.run(page, () -> intake.completeIntake(reviewCase.id()),
                "review.intakeCompleted", Map.of(), reload));
        panel.addSupplementListener(asked -> ReviewSteps.run(page, () -> {
                    intake.requestSupplement(reviewCase.id(), asked.supplement().text(),
                            asked.supplement().days() == null ? 0 : asked.supplement().days());
                    panel.forgetKept();
                }, "review.supplementRequested", panel.problemFields(), reload));
        return panel;
    }

    Component supplement(Component page, ReviewCase reviewCase, Runnable reload) {
        VerticalLayout section = new VerticalLayout(new H2(page.getTranslation("review.supplement")));
        section.setPadding(false);
        section.addClassName("review-section");
        for (IntakeService.SupplementRequest request : intake.requests(reviewCase.id())) {
            section.add(new Paragraph(page.getTranslation("review.supplementAsked", Formats.date(request.requestedOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()),
                    Formats.date(request.dueOn(), com.vaadin.flow.component.UI.getCurrent().getLocale())) + " " + request.text()));
        }
        Button notConsider = new Button(page.getTranslation("review.notConsider"), click -> ReviewSteps.run(page,
                () -> intake.notConsider(reviewCase.id()), "review.notConsidered", Map.of(), reload));
        notConsider.setId("not-consider");
        notConsider.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(notConsider);
        return section;
    }

    Component extension(Component page, ReviewCase reviewCase, Runnable reload) {
        ExtensionPanel panel = new ExtensionPanel(reviewCase.id());
        panel.addExtendListener(extend -> ReviewSteps.run(page, () -> {
                    deadlines.extend(reviewCase.id(), extend.extension().weeks() == null ? 0 : extend.extension().weeks(),
                            extend.extension().reason());
                    panel.forgetKept();
                }, "review.extended", panel.problemFields(), reload));
        return panel;
    }

    Component reviewers(ReviewCase reviewCase, String me, boolean reviewer, Runnable reload) {
        // issue 21.3: several reviewers, assigned by the lead or taking it themselves with their declaration
        return new ReviewersPanel(assignments, reviewCase.id(), me, reviewer, reload).forCall(reviewCase.call().id());
    }
}
