package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.ui.PledgeRulesSection;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.review.ReviewService;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One application for the authority: what was asked, intake, the deadline, the assessment, the
 * decision and the internal notes. Each section shows only what the user's role may do now.
 */
@Route("review/:applicationId")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class ReviewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final IntakeService intake;
    private final DeadlineService deadlines;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final AuthenticationContext authentication;
    private final WorkQueueService workQueue;
    private final ObjectionService objections;
    private final PledgeService pledges;
    private final Clock clock;
    private final AttachmentService attachments;
    private final nl.gemeenschapsfonds.review.AssignmentService assignments;
    private ReviewCase reviewCase;

    ReviewApplicationView(ReviewService reviews, IntakeService intake, DeadlineService deadlines, AssessmentService assessments,
                          DecisionService decisions, AuthenticationContext authentication, WorkQueueService workQueue,
                          ObjectionService objections, PledgeService pledges, Clock clock, AttachmentService attachments,
                          nl.gemeenschapsfonds.review.AssignmentService assignments) {
        this.assignments = assignments;
        this.attachments = attachments;
        this.pledges = pledges;
        this.workQueue = workQueue;
        this.objections = objections;
        this.reviews = reviews;
        this.intake = intake;
        this.deadlines = deadlines;
        this.assessments = assessments;
        this.decisions = decisions;
        this.authentication = authentication;
        this.clock = clock;
        setId("review-application-view");
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, "applicationId", reviews::reviewCase).ifPresent(found -> {
            reviewCase = found;
            render();
        });
    }

    private void reload() {
        reviewCase = reviews.reviewCase(reviewCase.id());
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        ApplicationDraft content = reviewCase.content();
        add(new H1(reviewCase.reference() + " — " + content.title()));
        Span status = new Span(getTranslation("status." + reviewCase.status()));
        status.setId("review-status");
        status.getElement().getThemeList().add("badge");
        Span due = new Span(getTranslation("review.due", Formats.date(reviewCase.decisionDue(), locale)));
        due.setId("review-due");
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        if (reviewCase.decisionDue() != null && isOpen() && reviewCase.decisionDue().isBefore(today)) {
            due.getElement().getThemeList().add("badge error");
            due.setText(getTranslation("review.overdue", Formats.date(reviewCase.decisionDue(), locale)));
        } else if (reviewCase.decisionDue() != null && isOpen() && !reviewCase.decisionDue().isAfter(today.plusDays(7))) {
            due.getElement().getThemeList().add("badge contrast");
        }
        HorizontalLayout header = new HorizontalLayout(status, due);
        if (authentication.hasRole(Role.REVIEWER_) && isOpen()) {
            Optional<ReviewService.Assignee> assigned = reviews.assignee(reviewCase.id());
            Span assignee = new Span(assigned.map(a -> getTranslation(a.me() ? "review.assignedToMe" : "review.assignedTo", a.name()))
                    .orElseGet(() -> getTranslation("review.unassigned")));
            assignee.setId("review-assignee");
            header.add(assignee);
            if (assigned.isEmpty()) {
                // once someone has it in hand, taking it over is not a click away
                Button assign = new Button(getTranslation("review.assignToMe"), click -> run(() -> workQueue.assignToMe(reviewCase.id()),
                        "review.assigned", Map.of()));
                assign.setId("review-assign");
                assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                header.add(assign);
            }
        }
        add(header);
        add(new ApplicationContentSection(reviewCase));
        add(nl.gemeenschapsfonds.submission.ui.CallAnswersSection.forStaff(reviewCase.id())); // issue 21: the call's own questions (q21a)
        add(nl.gemeenschapsfonds.submission.ui.CoApplicantsSection.forStaff(reviewCase.id())); // issue 21.5: partners (coapp21)
        add(new ApplicationDossierSection(reviewCase, attachments, pledges));

        boolean reviewer = authentication.hasRole(Role.REVIEWER_);
        boolean decisionMaker = authentication.hasRole(Role.DECISION_MAKER_);
        if (reviewer && reviewCase.status() == ApplicationStatus.SUBMITTED) {
            add(intakeSection());
        }
        if (reviewer && reviewCase.status() == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            add(supplementSection(locale));
        }
        if (isOpen()) {
            add(extensionSection());
        }
        if (isOpen() && reviewCase.status() != ApplicationStatus.AWAITING_DECISION) {
            // issue 21.3: several reviewers, assigned by the lead or taking it themselves with their declaration
            add(new ReviewersPanel(assignments, reviewCase.id(), authentication.getPrincipalName().orElse(""), reviewer,
                    this::reload).forCall(reviewCase.call().id()));
        }
        if (decisionMaker && (reviewCase.status() == ApplicationStatus.IN_ASSESSMENT
                || reviewCase.status() == ApplicationStatus.AWAITING_DECISION)) {
            add(new AssessmentComparisonPanel(assessments.comparison(reviewCase.id())));
        }
        if (reviewer && reviewCase.status() == ApplicationStatus.IN_ASSESSMENT) {
            add(assessmentSection());
        }
        if (decisionMaker && reviewCase.status() == ApplicationStatus.AWAITING_DECISION) {
            add(decisionSection());
        }
        if (reviewCase.status() == ApplicationStatus.GRANTED || reviewCase.status() == ApplicationStatus.REFUSED) {
            decisions.letter(reviewCase.id()).ifPresent(pdf -> {
                Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                        new ByteArrayInputStream(pdf), DecisionService.letterFileName(reviewCase.reference(), getLocale()), "application/pdf",
                        pdf.length)), getTranslation("review.letter"));
                letter.setId("review-letter");
                add(letter);
            });
        }
        if (reviewCase.status() == ApplicationStatus.GRANTED || reviewCase.status() == ApplicationStatus.REFUSED) {
            add(new ObjectionPanel(objections, reviewCase.id()));
        }
        if (reviewCase.status() == ApplicationStatus.SETTLED) { // m22b (issue 22): objection to the settlement, ADR 0029
            add(new ObjectionPanel(objections, reviewCase.id(), nl.gemeenschapsfonds.review.ObjectionSubject.SETTLEMENT));
        }
        if (reviewCase.status() == ApplicationStatus.GRANTED || reviewCase.status() == ApplicationStatus.IN_EXECUTION
                || reviewCase.status() == ApplicationStatus.SETTLED) {
            // After the grant the pledges arrive; a reviewer verifies them at settlement.
            add(new PledgeRulesSection(pledges, reviewCase.id(), reviewer));
        }
        add(nl.gemeenschapsfonds.base.ui.StaffApplicationPanels.forApplication(reviewCase.id())); // p17a: retention (records)
        add(notesSection(locale));
    }

    private boolean isOpen() {
        return switch (reviewCase.status()) {
            case SUBMITTED, SUPPLEMENT_REQUESTED, IN_ASSESSMENT, AWAITING_DECISION -> true;
            default -> false;
        };
    }

    private Component intakeSection() {
        VerticalLayout section = section("review.intake");
        Button complete = new Button(getTranslation("review.intakeComplete"), click -> run(() -> intake.completeIntake(reviewCase.id()),
                "review.intakeCompleted", Map.of()));
        complete.setId("intake-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea text = new TextArea(getTranslation("review.supplementText"));
        text.setId("supplement-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        WholeNumberField days = new WholeNumberField(getTranslation("review.repairDays"));
        days.setId("supplement-days");
        days.setValue(14);
        days.setMin(1);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        Button request = new Button(getTranslation("review.requestSupplement"), click -> run(() ->
                        intake.requestSupplement(reviewCase.id(), text.getValue(), days.getValue() == null ? 0 : days.getValue()),
                "review.supplementRequested", Map.of("supplementText", text, "repairDays", days)));
        request.setId("supplement-request");
        section.add(complete, new Paragraph(getTranslation("review.orSupplement")), text, days, request);
        return section;
    }

    private Component supplementSection(Locale locale) {
        VerticalLayout section = section("review.supplement");
        for (IntakeService.SupplementRequest request : intake.requests(reviewCase.id())) {
            section.add(new Paragraph(getTranslation("review.supplementAsked", Formats.date(request.requestedOn(), locale),
                    Formats.date(request.dueOn(), locale)) + " " + request.text()));
        }
        Button notConsider = new Button(getTranslation("review.notConsider"), click -> run(() -> intake.notConsider(reviewCase.id()),
                "review.notConsidered", Map.of()));
        notConsider.setId("not-consider");
        notConsider.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(notConsider);
        return section;
    }

    private Component extensionSection() {
        VerticalLayout section = section("review.extension");
        WholeNumberField weeks = new WholeNumberField(getTranslation("review.extensionWeeks"));
        weeks.setId("extension-weeks");
        weeks.setMin(1);
        weeks.setMax(8);
        TextField reason = new TextField(getTranslation("review.extensionReason"));
        reason.setId("extension-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button extend = new Button(getTranslation("review.extend"), click -> run(() ->
                        deadlines.extend(reviewCase.id(), weeks.getValue() == null ? 0 : weeks.getValue(), reason.getValue()),
                "review.extended", Map.of("extensionWeeks", weeks, "extensionReason", reason)));
        extend.setId("extension-save");
        section.add(new HorizontalLayout(weeks, reason), extend);
        return section;
    }

    private Component assessmentSection() {
        var mine = assessments.mine(reviewCase.id());
        if (mine.isEmpty()) {
            VerticalLayout section = section("review.assessment");
            Checkbox declaration = new Checkbox(getTranslation("review.noConflict"));
            declaration.setId("no-conflict");
            Button start = new Button(getTranslation("review.startAssessment"), click -> {
                if (!declaration.getValue()) {
                    // a forgotten tick is no declared conflict (that one is kept and blocks: ReviewersPanel declares it)
                    declaration.setErrorMessage(getTranslation("review.assignment.declarationRequired"));
                    declaration.setInvalid(true);
                    return;
                }
                run(() -> assessments.start(reviewCase.id(), true), null, Map.of("noConflict", declaration));
            });
            start.setId("assessment-start");
            section.add(declaration, start);
            return section;
        }
        AssessmentPanel panel = new AssessmentPanel(mine.get(), reviewCase.content().plan().grantPerYear());
        panel.addSaveListener(save -> {
            try {
                assessments.save(save.form(), save.complete());
                notify(getTranslation(save.complete() ? "review.assessmentCompleted" : "review.assessmentSaved"),
                        NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException invalid) {
                panel.showProblems(invalid, ReviewApplicationView::notifyError);
            } catch (ConcurrentEditException conflict) {
                // Someone saved this assessment in the meantime: keep what is typed on screen.
                notifyError(getTranslation("edit.conflict"));
            }
        });
        return panel;
    }

    private Component decisionSection() {
        DecisionFormPanel panel = new DecisionFormPanel(new DecisionFormPanel.Setup(reviewCase.id(),
                reviewCase.content().plan().grantPerYear(), pledges.matching(reviewCase.id()).allMet(),
                LocalDate.ofInstant(clock.instant(), Formats.ZONE), assessments.all(reviewCase.id())));
        panel.addDecideListener(decide -> confirmDecision(panel, decide.form()));
        // The call's co-financing rules on the confirmed pledges, next to the decision they inform.
        panel.getContent().add(new PledgeRulesSection(pledges, reviewCase.id()));
        return panel;
    }

    private void confirmDecision(DecisionFormPanel panel, DecisionForm form) {
        // The form is checked before the confirmation is asked: a decision that cannot be taken is never confirmed.
        if (!attemptDecision(() -> decisions.check(form), panel)) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("review.decideTitle"), getTranslation("review.decideText"),
                getTranslation("review.decide"), confirm -> {
            if (attemptDecision(() -> decisions.decide(form), panel)) {
                notify(getTranslation("review.decided"), NotificationVariant.LUMO_SUCCESS);
                reload();
            }
        });
        dialog.setId("decision-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** Runs the check or the decision; a refusal is shown at its fields (what was typed stays) and answers false. */
    private boolean attemptDecision(Runnable action, DecisionFormPanel panel) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            panel.showProblems(invalid, ReviewApplicationView::notifyError);
        } catch (BudgetRefusedException refused) {
            notify(getTranslation("review.ceilingRefused", String.valueOf(refused.refusal().year()),
                    Formats.money(refused.refusal().figure(), getLocale())), NotificationVariant.LUMO_ERROR);
        } catch (IllegalTransitionException | AuthorizationDeniedException notAllowed) {
            notify(getTranslation("review.notAllowedNow"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    private Component notesSection(Locale locale) {
        VerticalLayout section = section("review.notes");
        section.setId("review-notes");
        for (ReviewService.Note note : reviews.notes(reviewCase.id())) {
            section.add(new Paragraph(Formats.dateTime(note.createdAt(), locale) + " — " + note.author() + ": " + note.text()));
        }
        TextArea text = area("note-text", getTranslation("review.note"));
        Button add = new Button(getTranslation("review.addNote"), click -> run(() -> reviews.addNote(reviewCase.id(), text.getValue()),
                "review.noteAdded", Map.of("note", text)));
        add.setId("note-add");
        section.add(new Paragraph(getTranslation("review.notesInternal")), text, add);
        return section;
    }

    static TextArea area(String id, String label) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(4000);
        area.setWidthFull();
        return area;
    }

    private VerticalLayout section(String headingKey) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation(headingKey)));
        section.setPadding(false);
        section.addClassName("review-section");
        return section;
    }

    /** Runs a step; refusals go to their fields (what was typed stays), success reloads the page. */
    private void run(Runnable action, String successKey, Map<String, ? extends HasValidation> fields) {
        ProblemMessages.clear(fields);
        try {
            action.run();
            if (successKey != null) {
                notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
            }
            reload();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (IllegalTransitionException | AuthorizationDeniedException notAllowed) {
            notify(getTranslation("review.notAllowedNow"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    static void notifyError(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return reviewCase == null ? getTranslation("review.pageTitle") : reviewCase.reference();
    }
}
