package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.CoFinancingSought;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.FinancingPlan;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import nl.gemeenschapsfonds.submission.KindOfWork;
import nl.gemeenschapsfonds.submission.Receipt;
import nl.gemeenschapsfonds.submission.SubmissionRules;
import nl.gemeenschapsfonds.submission.SubmissionService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The application wizard: seven steps, each saved as a draft when the applicant leaves it and
 * every {@value #AUTOSAVE_SECONDS} seconds while they type, so closing the browser loses nothing.
 * The last step checks every rule on the server and lets the applicant go straight to each problem.
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
    private final Span savedState = new Span();
    private final HorizontalLayout stepBar = new HorizontalLayout();
    private final List<Button> stepButtons = new ArrayList<>();
    private final List<VerticalLayout> steps = new ArrayList<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();

    // Step 1
    private final RadioButtonGroup<CallTerms> call = new RadioButtonGroup<>();
    // Step 2
    private final Select<FacilityType> facilityType = new Select<>();
    private final TextField facilityName = new TextField();
    private final TextField facilityStreet = new TextField();
    private final TextField facilityPostcode = new TextField();
    private final TextField facilityCity = new TextField();
    private final ComboBox<Municipality> facilityMunicipality = new ComboBox<>();
    private final RadioButtonGroup<KindOfWork> kindOfWork = new RadioButtonGroup<>();
    // Step 3
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea targetGroups = new TextArea();
    private final WholeNumberField expectedVisitors = new WholeNumberField();
    private final TextArea activities = new TextArea();
    private final TextArea partners = new TextArea();
    private final TextField intervention = new TextField();
    private final DatePicker startDate;
    private final DatePicker endDate;
    // Steps 4 and 5
    private final PlanLinesEditor<CostCategory> costLines;
    private final PlanLinesEditor<FundingSource> financingLines;
    private final PlanSummary costSummary = new PlanSummary();
    private final PlanSummary planSummary = new PlanSummary();
    private final Checkbox seekingCofinancing = new Checkbox();
    private final VerticalLayout missingYears = new VerticalLayout();
    private final Map<Integer, DecimalField> missingFields = new TreeMap<>();
    private final Map<Integer, BigDecimal> missingTyped = new TreeMap<>();
    // Step 6
    private final VerticalLayout attachmentsStep = new VerticalLayout();
    // Step 7
    private final VerticalLayout review = new VerticalLayout();

    private ApplicationDraft draft;
    private boolean supplement;
    private CallTerms terms;
    private int current = 1;
    private boolean dirty;
    private boolean filling;
    private Registration poll;

    ApplicationWizardView(SubmissionService submissions, CallCatalogue catalogue, Municipalities municipalities,
                          AttachmentService attachments, Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.clock = clock;
        setId("application-wizard-view");
        setMaxWidth("80em");
        startDate = DatePickers.create(getTranslation("wizard.startDate"), getLocale());
        endDate = DatePickers.create(getTranslation("wizard.endDate"), getLocale());
        costLines = new PlanLinesEditor<>(CostCategory.class, "costLines", this::planChanged);
        financingLines = new PlanLinesEditor<>(FundingSource.class, "financingLines", this::planChanged);

        stepBar.setId("wizard-steps");
        stepBar.getElement().setAttribute("role", "navigation");
        stepBar.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        stepBar.setWrap(true);
        for (int step = 1; step <= STEPS; step++) {
            int target = step;
            Button button = new Button(step + ". " + getTranslation("wizard.step" + step), click -> goTo(target));
            button.setId("wizard-step-" + step);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stepButtons.add(button);
            stepBar.add(button);
        }
        savedState.setId("wizard-saved");
        savedState.addClassName("saved-state");
        // "saved at 12:03" is read out when it changes, without taking the focus (WCAG 4.1.3)
        savedState.getElement().setAttribute("role", "status");

        buildCallStep();
        buildFacilityStep(municipalities);
        buildProjectStep();
        buildCostStep();
        buildFinancingStep();
        buildAttachmentsStep();
        buildReviewStep();

        previous.setText(getTranslation("wizard.previous"));
        previous.setId("wizard-previous");
        previous.addClickListener(click -> goTo(current - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goTo(current + 1));
        Button saveAndClose = new Button(getTranslation("wizard.saveAndClose"), click -> {
            if (save()) {
                getUI().ifPresent(ui -> ui.navigate("applications/" + draft.id()));
            }
        });
        saveAndClose.setId("wizard-save-close");

        add(new HorizontalLayout(heading), stepBar, savedState);
        steps.forEach(this::add);
        add(new HorizontalLayout(previous, next, saveAndClose));
        fields.values().forEach(this::markDirtyOnChange);
        // After the listener above, which clears a field's message when it changes.
        facilityPostcode.addValueChangeListener(e -> {
            if (!e.getValue().isBlank() && !Postcode.isValid(e.getValue())) {
                facilityPostcode.setErrorMessage(getTranslation("validation.postcode"));
                facilityPostcode.setInvalid(true);
            }
        });
    }

    private void markDirtyOnChange(HasValidation field) {
        if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.addValueChangeListener(e -> {
                if (!filling) {
                    dirty = true;
                    field.setInvalid(false);
                }
            });
        }
    }

    private VerticalLayout step(int number, Component... content) {
        VerticalLayout step = new VerticalLayout();
        step.setId("wizard-step-content-" + number);
        step.setPadding(false);
        step.add(new H2(number + ". " + getTranslation("wizard.step" + number)));
        step.add(content);
        steps.add(step);
        return step;
    }

    private void buildCallStep() {
        call.setLabel(getTranslation("wizard.call"));
        call.setId("wizard-call");
        call.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        call.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(terms -> {
            Div item = new Div();
            Span name = new Span(terms.title(getLocale()) + " — " + terms.authorityName());
            name.addClassName("call-choice-title");
            item.add(name);
            CallTerms.Availability availability = terms.availabilityOn(today());
            String dates = terms.rollingIntake() ? getTranslation("calls.rolling")
                    : Formats.date(terms.openDate(), getLocale()) + " – " + Formats.date(terms.closeDate(), getLocale());
            item.add(new Div(new Span(dates + " · " + getTranslation("wizard.callAvailability." + availability,
                    Formats.date(terms.openDate(), getLocale()), Formats.date(terms.closeDate(), getLocale())))));
            return item;
        }));
        call.setItemEnabledProvider(terms -> terms.availabilityOn(today()) == CallTerms.Availability.OPEN);
        call.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                terms = e.getValue();
                facilityType.setItemEnabledProvider(type -> terms.facilityTypes().contains(type));
                planChanged();
            }
        });
        fields.put("call", call);
        step(1, new Paragraph(getTranslation("wizard.callIntro")), call);
    }

    private void buildFacilityStep(Municipalities municipalities) {
        facilityType.setLabel(getTranslation("wizard.facilityType"));
        facilityType.setId("wizard-facilityType");
        facilityType.setItems(FacilityType.values());
        facilityType.setItemLabelGenerator(type -> getTranslation("facility." + type));
        text(facilityName, "facilityName", 200);
        text(facilityStreet, "facilityStreet", 200);
        text(facilityPostcode, "facilityPostcode", 7);
        facilityPostcode.setHelperText(getTranslation("wizard.facilityPostcode.helper"));
        text(facilityCity, "facilityCity", 100);
        facilityMunicipality.setLabel(getTranslation("wizard.facilityMunicipality"));
        facilityMunicipality.setId("wizard-facilityMunicipality");
        facilityMunicipality.setItems(municipalities.all());
        facilityMunicipality.setItemLabelGenerator(Municipality::name);
        kindOfWork.setLabel(getTranslation("wizard.kindOfWork"));
        kindOfWork.setId("wizard-kindOfWork");
        kindOfWork.setItems(KindOfWork.values());
        kindOfWork.setItemLabelGenerator(kind -> getTranslation("kindOfWork." + kind));
        fields.put("facilityType", facilityType);
        fields.put("facilityMunicipality", facilityMunicipality);
        fields.put("kindOfWork", kindOfWork);
        FormLayout form = new FormLayout(facilityType, facilityName, facilityStreet, facilityPostcode, facilityCity,
                facilityMunicipality, kindOfWork);
        form.setColspan(kindOfWork, 2);
        step(2, form);
    }

    private void buildProjectStep() {
        text(title, "title", 200);
        area(description, "description", 4000);
        area(targetGroups, "targetGroups", 1000);
        expectedVisitors.setLabel(getTranslation("wizard.expectedVisitors"));
        expectedVisitors.setId("wizard-expectedVisitors");
        expectedVisitors.setMin(0);
        expectedVisitors.setMax(100000);
        fields.put("expectedVisitors", expectedVisitors);
        area(activities, "activities", 4000);
        area(partners, "partners", 1000);
        text(intervention, "intervention", 500);
        intervention.setHelperText(getTranslation("wizard.intervention.helper"));
        startDate.setId("wizard-startDate");
        endDate.setId("wizard-endDate");
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        FormLayout form = new FormLayout(title, description, targetGroups, expectedVisitors, activities, partners,
                intervention, startDate, endDate);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(activities, 2);
        step(3, form);
    }

    private void buildCostStep() {
        fields.put("costLines", costLines);
        step(4, new Paragraph(getTranslation("wizard.costsIntro")), costLines, costSummary);
    }

    private void buildFinancingStep() {
        seekingCofinancing.setLabel(getTranslation("wizard.seekingCofinancing"));
        seekingCofinancing.setId("wizard-seekingCofinancing");
        seekingCofinancing.addValueChangeListener(e -> {
            dirty |= !filling;
            rebuildMissing();
        });
        missingYears.setId("wizard-missing-years");
        missingYears.setPadding(false);
        fields.put("financingLines", financingLines);
        fields.put("grant", financingLines);
        fields.put("coFinancing", financingLines);
        step(5, new Paragraph(getTranslation("wizard.financingIntro")), financingLines, planSummary, seekingCofinancing,
                missingYears);
    }

    /**
     * One field per year of the project for the co-financing still missing, shown while the applicant seeks
     * co-financing. Checked as typed with the service's own rules; an amount that breaks them stays in its
     * field with the message and is left out of the save until it is put right.
     */
    private void rebuildMissing() {
        boolean wasFilling = filling;
        filling = true;
        try {
            missingYears.removeAll();
            missingYears.setVisible(seekingCofinancing.getValue());
            missingFields.keySet().forEach(year -> fields.remove(CoFinancingSought.field(year)));
            missingFields.clear();
            if (!seekingCofinancing.getValue()) {
                return;
            }
            SortedSet<Integer> years = projectYears();
            SortedMap<Integer, BigDecimal> costs = new FinancingPlan(costLines.completeCostLines(), List.of()).costsPerYear();
            missingYears.add(new Paragraph(getTranslation("wizard.missingIntro")));
            if (years.isEmpty()) {
                missingYears.add(new Paragraph(getTranslation("wizard.missingNoYears")));
            }
            for (int year : years) {
                BigDecimal costsOfYear = costs.getOrDefault(year, BigDecimal.ZERO);
                DecimalField field = new DecimalField(getTranslation("wizard.missingInYear", String.valueOf(year),
                        Formats.money(costsOfYear, getLocale())));
                field.setId("wizard-missing-" + year);
                field.setPrefixComponent(new Span("€"));
                field.setValue(missingTyped.get(year));
                field.addValueChangeListener(e -> {
                    if (e.getValue() == null) {
                        missingTyped.remove(year);
                    } else {
                        missingTyped.put(year, e.getValue());
                    }
                    if (!filling) {
                        dirty = true;
                    }
                    checkMissing(year, field, years, costsOfYear);
                });
                checkMissing(year, field, years, costsOfYear);
                missingFields.put(year, field);
                fields.put(CoFinancingSought.field(year), field);
                missingYears.add(field);
            }
        } finally {
            filling = wasFilling;
        }
    }

    private void checkMissing(int year, DecimalField field, SortedSet<Integer> years, BigDecimal costsOfYear) {
        CoFinancingSought.problem(year, field.getValue(), years, costsOfYear).ifPresentOrElse(problem -> {
            field.setErrorMessage(ProblemMessages.text(this, problem));
            field.setInvalid(true);
        }, () -> field.setInvalid(false));
    }

    private SortedSet<Integer> projectYears() {
        return new ApplicationDraft(null, 0, 0, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, startDate.isInvalid() ? null : startDate.getValue(), endDate.isInvalid() ? null : endDate.getValue(),
                costLines.completeCostLines(), List.of(), true).projectYears();
    }

    private SortedMap<Integer, BigDecimal> missingToSave() {
        SortedMap<Integer, BigDecimal> missing = new TreeMap<>();
        missingFields.forEach((year, field) -> {
            // A wrong amount stays in its field with the message; the saved one stays saved until it is put right.
            BigDecimal amount = field.isInvalid() ? draft.missingCofinancing().get(year) : field.getValue();
            if (amount != null) {
                missing.put(year, amount);
            }
        });
        return missing;
    }

    private void buildAttachmentsStep() {
        attachmentsStep.setId("attachments-step");
        attachmentsStep.setPadding(false);
        step(6, attachmentsStep);
    }

    private void buildReviewStep() {
        review.setId("wizard-review");
        review.setPadding(false);
        step(7, review);
    }

    private void text(TextField field, String name, int max) {
        field.setLabel(getTranslation("wizard." + name));
        field.setId("wizard-" + name);
        field.setMaxLength(max);
        fields.put(name, field);
    }

    private void area(TextArea field, String name, int max) {
        field.setLabel(getTranslation("wizard." + name));
        field.setId("wizard-" + name);
        field.setMaxLength(max);
        field.setHelperText(getTranslation("wizard.maxChars", max));
        fields.put(name, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElseThrow());
            var detail = submissions.detail(id);
            if (!detail.editable()) {
                event.forwardTo("applications/" + id);
                return;
            }
            draft = submissions.draft(id);
            supplement = detail.status() == nl.gemeenschapsfonds.submission.ApplicationStatus.SUPPLEMENT_REQUESTED;
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        attachmentsStep.removeAll();
        // the panel says itself what to add (and which types and sizes): no second introduction above it
        attachmentsStep.add(new AttachmentsPanel(attachments, draft.id()));
        List<CallTerms> calls = catalogue.publishedCalls();
        filling = true;
        call.setItems(calls);
        terms = calls.stream().filter(c -> c.id() == draft.callId()).findFirst().orElseGet(() -> catalogue.terms(draft.callId()));
        fill(draft);
        filling = false;
        dirty = false;
        // a step that is no number (an edited link) opens the first step
        int step = event.getLocation().getQueryParameters().getSingleParameter("step").filter(s -> s.matches("\\d{1,2}"))
                .map(Integer::parseInt).orElse(1);
        show(Math.max(1, Math.min(STEPS, step)));
    }

    private void fill(ApplicationDraft d) {
        call.setValue(terms);
        facilityType.setItemEnabledProvider(type -> terms.facilityTypes().contains(type));
        facilityType.setValue(d.facilityType());
        facilityName.setValue(nz(d.facilityName()));
        facilityStreet.setValue(nz(d.facilityStreet()));
        facilityPostcode.setValue(nz(d.facilityPostcode()));
        facilityCity.setValue(nz(d.facilityCity()));
        facilityMunicipality.setValue(d.facilityMunicipalityCode() == null ? null
                : facilityMunicipality.getListDataView().getItems()
                .filter(m -> m.code().equals(d.facilityMunicipalityCode())).findFirst().orElse(null));
        kindOfWork.setValue(d.kindOfWork());
        title.setValue(nz(d.title()));
        description.setValue(nz(d.description()));
        targetGroups.setValue(nz(d.targetGroups()));
        expectedVisitors.setValue(d.expectedVisitorsPerWeek());
        activities.setValue(nz(d.activities()));
        partners.setValue(nz(d.partners()));
        intervention.setValue(nz(d.intervention()));
        startDate.setValue(d.startDate());
        endDate.setValue(d.endDate());
        int firstYear = terms.years().isEmpty() ? today().getYear() + 1 : terms.years().first();
        costLines.setDefaultYear(firstYear);
        financingLines.setDefaultYear(firstYear);
        costLines.setCostLines(d.costLines());
        financingLines.setFinancingLines(d.financingLines());
        missingTyped.clear();
        missingTyped.putAll(d.missingCofinancing());
        seekingCofinancing.setValue(d.seekingCofinancing());
        rebuildMissing();
        heading.setText(d.title() == null || d.title().isBlank() ? getTranslation("wizard.newTitle") : d.title());
        updateSummaries();
    }

    private ApplicationDraft collect() {
        return collect(Set.of());
    }

    /**
     * What is on screen, to save. A field whose input the browser could not read, or that the last save refused
     * ({@code keepSaved}), keeps its last saved value, so everything else is still saved; a field merely marked by
     * a failed submit is saved as it stands (issue 13: a mark must never make a value disappear).
     */
    private ApplicationDraft collect(Set<String> keepSaved) {
        if (keepSaved.contains("endDate")) {
            // "ends before it starts" concerns both dates: the pair saved last is kept together
            keepSaved = new HashSet<>(keepSaved);
            keepSaved.add("startDate");
        }
        String postcode = keepSaved.contains("facilityPostcode") ? draft.facilityPostcode()
                : Postcode.isValid(facilityPostcode.getValue()) ? facilityPostcode.getValue() : null;
        return new ApplicationDraft(draft.id(), draft.version(), call.getValue() == null ? draft.callId() : call.getValue().id(),
                facilityType.getValue(), text(keepSaved, "facilityName", facilityName, draft.facilityName()),
                text(keepSaved, "facilityStreet", facilityStreet, draft.facilityStreet()), postcode,
                text(keepSaved, "facilityCity", facilityCity, draft.facilityCity()),
                facilityMunicipality.getValue() == null ? null : facilityMunicipality.getValue().code(), kindOfWork.getValue(),
                text(keepSaved, "title", title, draft.title()), text(keepSaved, "description", description, draft.description()),
                text(keepSaved, "targetGroups", targetGroups, draft.targetGroups()),
                keepSaved.contains("expectedVisitors") || ProblemMessages.unreadable(expectedVisitors)
                        ? draft.expectedVisitorsPerWeek() : expectedVisitors.getValue(),
                text(keepSaved, "activities", activities, draft.activities()),
                text(keepSaved, "partners", partners, draft.partners()),
                text(keepSaved, "intervention", intervention, draft.intervention()),
                keepSaved.contains("startDate") || ProblemMessages.unreadable(startDate) ? draft.startDate() : startDate.getValue(),
                keepSaved.contains("endDate") || ProblemMessages.unreadable(endDate) ? draft.endDate() : endDate.getValue(),
                keepSaved.contains("costLines") ? draft.costLines() : costLines.completeCostLines(),
                keepSaved.contains("financingLines") ? draft.financingLines() : financingLines.completeFinancingLines(),
                seekingCofinancing.getValue(),
                keepSaved.stream().anyMatch(field -> field.startsWith("missing")) ? draft.missingCofinancing() : missingToSave());
    }

    private static String text(Set<String> keepSaved, String name, com.vaadin.flow.component.HasValue<?, String> field, String saved) {
        return keepSaved.contains(name) ? saved : field.getValue();
    }

    private void planChanged() {
        if (!filling) {
            dirty = true;
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
        return save(false);
    }

    private boolean save(boolean retried) {
        if (!dirty) {
            return true;
        }
        try {
            long version = submissions.saveDraft(collect());
            draft = submissions.draft(draft.id());
            dirty = false;
            savedState.setText(getTranslation("wizard.savedAt", Formats.dateTime(clock.instant(), getLocale())));
            if (!title.getValue().isBlank()) {
                heading.setText(title.getValue());
            }
            return version > 0 && !costLines.hasIncompleteRows() && !financingLines.hasIncompleteRows();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
            saveAllBut(invalid);
            return false;
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            if (retried) {
                notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
                return false;
            }
            // saved in another tab meanwhile: what is on this screen is saved over it, and the user is told (issue 13)
            draft = submissions.draft(draft.id());
            notify(getTranslation("wizard.savedOverOther"), NotificationVariant.LUMO_CONTRAST);
            return save(true);
        } catch (IllegalTransitionException notEditable) {
            notify(getTranslation("wizard.notEditable"), NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    /**
     * A save was refused for some fields (an end date before the start, a postcode that is no postcode): the rest of
     * what was typed is saved all the same, the refused fields keep their message, what is typed in them, and their
     * last saved value, so closing the tab now loses only what is still wrong.
     */
    private void saveAllBut(InvalidInputException invalid) {
        Set<String> refused = new HashSet<>();
        invalid.problems().forEach(problem -> refused.add(problem.field()));
        try {
            submissions.saveDraft(collect(refused));
            draft = submissions.draft(draft.id());
            savedState.setText(getTranslation("wizard.partlySaved", Formats.dateTime(clock.instant(), getLocale())));
        } catch (InvalidInputException | ConcurrentEditException | ObjectOptimisticLockingFailureException
                 | IllegalTransitionException notSaved) {
            // nothing more can be saved now; the marks say why
        }
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
            Button button = stepButtons.get(i);
            if (i == step - 1) {
                button.getElement().setAttribute("aria-current", "step");
                button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.getElement().removeAttribute("aria-current");
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
        }
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
        review.removeAll();
        // every step at a glance, each with a link back to change it
        review.add(new com.vaadin.flow.component.html.H3(getTranslation("summary.title")),
                new ApplicationSummary(submissions.draft(draft.id()), terms == null ? null : terms.title(getLocale()),
                        facilityMunicipality.getValue() == null ? null : facilityMunicipality.getValue().name(),
                        attachments.list(draft.id()), this::show));
        List<Problem> problems = submissions.problems(draft.id()).stream()
                .filter(problem -> !(supplement && problem.field().equals("call"))).toList();
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
            int step = SubmissionRules.stepOf(problem);
            Span text = new Span(ProblemMessages.text(this, problem));
            if (problem.field().equals("organisation") || problem.field().equals("account")) {
                Button profile = new Button(getTranslation("wizard.goToProfile"), click -> {
                    save();
                    getUI().ifPresent(ui -> ui.navigate("organisation"));
                });
                profile.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                HorizontalLayout row = new HorizontalLayout(text, profile);
                row.getElement().setAttribute("role", "listitem");
                row.addClassName("submit-problem");
                list.add(row);
                continue;
            }
            Button go = new Button(getTranslation("wizard.goToStep", step), click -> {
                show(step);
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(ProblemMessages.text(this, problem));
                    field.setInvalid(true);
                    if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                        focusable.focus();
                    }
                }
            });
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
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setId("wizard-declaration");
        dialog.setHeader(getTranslation("wizard.declaration.title"));
        dialog.setText(getTranslation("wizard.declaration.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("wizard.declaration.confirm"));
        dialog.addConfirmListener(confirm -> submit());
        dialog.open();
    }

    private void submit() {
        if (!save()) {
            return;
        }
        try {
            if (supplement) {
                submissions.submitSupplement(draft.id(), draft.version());
                Notification.show(getTranslation("wizard.supplementSent"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Receipt receipt = submissions.submit(draft.id(), draft.version(), getLocale());
                Notification.show(getTranslation("wizard.submitted", receipt.reference()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            dirty = false;
            getUI().ifPresent(ui -> ui.navigate("applications/" + draft.id()));
        } catch (InvalidInputException invalid) {
            showReview();
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
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
        if (draft != null) {
            save();
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.pageTitle");
    }
}
