package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.CallQuestions;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CallStatus;
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
@Route(FundNavigation.CALLS + "/:callId")
@RolesAllowed(Role.ADMIN_)
class CallEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallService calls;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final CallTextsForm texts = new CallTextsForm();
    private final CallIntakeForm intake = new CallIntakeForm();
    private final CallRulesForm rules = new CallRulesForm();
    private final YearAmountsEditor ceilings;
    private final CriteriaEditor criteria = new CriteriaEditor();
    private final QuestionsEditor questions = new QuestionsEditor();
    private final EligibilityEditor eligibility = new EligibilityEditor();
    private final CallQuestionService questionService;
    private final TextArea amendmentReason = new TextArea();
    private final Button publish = new Button();
    private final Button close = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private CallData call;

    CallEditorView(CallService calls, Clock clock, CallQuestionService questionService) {
        this.calls = calls;
        this.questionService = questionService;
        setId("call-editor-view");
        setMaxWidth("72em");
        ceilings = new YearAmountsEditor("call-ceilings", getTranslation("call.ceilings"), getTranslation("call.ceiling"),
                LocalDate.now(clock).getYear() + 1);
        fields.putAll(texts.fields());
        fields.putAll(intake.fields());
        fields.putAll(rules.fields());
        fields.put("ceilings", ceilings);
        fields.put("criteria", criteria);
        fields.put("questions", questions);
        fields.put("eligibility", eligibility);
        amendmentReason.setLabel(getTranslation("call.amendmentReason"));
        amendmentReason.setHelperText(getTranslation("call.amendmentReason.help"));
        amendmentReason.setId("call-amendmentReason");
        amendmentReason.setMaxLength(2000);
        amendmentReason.setWidthFull();
        fields.put("amendmentReason", amendmentReason);

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
        Button back = new Button(getTranslation("action.back"), click -> FundNavigation.toFunds());
        status.setId("call-status");
        status.getElement().getThemeList().add("badge");

        add(new HorizontalLayout(heading, status), new H2(getTranslation("call.section.texts")), texts,
                new H2(getTranslation("call.section.intake")), intake,
                new H2(getTranslation("call.section.budget")), ceilings,
                new H2(getTranslation("call.section.rules")), rules,
                new H2(getTranslation("call.section.criteria")), criteria,
                new H2(getTranslation("call.section.questions")), questions,
                new H2(getTranslation("call.section.eligibility")), eligibility, amendmentReason,
                new HorizontalLayout(save, publish, close, back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean isNew = "new".equals(event.getRouteParameters().get("callId").orElse("new"));
        RouteIds.load(event, () -> isNew ? calls.newCall(RouteIds.queryId(event, "fund"))
                : calls.call(RouteIds.id(event, "callId"))).ifPresent(found -> {
            call = found;
            show(call);
        });
    }

    private void show(CallData data) {
        heading.setText(getTranslation(data.id() == null ? "call.new" : "call.edit"));
        status.setText(getTranslation("call.status." + data.status()));
        texts.setValue(new CallTextsForm.Texts(data.titleNl(), data.titleEn(), data.descriptionNl(), data.descriptionEn()));
        intake.setValue(new CallIntakeForm.Intake(data.facilityTypes(), data.allocationMethod(), data.openDate(),
                data.closeDate(), data.rollingIntake()));
        rules.setValue(new CallRulesForm.Rules(data.maxGrant(), data.minPrivateSharePercent(), data.privateShareCounts(),
                data.maxFundSharePercent(), data.maxInKindSharePercent(), data.grantMaxMunicipal(), data.decisionWeeks(),
                data.objectionWeeks(), data.settleAtOnceUpTo(), data.finalReportWeeks(), data.accountantStatementAbove()));
        ceilings.setValue(data.ceilings());
        criteria.setValue(data.criteria());
        CallQuestions asked = data.id() == null ? CallQuestions.none(0) : questionService.forEditor(data.id());
        questions.setValue(asked.questions());
        eligibility.setValue(asked.eligibility());
        publish.setVisible(data.status() == CallStatus.DRAFT);
        close.setVisible(data.status() == CallStatus.PUBLISHED);
        // once published, what applicants rely on changes only with a reason that the public page shows
        amendmentReason.setVisible(data.status() != CallStatus.DRAFT);
    }

    /** Saves what is on screen; answers whether it was saved. On a refusal, every field keeps what was typed. */
    private boolean save() {
        ProblemMessages.clear(fields);
        SortedMap<Integer, BigDecimal> ceilingValues = ceilings.getValueOrShowProblems();
        if (anyUnparsable() | ceilingValues == null) {
            return false;
        }
        CallTextsForm.Texts text = texts.getValue();
        CallIntakeForm.Intake when = intake.getValue();
        CallRulesForm.Rules rule = rules.getValue();
        CallData data = new CallData(call.id(), call.version(), call.fundId(), call.status(), text.titleNl(),
                text.titleEn(), text.descriptionNl(), text.descriptionEn(), when.facilityTypes(), when.openDate(),
                when.closeDate(), when.rollingIntake(), when.allocationMethod(), rule.maxGrant(), rule.minPrivateShare(),
                rule.maxFundShare(), rule.maxInKindShare(), rule.grantMaxMunicipal(), orZero(rule.decisionWeeks()),
                orZero(rule.objectionWeeks()), ceilingValues, criteria.getValue(), rule.settleAtOnceUpTo(),
                orZero(rule.finalReportWeeks()), rule.accountantStatementAbove(), rule.privateShareCounts());
        String reason = amendmentReason.isVisible() ? amendmentReason.getValue() : null;
        try {
            long id = calls.save(data, reason);
            call = calls.call(id);
            heading.setText(getTranslation("call.edit"));
            publish.setVisible(call.status() == CallStatus.DRAFT);
            close.setVisible(call.status() == CallStatus.PUBLISHED);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "calls/" + id));
            // the questions after the call: a new call has its id now; once published a change is an amendment too
            questionService.save(id, questions.getValue(), eligibility.getValue(), reason);
            amendmentReason.clear();
            notify("call.saved", NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            notify("edit.conflict", NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    /**
     * A date or number the browser could not read: its field says so already; do not send it on. Every other field of
     * the call's forms that is wrong (a required title left empty) is marked at the same time.
     */
    private boolean anyUnparsable() {
        boolean held = !RecordForm.readyToSend(message -> notify(message, NotificationVariant.LUMO_ERROR), texts, intake, rules);
        return held | questions.hasUnreadableInput();
    }

    private static int orZero(Integer weeks) {
        return weeks == null ? 0 : weeks;
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

    @Override
    public String getPageTitle() {
        return getTranslation(call == null || call.id() == null ? "call.new" : "call.edit");
    }
}
