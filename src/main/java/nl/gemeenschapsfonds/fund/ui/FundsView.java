package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallListItem;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The funds and calls of the user's authority: the fund administrator's home, where funds and calls
 * are created and opened for editing. Finance and decision makers see the same lists, read-only.
 */
@Route(FundNavigation.FUNDS)
@Menu(title = "menu.funds", order = 30, icon = "PIGGY_BANK")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_, Role.DECISION_MAKER_})
class FundsView extends VerticalLayout implements HasDynamicTitle {

    FundsView(FundService fundService, CallService callService, AuthenticationContext authentication) {
        setId("funds-view");
        boolean admin = authentication.hasRole(Role.ADMIN_);
        Button newFund = new Button(getTranslation("fund.new"), VaadinIcon.PLUS.create(),
                click -> FundNavigation.toNewFund());
        newFund.setId("new-fund");
        newFund.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newFund.setVisible(admin);
        add(new HorizontalLayout(new H1(getTranslation("funds.title")), newFund));

        List<FundListItem> funds = fundService.fundsOfMyAuthority();
        Map<Long, String> fundNames = funds.stream().collect(Collectors.toMap(FundListItem::id, FundListItem::name));
        Grid<FundListItem> fundGrid = new Grid<>();
        fundGrid.setId("funds-grid");
        fundGrid.setAriaLabel(getTranslation("funds.title"));
        fundGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // two-line cells instead of five columns cut off at 1280 px: the fund over its total and number of calls
        fundGrid.addComponentColumn(fund -> twoLines(fund.name(), getTranslation("funds.totalAndCalls",
                        Formats.money(fund.totalBudget(), getLocale()), fund.callCount())))
                .setHeader(getTranslation("funds.name")).setKey("fund").setWidth("11em").setFlexGrow(2);
        // one line per year, so a year's amount is never broken off at 320 px
        fundGrid.addComponentColumn(fund -> {
                    com.vaadin.flow.component.html.Div lines = new com.vaadin.flow.component.html.Div();
                    lines.addClassName("cell-two-lines");
                    fund.yearBudgets().forEach((year, amount) -> lines.add(new com.vaadin.flow.component.html.Span(
                            year + ": " + Formats.money(amount, getLocale()))));
                    return lines;
                })
                .setHeader(getTranslation("funds.budgets")).setKey("budgets").setWidth("11em").setFlexGrow(2);
        if (admin) {
            fundGrid.addComponentColumn(fund -> {
                Button edit = new Button(getTranslation("action.edit"),
                        click -> FundNavigation.toFund(fund.id()));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                Button newCall = new Button(getTranslation("call.new"), VaadinIcon.PLUS.create(),
                        click -> FundNavigation.toNewCall(fund.id()));
                newCall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                newCall.setId("new-call-" + fund.id());
                return new HorizontalLayout(edit, newCall);
            }).setHeader(getTranslation("funds.actions")).setAutoWidth(true);
        }
        fundGrid.setItems(funds);
        fundGrid.setAllRowsVisible(true);

        List<CallListItem> calls = callService.callsOfMyAuthority();
        Grid<CallListItem> callGrid = new Grid<>();
        callGrid.setId("calls-grid");
        callGrid.setAriaLabel(getTranslation("calls.heading"));
        callGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the call over its fund; the period over how it is allocated: four columns fit at 1280 px and wrap at 320 px
        callGrid.addComponentColumn(call -> twoLines(call.title(getLocale()), fundNames.getOrDefault(call.fundId(), "")))
                .setHeader(getTranslation("calls.title")).setKey("call").setWidth("11em").setFlexGrow(3);
        callGrid.addColumn(call -> getTranslation("call.status." + call.status())).setHeader(getTranslation("calls.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(1);
        callGrid.addComponentColumn(call -> twoLines(call.rollingIntake()
                        ? Formats.date(call.openDate(), getLocale()) + " – " + getTranslation("calls.rolling")
                        : Formats.date(call.openDate(), getLocale()) + " – " + Formats.date(call.closeDate(), getLocale()),
                        getTranslation("call.allocation." + call.allocationMethod())))
                .setHeader(getTranslation("calls.period")).setKey("period").setWidth("11em").setFlexGrow(2);
        if (admin) {
            callGrid.addComponentColumn(call -> {
                Button edit = new Button(getTranslation("action.edit"),
                        click -> FundNavigation.toCall(call.id()));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setHeader(getTranslation("funds.actions")).setAutoWidth(true);
        }
        callGrid.setItems(calls);
        callGrid.setAllRowsVisible(true);

        if (funds.isEmpty()) {
            add(new Paragraph(getTranslation(admin ? "funds.emptyAdmin" : "funds.empty")));
        } else {
            add(fundGrid);
        }
        add(new H2(getTranslation("calls.heading")));
        add(calls.isEmpty() ? new Paragraph(getTranslation("calls.empty")) : callGrid);
    }

    /** A cell of two lines: the main one, and a quieter one under it. */
    private static com.vaadin.flow.component.html.Div twoLines(String main, String second) {
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(main));
        cell.addClassName("cell-two-lines");
        com.vaadin.flow.component.html.Span under = new com.vaadin.flow.component.html.Span(second);
        under.addClassName("cell-second");
        cell.add(under);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.title");
    }
}
