package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/** Creates or changes a fund and its budget per year as the council decided it. {@code funds/new} for a new fund. */
@Route(FundNavigation.FUNDS + "/:fundId")
@RolesAllowed(Role.ADMIN_)
class FundEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundService funds;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final YearAmountsEditor budgets;
    private final H1 heading = new H1();
    private final TextField payerName = new TextField();
    private final TextField payerIban = new TextField();
    private final TextField payerBic = new TextField();
    private final Map<String, HasValidation> fields;
    private FundData fund;

    FundEditorView(FundService funds, Clock clock) {
        this.funds = funds;
        setId("fund-editor-view");
        setMaxWidth("60em");
        name.setLabel(getTranslation("fund.name"));
        name.setId("fund-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        description.setLabel(getTranslation("fund.description"));
        description.setId("fund-description");
        description.setMaxLength(4000);
        budgets = new YearAmountsEditor("fund-budgets", getTranslation("fund.budgets"), getTranslation("fund.budget"),
                LocalDate.now(clock).getYear() + 1);
        // the account the fund's payments leave from (issue 13): no default, the export refuses without it
        payerName.setLabel(getTranslation("fund.payer.name"));
        payerName.setId("fund-payer-name");
        payerName.setMaxLength(nl.gemeenschapsfonds.fund.PayingAccount.MAX_NAME);
        payerName.setHelperText(getTranslation("fund.payer.nameHelper"));
        payerIban.setLabel(getTranslation("fund.payer.iban"));
        payerIban.setId("fund-payer-iban");
        payerIban.setMaxLength(42);
        payerBic.setLabel(getTranslation("fund.payer.bic"));
        payerBic.setId("fund-payer-bic");
        payerBic.setMaxLength(11);
        fields = Map.of("name", name, "description", description, "budgets", budgets, "payerName", payerName,
                "payerIban", payerIban, "payerBic", payerBic);
        name.addValueChangeListener(e -> name.setInvalid(false));

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("fund-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.back"), click -> FundNavigation.toFunds());
        FormLayout form = new FormLayout(name, description);
        form.setColspan(description, 2);
        FormLayout payer = new FormLayout(payerName, payerIban, payerBic);
        payer.setId("fund-payer");
        add(heading, form, budgets, new com.vaadin.flow.component.html.H2(getTranslation("fund.payer.title")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("fund.payer.intro")), payer,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean isNew = "new".equals(event.getRouteParameters().get("fundId").orElse("new"));
        RouteIds.load(event, () -> isNew ? FundData.newFund() : funds.fund(RouteIds.id(event, "fundId")))
                .ifPresent(this::show);
    }

    private void show(FundData found) {
        fund = found;
        heading.setText(getTranslation(fund.id() == null ? "fund.new" : "fund.edit"));
        name.setValue(fund.name());
        description.setValue(fund.description() == null ? "" : fund.description());
        budgets.setValue(fund.budgets());
        var account = fund.id() == null ? java.util.Optional.<nl.gemeenschapsfonds.fund.PayingAccount>empty()
                : funds.payingAccount(fund.id());
        payerName.setValue(account.map(nl.gemeenschapsfonds.fund.PayingAccount::name).orElseGet(funds::myAuthorityName));
        payerIban.setValue(account.map(nl.gemeenschapsfonds.fund.PayingAccount::ibanFormatted).orElse(""));
        payerBic.setValue(account.map(nl.gemeenschapsfonds.fund.PayingAccount::bic).orElse(""));
    }

    private void save() {
        ProblemMessages.clear(fields);
        SortedMap<Integer, BigDecimal> amounts = budgets.getValueOrShowProblems();
        if (amounts == null) {
            return;
        }
        try {
            // a proposed name alone is no account: without IBAN and BIC the fund has none yet
            boolean noAccount = payerIban.getValue().isBlank() && payerBic.getValue().isBlank();
            long id = funds.save(new FundData(fund.id(), fund.version(), name.getValue(), description.getValue(), amounts),
                    noAccount ? null : new nl.gemeenschapsfonds.fund.PayingAccount.Form(payerName.getValue(),
                            payerIban.getValue(), payerBic.getValue()));
            Notification.show(getTranslation("fund.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            fund = funds.fund(id);
            FundNavigation.toFunds();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, this::error);
        } catch (ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException conflict) {
            error(getTranslation("edit.conflict"));
        }
    }

    private void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(fund == null || fund.id() == null ? "fund.new" : "fund.edit");
    }
}
