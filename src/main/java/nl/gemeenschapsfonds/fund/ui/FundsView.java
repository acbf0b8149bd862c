package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallListItem;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;
import java.util.stream.Collectors;

/** The funds and calls of the user's authority: the fund administrator's and the finance officer's home. */
@Route("funds")
@Menu(title = "menu.funds", order = 30, icon = "PIGGY_BANK")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_, Role.DECISION_MAKER_})
class FundsView extends VerticalLayout implements HasDynamicTitle {

    FundsView(FundService fundService, CallService callService) {
        setId("funds-view");
        add(new H1(getTranslation("funds.title")));

        List<FundListItem> funds = fundService.fundsOfMyAuthority();
        Grid<FundListItem> fundGrid = new Grid<>();
        fundGrid.setId("funds-grid");
        fundGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        fundGrid.addColumn(FundListItem::name).setHeader(getTranslation("funds.name")).setFlexGrow(2);
        fundGrid.addColumn(fund -> fund.yearBudgets().entrySet().stream()
                        .map(e -> e.getKey() + ": " + Formats.money(e.getValue(), getLocale()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("funds.budgets")).setFlexGrow(3);
        fundGrid.addColumn(fund -> Formats.money(fund.totalBudget(), getLocale()))
                .setHeader(getTranslation("funds.total")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        fundGrid.addColumn(FundListItem::callCount).setHeader(getTranslation("funds.calls"));
        fundGrid.setItems(funds);
        fundGrid.setAllRowsVisible(true);

        List<CallListItem> calls = callService.callsOfMyAuthority();
        Grid<CallListItem> callGrid = new Grid<>();
        callGrid.setId("calls-grid");
        callGrid.addColumn(call -> call.title(getLocale())).setHeader(getTranslation("calls.title")).setFlexGrow(3);
        callGrid.addColumn(call -> getTranslation("call.status." + call.status())).setHeader(getTranslation("calls.status"));
        callGrid.addColumn(call -> call.rollingIntake() ? getTranslation("calls.rolling")
                        : Formats.date(call.openDate(), getLocale()) + " – " + Formats.date(call.closeDate(), getLocale()))
                .setHeader(getTranslation("calls.period"));
        callGrid.addColumn(call -> getTranslation("call.allocation." + call.allocationMethod()))
                .setHeader(getTranslation("calls.allocation"));
        callGrid.setItems(calls);
        callGrid.setAllRowsVisible(true);

        if (funds.isEmpty()) {
            add(new Paragraph(getTranslation("funds.empty")));
        } else {
            add(fundGrid);
        }
        add(new H2(getTranslation("calls.heading")));
        add(calls.isEmpty() ? new Paragraph(getTranslation("calls.empty")) : callGrid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.title");
    }
}
