package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
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
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.review.AssessmentForm;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.ui.PledgeRulesSection;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.RefusalGround;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.review.ReviewService;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.FinancingPlan;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

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
    private ReviewCase reviewCase;

    ReviewApplicationView(ReviewService reviews, IntakeService intake, DeadlineService deadlines, AssessmentService assessments,
                          DecisionService decisions, AuthenticationContext authentication, WorkQueueService workQueue,
                          ObjectionService objections, PledgeService pledges, Clock clock, AttachmentService attachments) {
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
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElseThrow());
            reviewCase = reviews.reviewCase(id);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
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
        add(content(content, locale));
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
        if (reviewer && reviewCase.status() == ApplicationStatus.IN_ASSESSMENT) {
            add(assessmentSection(locale));
        }
        if (decisionMaker && reviewCase.status() == ApplicationStatus.AWAITING_DECISION) {
            add(decisionSection(locale));
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
        if (reviewCase.status() == ApplicationStatus.GRANTED || reviewCase.status() == ApplicationStatus.IN_EXECUTION
                || reviewCase.status() == ApplicationStatus.SETTLED) {
            // After the grant the pledges arrive; a reviewer verifies them at settlement.
            add(new PledgeRulesSection(pledges, reviewCase.id(), reviewer));
        }
        add(notesSection(locale));
    }

    private boolean isOpen() {
        return switch (reviewCase.status()) {
            case SUBMITTED, SUPPLEMENT_REQUESTED, IN_ASSESSMENT, AWAITING_DECISION -> true;
            default -> false;
        };
    }

    private Component content(ApplicationDraft content, Locale locale) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("review-content");
        box.add(new H2(getTranslation("review.application")));
        box.add(fact("review.organisation", reviewCase.organisationName()),
                fact("detail.call", reviewCase.call().title(locale)),
                fact("review.receivedAt", Formats.dateTime(reviewCase.submittedAt(), locale)),
                fact("wizard.facilityName", (content.facilityName() == null ? "" : content.facilityName())
                        + (content.facilityType() == null ? "" : " (" + getTranslation("facility." + content.facilityType()) + ")")),
                fact("wizard.facilityCity", content.facilityCity()),
                fact("wizard.kindOfWork", content.kindOfWork() == null ? "" : getTranslation("kindOfWork." + content.kindOfWork())),
                fact("wizard.description", content.description()),
                fact("wizard.targetGroups", content.targetGroups()),
                fact("wizard.expectedVisitors", content.expectedVisitorsPerWeek() == null ? "" : String.valueOf(content.expectedVisitorsPerWeek())),
                fact("wizard.activities", content.activities()),
                fact("wizard.partners", content.partners()),
                fact("wizard.intervention", content.intervention()));
        FinancingPlan plan = content.plan();
        box.add(fact("plan.totalCosts", Formats.money(plan.totalCosts(), locale)),
                fact("plan.grant", Formats.money(plan.grant(), locale)),
                fact("plan.coFinancing", Formats.money(plan.coFinancing(), locale)));
        plan.grantPerYear().forEach((year, amount) ->
                box.add(fact("plan.grantInYear", Formats.money(amount, locale), String.valueOf(year))));
        for (CoFinancingRule.Result result : reviewCase.call().coFinancing().check(plan.figures())) {
            Span rule = new Span(getTranslation(result.met() ? "rule.met" : "rule.notMet") + ": "
                    + getTranslation(result.ruleKey(), Formats.money(result.actual(), locale), Formats.money(result.limit(), locale)));
            rule.addClassName(result.met() ? "rule-met" : "rule-not-met");
            box.add(rule);
        }
        return box;
    }

    private Div fact(String labelKey, String value, Object... labelArgs) {
        Div div = new Div();
        String text = getTranslation(labelKey, labelArgs);
        Span label = new Span(text.endsWith("?") ? text + " " : text + ": ");
        label.addClassName("fact-label");
        // Applicant text is shown as text: Vaadin escapes it.
        div.add(label, new Span(value == null ? "" : value));
        div.setVisible(value != null && !value.isBlank());
        return div;
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

    private Component assessmentSection(Locale locale) {
        VerticalLayout section = section("review.assessment");
        var mine = assessments.mine(reviewCase.id());
        if (mine.isEmpty()) {
            Checkbox declaration = new Checkbox(getTranslation("review.noConflict"));
            declaration.setId("no-conflict");
            Button start = new Button(getTranslation("review.startAssessment"), click -> run(() ->
                    assessments.start(reviewCase.id(), declaration.getValue()), null, Map.of("noConflict", declaration)));
            start.setId("assessment-start");
            section.add(declaration, start);
            return section;
        }
        AssessmentForm form = mine.get();
        Map<String, HasValidation> fields = new HashMap<>();
        List<WholeNumberField> scores = new ArrayList<>();
        List<TextField> comments = new ArrayList<>();
        for (int i = 0; i < form.scores().size(); i++) {
            AssessmentForm.CriterionScore criterion = form.scores().get(i);
            String name = "en".equals(locale.getLanguage()) ? criterion.nameEn() : criterion.nameNl();
            WholeNumberField score = new WholeNumberField(getTranslation("review.score", name, criterion.maxScore(),
                    Formats.number(criterion.weight(), locale)));
            score.setId("score-" + i);
            score.setMin(0);
            score.setMax(criterion.maxScore());
            score.setValue(criterion.score());
            TextField comment = new TextField(getTranslation("review.comment"));
            comment.setId("comment-" + i);
            comment.setMaxLength(2000);
            comment.setValue(criterion.comment() == null ? "" : criterion.comment());
            comment.setWidthFull();
            scores.add(score);
            comments.add(comment);
            fields.put("score" + i, score);
            section.add(new HorizontalLayout(score, comment));
        }
        RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>(getTranslation("review.recommendation"));
        recommendation.setId("recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> getTranslation("recommendation." + r));
        recommendation.setValue(form.recommendation());
        Map<Integer, DecimalField> proposed = amountFields("proposed", reviewCase.content().plan().grantPerYear(),
                form.proposedAmounts(), "review.proposedAmount");
        TextArea motivation = new TextArea(getTranslation("review.motivation"));
        motivation.setId("assessment-motivation");
        motivation.setMaxLength(4000);
        motivation.setWidthFull();
        motivation.setValue(form.motivation() == null ? "" : form.motivation());
        fields.put("recommendation", recommendation);
        fields.put("motivation", motivation);
        Span score = new Span();
        score.setId("weighted-score");
        // the weighted score follows the scores as they are typed, before anything is saved
        Runnable showScore = () -> {
            List<AssessmentForm.CriterionScore> typed = new ArrayList<>();
            for (int i = 0; i < form.scores().size(); i++) {
                AssessmentForm.CriterionScore c = form.scores().get(i);
                typed.add(new AssessmentForm.CriterionScore(c.nameNl(), c.nameEn(), c.weight(), c.maxScore(),
                        scores.get(i).getValue(), null));
            }
            boolean none = typed.stream().allMatch(c -> c.score() == null);
            score.setText(getTranslation("review.weightedScore",
                    none ? "-" : Formats.number(AssessmentForm.weightedScore(typed), locale)));
        };
        scores.forEach(field -> {
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> showScore.run());
        });
        showScore.run();
        Button save = new Button(getTranslation("action.save"), click -> saveAssessment(form, scores, comments, recommendation,
                proposed, motivation, fields, false));
        save.setId("assessment-save");
        Button complete = new Button(getTranslation("review.completeAssessment"), click -> saveAssessment(form, scores, comments,
                recommendation, proposed, motivation, fields, true));
        complete.setId("assessment-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(recommendation);
        proposed.values().forEach(section::add);
        section.add(motivation, score, new HorizontalLayout(save, complete));
        return section;
    }

    private void saveAssessment(AssessmentForm form, List<WholeNumberField> scores, List<TextField> comments,
                                RadioButtonGroup<Recommendation> recommendation, Map<Integer, DecimalField> proposed,
                                TextArea motivation, Map<String, HasValidation> fields, boolean complete) {
        ProblemMessages.clear(fields);
        List<AssessmentForm.CriterionScore> given = new ArrayList<>();
        for (int i = 0; i < form.scores().size(); i++) {
            AssessmentForm.CriterionScore c = form.scores().get(i);
            given.add(new AssessmentForm.CriterionScore(c.nameNl(), c.nameEn(), c.weight(), c.maxScore(),
                    scores.get(i).getValue(), comments.get(i).getValue()));
        }
        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        proposed.forEach((year, field) -> {
            if (field.getValue() != null) {
                amounts.put(year, field.getValue());
            }
        });
        try {
            assessments.save(new AssessmentForm(form.applicationId(), form.assessmentId(), form.version(), given,
                    recommendation.getValue(), amounts, motivation.getValue(), null, false), complete);
            notify(getTranslation(complete ? "review.assessmentCompleted" : "review.assessmentSaved"), NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException conflict) {
            // Someone saved this assessment in the meantime: keep what is typed on screen.
            notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    private Component decisionSection(Locale locale) {
        VerticalLayout section = section("review.decision");
        for (AssessmentService.AssessmentSummary summary : assessments.all(reviewCase.id())) {
            section.add(new Paragraph(getTranslation("review.assessmentBy", summary.reviewer(),
                    summary.recommendation() == null ? "-" : getTranslation("recommendation." + summary.recommendation()),
                    summary.weightedScore() == null ? "-" : Formats.number(summary.weightedScore(), getLocale()))
                    + (summary.motivation() == null ? "" : " — " + summary.motivation())));
        }
        RadioButtonGroup<Recommendation> kind = new RadioButtonGroup<>(getTranslation("review.decisionKind"));
        kind.setId("decision-kind");
        kind.setItems(Recommendation.GRANT, Recommendation.REFUSE);
        kind.setItemLabelGenerator(r -> getTranslation("decision.kind." + r));
        kind.setValue(Recommendation.GRANT);
        Map<Integer, DecimalField> amounts = amountFields("decision", reviewCase.content().plan().grantPerYear(),
                reviewCase.content().plan().grantPerYear(), "review.grantAmount");
        TextArea conditions = area("decision-conditions", "review.conditions");
        TextArea obligations = area("decision-obligations", "review.obligations");
        DatePicker settlement = DatePickers.create(getTranslation("review.settlementDeadline"), locale);
        settlement.setId("decision-settlement");
        Checkbox advance = new Checkbox(getTranslation("review.advance"));
        advance.setId("decision-advance");
        advance.setValue(true);
        Select<RefusalGround> ground = new Select<>();
        ground.setLabel(getTranslation("review.refusalGround"));
        ground.setId("decision-ground");
        ground.setItems(RefusalGround.values());
        ground.setItemLabelGenerator(g -> getTranslation("refusalGround." + g));
        TextArea motivation = area("decision-motivation", "review.motivation");
        // When the call's rules are not met on the confirmed pledges, the grant may wait for the missing co-financing.
        boolean rulesMet = pledges.matching(reviewCase.id()).allMet();
        DatePicker coFinancingDueBy = DatePickers.create(getTranslation("review.coFinancingDueBy"), locale);
        coFinancingDueBy.setId("decision-cofinancing-due");
        coFinancingDueBy.setHelperText(getTranslation("review.coFinancingDueBy.helper"));
        coFinancingDueBy.setMin(LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(1));
        Map<String, HasValidation> fields = new HashMap<>(Map.of("motivation", motivation, "refusalGround", ground,
                "conditions", conditions, "reportObligations", obligations, "coFinancingDueBy", coFinancingDueBy));
        Runnable toggle = () -> {
            boolean refuse = kind.getValue() == Recommendation.REFUSE;
            amounts.values().forEach(field -> field.setVisible(!refuse));
            conditions.setVisible(!refuse);
            obligations.setVisible(!refuse);
            settlement.setVisible(!refuse);
            advance.setVisible(!refuse);
            ground.setVisible(refuse);
            coFinancingDueBy.setVisible(!refuse && !rulesMet);
        };
        kind.addValueChangeListener(e -> toggle.run());
        toggle.run();
        Button decide = new Button(getTranslation("review.decide"), click -> confirmDecision(kind, amounts, conditions,
                obligations, settlement, advance, ground, motivation, coFinancingDueBy, fields));
        decide.setId("decision-take");
        decide.getElement().setAttribute("aria-haspopup", "dialog");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(kind);
        amounts.values().forEach(section::add);
        section.add(new FormLayout(conditions, obligations, settlement, advance, ground, coFinancingDueBy), motivation, decide);
        // The call's co-financing rules on the confirmed pledges, next to the decision they inform.
        section.add(new PledgeRulesSection(pledges, reviewCase.id()));
        return section;
    }

    private void confirmDecision(RadioButtonGroup<Recommendation> kind, Map<Integer, DecimalField> amounts, TextArea conditions,
                                 TextArea obligations, DatePicker settlement, Checkbox advance, Select<RefusalGround> ground,
                                 TextArea motivation, DatePicker coFinancingDueBy, Map<String, HasValidation> fields) {
        List<HasValidation> typed = new ArrayList<>(amounts.values());
        typed.addAll(List.of(settlement, coFinancingDueBy));
        if (ProblemMessages.anyUnreadable(typed)) {
            // a date or amount typed wrongly reads as empty: deciding on it would drop a condition or an amount
            notify(getTranslation("form.unreadable"), NotificationVariant.LUMO_ERROR);
            return;
        }
        ProblemMessages.clear(fields);
        DecisionForm form = decisionForm(kind, amounts, conditions, obligations, settlement, advance, ground, motivation,
                coFinancingDueBy);
        // The form is checked before the confirmation is asked: a decision that cannot be taken is never confirmed.
        if (!attemptDecision(() -> decisions.check(form), fields)) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("review.decideTitle"), getTranslation("review.decideText"),
                getTranslation("review.decide"), confirm -> {
            if (attemptDecision(() -> decisions.decide(form), fields)) {
                notify(getTranslation("review.decided"), NotificationVariant.LUMO_SUCCESS);
                reload();
            }
        });
        dialog.setId("decision-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private DecisionForm decisionForm(RadioButtonGroup<Recommendation> kind, Map<Integer, DecimalField> amounts, TextArea conditions,
                                      TextArea obligations, DatePicker settlement, Checkbox advance, Select<RefusalGround> ground,
                                      TextArea motivation, DatePicker coFinancingDueBy) {
        boolean refuse = kind.getValue() == Recommendation.REFUSE;
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        if (!refuse) {
            amounts.forEach((year, field) -> {
                if (field.getValue() != null && field.getValue().signum() > 0) {
                    granted.put(year, field.getValue());
                }
            });
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        List<DecisionForm.Advance> advances = new ArrayList<>();
        if (!refuse && advance.getValue()) {
            // The usual schedule: 80% of each year's grant in advance, on the first day of that year
            // (or within a month of the decision when the year has begun).
            granted.forEach((year, amount) -> {
                LocalDate due = LocalDate.of(year, 1, 1);
                advances.add(new DecisionForm.Advance(due.isBefore(today) ? today.plusMonths(1) : due, year,
                        amount.multiply(new BigDecimal("0.80")).setScale(2, java.math.RoundingMode.HALF_UP)));
            });
        }
        return new DecisionForm(reviewCase.id(), refuse ? Recommendation.REFUSE : Recommendation.GRANT, granted,
                conditions.getValue(), obligations.getValue(), settlement.getValue(), advances,
                refuse ? ground.getValue() : null, motivation.getValue(),
                refuse || !coFinancingDueBy.isVisible() ? null : coFinancingDueBy.getValue());
    }

    /** Runs the check or the decision; a refusal is shown at its fields (what was typed stays) and answers false. */
    private boolean attemptDecision(Runnable action, Map<String, HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
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
        TextArea text = area("note-text", "review.note");
        Button add = new Button(getTranslation("review.addNote"), click -> run(() -> reviews.addNote(reviewCase.id(), text.getValue()),
                "review.noteAdded", Map.of("note", text)));
        add.setId("note-add");
        section.add(new Paragraph(getTranslation("review.notesInternal")), text, add);
        return section;
    }

    private Map<Integer, DecimalField> amountFields(String idPrefix, SortedMap<Integer, BigDecimal> years,
                                                       SortedMap<Integer, BigDecimal> values, String labelKey) {
        Map<Integer, DecimalField> fields = new TreeMap<>();
        years.keySet().forEach(year -> {
            DecimalField field = new DecimalField(getTranslation(labelKey, String.valueOf(year),
                    Formats.money(years.get(year), getLocale())));
            field.setId(idPrefix + "-amount-" + year);
            field.setPrefixComponent(new Span("€"));
            field.setValue(values.get(year));
            fields.put(year, field);
        });
        return fields;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
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

    @Override
    public String getPageTitle() {
        return reviewCase == null ? getTranslation("review.pageTitle") : reviewCase.reference();
    }
}
