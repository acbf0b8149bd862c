package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CallStatus;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Creates or changes a call: texts in Dutch and English, facility types, dates, allocation, ceilings
 * per year, co-financing rules, criteria, deadlines; and publishes or closes it. Every refusal is
 * shown at its field and nothing typed is lost. {@code calls/new?fund=ID} for a new call.
 */
@Route("calls/:callId")
@RolesAllowed(Role.ADMIN_)
class CallEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallService calls;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final TextField titleNl = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea descriptionNl = new TextArea();
    private final TextArea descriptionEn = new TextArea();
    private final CheckboxGroup<FacilityType> facilityTypes = new CheckboxGroup<>();
    private final DatePicker openDate;
    private final DatePicker closeDate;
    private final Checkbox rollingIntake = new Checkbox();
    private final RadioButtonGroup<AllocationMethod> allocationMethod = new RadioButtonGroup<>();
    private final DecimalField maxGrant = new DecimalField();
    private final DecimalField minPrivateShare = new DecimalField();
    private final CheckboxGroup<CoFinancingSource> privateShareCounts = new CheckboxGroup<>();
    private final DecimalField maxFundShare = new DecimalField();
    private final DecimalField maxInKindShare = new DecimalField();
    private final Checkbox grantMaxMunicipal = new Checkbox();
    private final WholeNumberField decisionWeeks = new WholeNumberField();
    private final WholeNumberField objectionWeeks = new WholeNumberField();
    private final DecimalField settleAtOnceUpTo = new DecimalField();
    private final WholeNumberField finalReportWeeks = new WholeNumberField();
    private final DecimalField accountantStatementAbove = new DecimalField();
    private final YearAmountsEditor ceilings;
    private final CriteriaEditor criteria = new CriteriaEditor();
    private final TextArea amendmentReason = new TextArea();
    private final Button publish = new Button();
    private final Button close = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private CallData call;

    CallEditorView(CallService calls, Clock clock) {
        this.calls = calls;
        setId("call-editor-view");
        setMaxWidth("72em");
        openDate = DatePickers.create(getTranslation("call.openDate"), getLocale());
        closeDate = DatePickers.create(getTranslation("call.closeDate"), getLocale());
        ceilings = new YearAmountsEditor("call-ceilings", getTranslation("call.ceilings"), getTranslation("call.ceiling"),
                LocalDate.now(clock).getYear() + 1);

        text(titleNl, "titleNl", "call.titleNl", 200, true);
        text(titleEn, "titleEn", "call.titleEn", 200, true);
        area(descriptionNl, "descriptionNl", "call.descriptionNl");
        area(descriptionEn, "descriptionEn", "call.descriptionEn");
        facilityTypes.setLabel(getTranslation("call.facilityTypes"));
        facilityTypes.setId("call-facilityTypes");
        facilityTypes.setItems(FacilityType.values());
        facilityTypes.setItemLabelGenerator(type -> getTranslation("facility." + type));
        fields.put("facilityTypes", facilityTypes);
        openDate.setId("call-openDate");
        openDate.setRequiredIndicatorVisible(true);
        closeDate.setId("call-closeDate");
        fields.put("openDate", openDate);
        fields.put("closeDate", closeDate);
        rollingIntake.setLabel(getTranslation("call.rollingIntake"));
        rollingIntake.setId("call-rollingIntake");
        rollingIntake.addValueChangeListener(e -> closeDate.setEnabled(!e.getValue()));
        allocationMethod.setLabel(getTranslation("call.allocationMethod"));
        allocationMethod.setId("call-allocationMethod");
        allocationMethod.setItems(AllocationMethod.values());
        allocationMethod.setItemLabelGenerator(method -> getTranslation("call.allocation." + method));
        fields.put("allocationMethod", allocationMethod);
        amount(maxGrant, "maxGrant", "call.maxGrant", "€", null);
        amount(minPrivateShare, "minPrivateShare", "call.minPrivateShare", null, "%");
        privateShareCounts.setLabel(getTranslation("call.privateShareCounts"));
        privateShareCounts.setHelperText(getTranslation("call.privateShareCounts.help"));
        privateShareCounts.setId("call-privateShareCounts");
        privateShareCounts.setItems(CoFinancingSource.values());
        privateShareCounts.setItemLabelGenerator(source -> getTranslation(source.labelKey()));
        fields.put("privateShareCounts", privateShareCounts);
        amount(maxFundShare, "maxFundShare", "call.maxFundShare", null, "%");
        amount(maxInKindShare, "maxInKindShare", "call.maxInKindShare", null, "%");
        grantMaxMunicipal.setLabel(getTranslation("call.grantMaxMunicipal"));
        grantMaxMunicipal.setId("call-grantMaxMunicipal");
        weeks(decisionWeeks, "decisionWeeks", "call.decisionWeeks");
        weeks(objectionWeeks, "objectionWeeks", "call.objectionWeeks");
        amount(settleAtOnceUpTo, "settleAtOnceUpTo", "call.settleAtOnceUpTo", "€", null);
        settleAtOnceUpTo.setHelperText(getTranslation("call.settleAtOnceUpTo.help"));
        weeks(finalReportWeeks, "finalReportWeeks", "call.finalReportWeeks");
        amount(accountantStatementAbove, "accountantStatementAbove", "call.accountantStatementAbove", "€", null);
        fields.put("ceilings", ceilings);
        fields.put("criteria", criteria);
        amendmentReason.setLabel(getTranslation("call.amendmentReason"));
        amendmentReason.setHelperText(getTranslation("call.amendmentReason.help"));
        amendmentReason.setId("call-amendmentReason");
        amendmentReason.setMaxLength(2000);
        amendmentReason.setWidthFull();
        fields.put("amendmentReason", amendmentReason);

        FormLayout texts = new FormLayout(titleNl, titleEn, descriptionNl, descriptionEn);
        FormLayout intake = new FormLayout(facilityTypes, allocationMethod, openDate, closeDate, rollingIntake);
        intake.setColspan(facilityTypes, 2);
        FormLayout rules = new FormLayout(maxGrant, minPrivateShare, privateShareCounts, maxFundShare, maxInKindShare,
                grantMaxMunicipal, decisionWeeks, objectionWeeks, settleAtOnceUpTo, finalReportWeeks, accountantStatementAbove);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setText(getTranslation("call.publish"));
        publish.setId("call-publish");
        publish.addClickListener(click -> publish());
        close.setText(getTranslation("call.close"));
        close.setId("call-close");
        close.getElement().setAttribute("aria-haspopup", "dialog");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(click -> confirmClose());
        Button back = new Button(getTranslation("action.back"), click -> getUI().ifPresent(ui -> ui.navigate("funds")));
        status.setId("call-status");
        status.getElement().getThemeList().add("badge");

        add(new HorizontalLayout(heading, status), new H2(getTranslation("call.section.texts")), texts,
                new H2(getTranslation("call.section.intake")), intake,
                new H2(getTranslation("call.section.budget")), ceilings,
                new H2(getTranslation("call.section.rules")), rules,
                new H2(getTranslation("call.section.criteria")), criteria, amendmentReason,
                new HorizontalLayout(save, publish, close, back));
    }

    private void text(TextField field, String name, String label, int max, boolean required) {
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fields.put(name, field);
    }

    private void area(TextArea field, String name, String label) {
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        field.setMaxLength(4000);
        fields.put(name, field);
    }

    private void amount(DecimalField field, String name, String label, String prefix, String suffix) {
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        if (prefix != null) {
            field.setPrefixComponent(new Span(prefix));
        }
        if (suffix != null) {
            field.setSuffixComponent(new Span(suffix));
        }
        fields.put(name, field);
    }

    private void weeks(WholeNumberField field, String name, String label) {
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        field.setMin(1);
        field.setMax(52);
        field.setStepButtonsVisible(true);
        fields.put(name, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("callId").orElse("new");
        try {
            if ("new".equals(id)) {
                long fund = Long.parseLong(event.getLocation().getQueryParameters().getSingleParameter("fund").orElseThrow());
                call = calls.newCall(fund);
            } else {
                call = calls.call(Long.parseLong(id));
            }
        } catch (NotFoundException | NumberFormatException | java.util.NoSuchElementException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(call);
    }

    private void show(CallData data) {
        heading.setText(getTranslation(data.id() == null ? "call.new" : "call.edit"));
        status.setText(getTranslation("call.status." + data.status()));
        titleNl.setValue(nullToEmpty(data.titleNl()));
        titleEn.setValue(nullToEmpty(data.titleEn()));
        descriptionNl.setValue(nullToEmpty(data.descriptionNl()));
        descriptionEn.setValue(nullToEmpty(data.descriptionEn()));
        facilityTypes.setValue(data.facilityTypes());
        openDate.setValue(data.openDate());
        closeDate.setValue(data.closeDate());
        rollingIntake.setValue(data.rollingIntake());
        closeDate.setEnabled(!data.rollingIntake());
        allocationMethod.setValue(data.allocationMethod());
        maxGrant.setValue(data.maxGrant());
        minPrivateShare.setValue(data.minPrivateSharePercent());
        privateShareCounts.setValue(data.privateShareCounts());
        maxFundShare.setValue(data.maxFundSharePercent());
        maxInKindShare.setValue(data.maxInKindSharePercent());
        grantMaxMunicipal.setValue(data.grantMaxMunicipal());
        decisionWeeks.setValue(data.decisionWeeks());
        objectionWeeks.setValue(data.objectionWeeks());
        settleAtOnceUpTo.setValue(data.settleAtOnceUpTo());
        finalReportWeeks.setValue(data.finalReportWeeks());
        accountantStatementAbove.setValue(data.accountantStatementAbove());
        ceilings.setValue(data.ceilings());
        criteria.setValue(data.criteria());
        publish.setVisible(data.status() == CallStatus.DRAFT);
        close.setVisible(data.status() == CallStatus.PUBLISHED);
        // once published, what applicants rely on changes only with a reason that the public page shows
        amendmentReason.setVisible(data.status() != CallStatus.DRAFT);
    }

    /** Saves what is on screen; answers whether it was saved. On a refusal, every field keeps what was typed. */
    private boolean save() {
        ProblemMessages.clear(fields);
        SortedMap<Integer, BigDecimal> ceilingValues = ceilings.getValueOrShowProblems();
        if (ceilingValues == null || anyUnparsable()) {
            return false;
        }
        CallData data = new CallData(call.id(), call.version(), call.fundId(), call.status(), titleNl.getValue(),
                titleEn.getValue(), descriptionNl.getValue(), descriptionEn.getValue(), facilityTypes.getValue(),
                openDate.getValue(), closeDate.getValue(), rollingIntake.getValue(), allocationMethod.getValue(),
                maxGrant.getValue(), minPrivateShare.getValue(), maxFundShare.getValue(), maxInKindShare.getValue(),
                grantMaxMunicipal.getValue(), decisionWeeks.getValue() == null ? 0 : decisionWeeks.getValue(),
                objectionWeeks.getValue() == null ? 0 : objectionWeeks.getValue(), ceilingValues, criteria.getValue(),
                settleAtOnceUpTo.getValue(), finalReportWeeks.getValue() == null ? 0 : finalReportWeeks.getValue(),
                accountantStatementAbove.getValue(), privateShareCounts.getValue());
        try {
            long id = calls.save(data, amendmentReason.isVisible() ? amendmentReason.getValue() : null);
            call = calls.call(id);
            amendmentReason.clear();
            heading.setText(getTranslation("call.edit"));
            publish.setVisible(call.status() == CallStatus.DRAFT);
            close.setVisible(call.status() == CallStatus.PUBLISHED);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "calls/" + id));
            notify("call.saved", NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            notify("edit.conflict", NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    /** A date or number the browser could not read: its field says so already; do not send it on. */
    private boolean anyUnparsable() {
        boolean bad = false;
        for (HasValidation field : new HasValidation[]{openDate, closeDate, maxGrant, minPrivateShare, maxFundShare,
                maxInKindShare, decisionWeeks, objectionWeeks, settleAtOnceUpTo, finalReportWeeks, accountantStatementAbove}) {
            if (field.isInvalid()) {
                bad = true;
            }
        }
        return bad;
    }

    private void publish() {
        if (!save()) {
            return;
        }
        try {
            calls.publish(call.id());
            call = calls.call(call.id());
            show(call);
            notify("call.published", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        }
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("call.close.title"), getTranslation("call.close.text"),
                getTranslation("call.close"), confirm -> {
            calls.close(call.id());
            call = calls.call(call.id());
            show(call);
            notify("call.closed", NotificationVariant.LUMO_SUCCESS);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void notify(String keyOrText, NotificationVariant variant) {
        String text = keyOrText.contains(" ") ? keyOrText : getTranslation(keyOrText);
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(call == null || call.id() == null ? "call.new" : "call.edit");
    }
}
