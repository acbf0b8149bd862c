package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationDetail;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.CoApplicants;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.FinancingPlan;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application wizard: seven steps, each saved as a draft when the applicant leaves it and
 * every {@value #AUTOSAVE_SECONDS} seconds while they type, so closing the browser loses nothing.
 * The last step checks every rule on the server and lets the applicant go straight to each problem.
 * Steps 2 and 3 are forms bound to records ({@link FacilityStep}, {@link ProjectStep}); every step tells
 * this view when the applicant changed something ({@link WizardStepChanged}, {@link RecordForm.ChangedEvent}).
 */
@Route("applications/:applicationId/edit")
@RolesAllowed(Role.APPLICANT_)
class ApplicationWizardView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final int AUTOSAVE_SECONDS = 30;
    static final int STEPS = 7;

    private final SubmissionService submissions;
    private final CallCatalogue catalogue;
    private final AttachmentService attachments;
    private final Clock clock;

    private final H1 heading = new H1();
    private final WizardStepBar stepBar = new WizardStepBar(STEPS, this::goTo);
    private final List<VerticalLayout> steps = new ArrayList<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    /** The fields of this view itself by the names the services use for their problems; the steps keep theirs. */
    private final Map<String, HasValidation> ownFields = new HashMap<>();

    private final RadioButtonGroup<CallTerms> call = CallChoice.create(this, this::today);
    private final FacilityStep facility;
    private final ProjectStep project = new ProjectStep();
    private final PlanLinesEditor<CostCategory> costLines;
    private final PlanLinesEditor<FundingSource> financingLines;
    private final PlanSummary costSummary = new PlanSummary();
    private final PlanSummary planSummary = new PlanSummary();
    private final Checkbox seekingCofinancing = new Checkbox();
    private final MissingCofinancingFields missing = new MissingCofinancingFields();
    private final VerticalLayout attachmentsStep = new VerticalLayout();
    private final ReviewStep review = new ReviewStep();
    private final CallQuestionsSection questions;
    private final CoApplicantsEditor coApplicants; // issue 21: partner organisations
    private final ApplicationAnswers answers;

    private final WizardSaving saving;
    private boolean supplement;
    private CallTerms terms;
    private int current = 1;
    private boolean filling;
    private Registration poll;

    ApplicationWizardView(SubmissionService submissions, CallCatalogue catalogue, Municipalities municipalities,
                          AttachmentService attachments, Clock clock, ApplicationAnswers answers, CoApplicants partners) {
        this.submissions = submissions;
        this.answers = answers;
        this.questions = new CallQuestionsSection(answers, attachments);
        this.coApplicants = new CoApplicantsEditor(partners);
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.clock = clock;
        setId("application-wizard-view");
        setMaxWidth("80em");
        facility = new FacilityStep(municipalities.all());
        costLines = new PlanLinesEditor<>(CostCategory.class, "costLines", this::planChanged);
        financingLines = new PlanLinesEditor<>(FundingSource.class, "financingLines", this::planChanged);
        saving = new WizardSaving(this, submissions, clock, this::collect, this::fields);

        buildCallStep();
        step(2, facility);
        step(3, project, coApplicants, questions);
        ownFields.put("costLines", costLines);
        step(4, new Paragraph(getTranslation("wizard.costsIntro")), costLines, costSummary);
        buildFinancingStep();
        attachmentsStep.setId("attachments-step");
        attachmentsStep.setPadding(false);
        step(6, attachmentsStep);
        step(7, review);
        facility.addChangedListener(changed -> saving.changed());
        project.addChangedListener(changed -> saving.changed());
        missing.addChangeListener(changed -> saving.changed());
        review.addGoToProblemListener(go -> goToProblem(go.step(), go.problem()));
        review.addGoToProfileListener(go -> {
            save();
            getUI().ifPresent(ui -> ui.navigate("organisation"));
        });
        review.addSubmitListener(confirmed -> submit());

        previous.setText(getTranslation("wizard.previous"));
        previous.setId("wizard-previous");
        previous.addClickListener(click -> goTo(current - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goTo(current + 1));
        Button saveAndClose = new Button(getTranslation("wizard.saveAndClose"), click -> {
            if (save()) {
                SubmissionNavigation.toApplication(draft().id());
            }
        });
        saveAndClose.setId("wizard-save-close");

        add(new HorizontalLayout(heading), stepBar, saving.savedState());
        steps.forEach(this::add);
        add(new HorizontalLayout(previous, next, saveAndClose));
        ownFields.values().forEach(field -> WizardFields.onChange(field, () -> filling, saving::changed));
    }

    private void step(int number, Component... content) {
        VerticalLayout step = new VerticalLayout();
        step.setId("wizard-step-content-" + number);
        step.setPadding(false);
        step.add(new H2(number + ". " + getTranslation("wizard.step" + number)));
        step.add(content);
        steps.add(step);
    }

    private void buildCallStep() {
        call.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                terms = e.getValue();
                facility.allowFacilityTypes(terms.facilityTypes());
                planChanged();
            }
        });
        ownFields.put("call", call);
        step(1, new Paragraph(getTranslation("wizard.callIntro")), call);
    }

    private void buildFinancingStep() {
        seekingCofinancing.setLabel(getTranslation("wizard.seekingCofinancing"));
        seekingCofinancing.setId("wizard-seekingCofinancing");
        seekingCofinancing.addValueChangeListener(e -> {
            if (!filling) {
                saving.changed();
            }
            rebuildMissing();
        });
        ownFields.put("financingLines", financingLines);
        ownFields.put("grant", financingLines);
        ownFields.put("coFinancing", financingLines);
        step(5, new Paragraph(getTranslation("wizard.financingIntro")), financingLines, planSummary, seekingCofinancing, missing);
    }

    /** Every field of the wizard by the names the services use for their problems. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(ownFields);
        fields.putAll(facility.fields());
        fields.putAll(project.fields());
        fields.putAll(missing.fields());
        fields.putAll(questions.fields());
        return fields;
    }

    private void rebuildMissing() {
        ApplicationDraft dates = new ApplicationDraft(null, 0, 0, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, project.start(), project.end(), costLines.completeCostLines(), List.of(), true);
        missing.rebuild(seekingCofinancing.getValue(), dates.projectYears(),
                new FinancingPlan(costLines.completeCostLines(), List.of()).costsPerYear());
    }

    private void fill(ApplicationDraft d) {
        call.setValue(terms);
        facility.allowFacilityTypes(terms.facilityTypes());
        facility.read(FacilityDetails.of(d));
        project.read(ProjectDetails.of(d));
        int firstYear = terms.years().isEmpty() ? today().getYear() + 1 : terms.years().first();
        costLines.setDefaultYear(firstYear);
        financingLines.setDefaultYear(firstYear);
        costLines.setCostLines(d.costLines());
        financingLines.setFinancingLines(d.financingLines());
        missing.setTyped(d.missingCofinancing());
        seekingCofinancing.setValue(d.seekingCofinancing());
        rebuildMissing();
        heading.setText(d.title() == null || d.title().isBlank() ? getTranslation("wizard.newTitle") : d.title());
        updateSummaries();
    }

    /**
     * What is on screen, to save. A field whose input the browser could not read, or that the last save refused
     * ({@code keepSaved}), keeps its last saved value, so everything else is still saved; a field merely marked by
     * a failed submit is saved as it stands (issue 13: a mark must never make a value disappear).
     */
    private ApplicationDraft collect(Set<String> keepSaved) {
        FacilityDetails f = facility.value().toSave(FacilityDetails.of(draft()), keepSaved);
        ProjectDetails p = project.value().toSave(ProjectDetails.of(draft()), keepSaved, project.unreadable());
        return new ApplicationDraft(draft().id(), draft().version(), call.getValue() == null ? draft().callId() : call.getValue().id(),
                f.facilityType(), f.facilityName(), f.facilityStreet(), f.facilityPostcode(), f.facilityCity(),
                f.facilityMunicipalityCode(), f.kindOfWork(), p.title(), p.description(), p.targetGroups(),
                p.expectedVisitorsPerWeek(), p.activities(), p.partners(), p.intervention(), p.startDate(), p.endDate(),
                keepSaved.contains("costLines") ? draft().costLines() : costLines.completeCostLines(),
                keepSaved.contains("financingLines") ? draft().financingLines() : financingLines.completeFinancingLines(),
                seekingCofinancing.getValue(),
                keepSaved.stream().anyMatch(field -> field.startsWith("missing")) ? draft().missingCofinancing()
                        : missing.toSave(draft().missingCofinancing()));
    }

    private void planChanged() {
        if (!filling) {
            saving.changed();
            updateSummaries();
        }
    }

    private void updateSummaries() {
        FinancingPlan plan = new FinancingPlan(costLines.completeCostLines(), financingLines.completeFinancingLines());
        costSummary.show(plan, null);
        planSummary.show(plan, terms);
    }

    /** Saves the draft when something changed; answers whether everything typed is now stored. */
    private boolean save() {
        boolean changed = saving.isDirty();
        boolean answersSaved = questions.save();
        if (!saving.save() || !answersSaved) {
            return false;
        }
        if (changed && !project.titleValue().isBlank()) {
            heading.setText(project.titleValue());
        }
        return !changed || !costLines.hasIncompleteRows() && !financingLines.hasIncompleteRows();
    }

    private void goTo(int step) {
        if (step < 1 || step > STEPS || step == current) {
            return;
        }
        save();
        show(step);
    }

    private void show(int step) {
        current = step;
        for (int i = 0; i < STEPS; i++) {
            steps.get(i).setVisible(i == step - 1);
        }
        stepBar.select(step);
        previous.setEnabled(step > 1);
        next.setVisible(step < STEPS);
        if (step == 5) {
            rebuildMissing();
        }
        if (step == 7) {
            showReview();
        }
    }

    private void showReview() {
        // a field the last save refused is on screen as typed but stored as before (often empty): its refusal is
        // what the applicant must put right, not the stored draft's "fill this in" (walk24: an end date before the
        // start was listed as "Vul de einddatum in" while the field showed the date)
        List<Problem> refused = saving.refused();
        Set<String> refusedFields = new java.util.HashSet<>();
        refused.forEach(problem -> refusedFields.add(problem.field()));
        if (refusedFields.contains("endDate")) {
            refusedFields.add("startDate"); // the pair is kept as stored together (ProjectDetails.toSave)
        }
        List<Problem> problems = java.util.stream.Stream.concat(refused.stream(), submissions.problems(draft().id()).stream()
                        .filter(problem -> !refusedFields.contains(problem.field())))
                .filter(problem -> !(supplement && problem.field().equals("call"))).toList();
        review.show(submissions.draft(draft().id()), terms == null ? null : terms.title(getLocale()), facility.municipalityName(),
                attachments.list(draft().id()), problems, supplement, this::show, answers.mine(draft().id()));
    }

    private void goToProblem(int step, Problem problem) {
        show(step);
        HasValidation field = fields().get(problem.field());
        if (field != null) {
            field.setErrorMessage(ProblemMessages.text(this, problem));
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private void submit() {
        if (save() && WizardSubmit.submit(this, getLocale(), submissions, draft(), supplement, this::showReview)) {
            saving.loaded(draft());
            SubmissionNavigation.toApplication(draft().id());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationDetail detail = RouteIds.load(event, SubmissionNavigation.APPLICATION_ID, submissions::detail).orElse(null);
        if (detail == null) {
            return;
        }
        if (!detail.editable()) {
            SubmissionNavigation.forwardToApplication(event, detail.id());
            return;
        }
        saving.loaded(submissions.draft(detail.id()));
        supplement = detail.status() == ApplicationStatus.SUPPLEMENT_REQUESTED;
        attachmentsStep.removeAll();
        // the panel says itself what to add (and which types and sizes): no second introduction above it
        attachmentsStep.add(new AttachmentsPanel(attachments, draft().id()));
        List<CallTerms> calls = catalogue.publishedCalls();
        filling = true;
        call.setItems(calls);
        terms = calls.stream().filter(c -> c.id() == draft().callId()).findFirst().orElseGet(() -> catalogue.terms(draft().callId()));
        fill(draft());
        questions.show(answers.mine(draft().id()));
        coApplicants.show(draft().id(), detail.status() == ApplicationStatus.DRAFT);
        filling = false;
        saving.loaded(draft());
        // a step that is no number (an edited link) opens the first step
        int step = event.getLocation().getQueryParameters().getSingleParameter("step").filter(s -> s.matches("\\d{1,2}"))
                .map(Integer::parseInt).orElse(1);
        show(Math.max(1, Math.min(STEPS, step)));
    }

    /** The timer: every {@value #AUTOSAVE_SECONDS} seconds what was typed is saved. */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(AUTOSAVE_SECONDS * 1000);
        poll = ui.addPollListener(e -> save());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft() != null) {
            save();
        }
    }

    private ApplicationDraft draft() {
        return saving.draft();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.pageTitle");
    }
}
