package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.SettlementPolicy;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementItem;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.security.Role;

import java.time.Clock;
import java.time.LocalDate;

/** After the grant, for the authority: reports still to come or to review (overdue first by date), and settlements. */
@Route("aftercare")
@Menu(title = "menu.aftercare", order = 45, icon = "CLIPBOARD_CHECK")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_, Role.FINANCE_})
class AftercareView extends VerticalLayout implements HasDynamicTitle {

    AftercareView(ReportService reports, SettlementService settlements, Clock clock) {
        setId("aftercare-view");
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        add(new H1(getTranslation("aftercare.title")));

        add(new H2(getTranslation("aftercare.reports")));
        Grid<ObligationItem> reportGrid = new Grid<>();
        reportGrid.setId("aftercare-reports");
        reportGrid.setAriaLabel(getTranslation("aftercare.reports"));
        reportGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reportGrid.setAllRowsVisible(true);
        reportGrid.addColumn(r -> Formats.date(r.currentDue(), getLocale())).setHeader(getTranslation("aftercare.due")).setAutoWidth(true);
        // the reference over the organisation: one column less, nothing cut off at 1280 px, wrapped at 320 px
        reportGrid.addComponentColumn(r -> twoLines(r.reference(), r.organisation()))
                .setHeader(getTranslation("aftercare.reference")).setKey("application").setWidth("11em").setFlexGrow(2);
        reportGrid.addColumn(r -> Labels.kind(this, r)).setHeader(getTranslation("aftercare.kind")).setAutoWidth(true);
        reportGrid.addColumn(r -> getTranslation("report.status." + r.status())
                        + (SettlementPolicy.moreTermPassed(r, today) ? " · " + getTranslation("aftercare.moreTermPassed")
                        : r.overdue(today) ? " · " + getTranslation("aftercare.overdue") : ""))
                .setKey("status").setHeader(getTranslation("aftercare.status"));
        // a request for more that went unanswered past its term: the reviewer may settle on own motion (Awb 4:47)
        reportGrid.addComponentColumn(r -> {
            if (r.kind() != ReportKind.FINAL || !SettlementPolicy.moreTermPassed(r, today)) {
                return new Span();
            }
            Button settle = new Button(getTranslation("aftercare.settleOwnMotion"),
                    click -> ReportNavigation.toSettlement(r.applicationId()));
            settle.setId("aftercare-settle-own-motion-" + r.id());
            settle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return settle;
        }).setKey("action").setHeader(getTranslation("aftercare.action")).setAutoWidth(true);
        reportGrid.setEmptyStateText(getTranslation("aftercare.reports.none"));
        reportGrid.setItems(reports.worklist());
        reportGrid.addItemClickListener(click -> ReportNavigation.toSettlement(click.getItem().applicationId()));
        add(reportGrid);

        add(new H2(getTranslation("aftercare.settlements")));
        Grid<SettlementItem> settlementGrid = new Grid<>();
        settlementGrid.setId("aftercare-settlements");
        settlementGrid.setAriaLabel(getTranslation("aftercare.settlements"));
        settlementGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        settlementGrid.setAllRowsVisible(true);
        // seven columns were cut off at 1280 px: reference over organisation, status over kind, granted over settled
        settlementGrid.addComponentColumn(s -> twoLines(s.reference(), s.organisation()))
                .setHeader(getTranslation("aftercare.reference")).setKey("application").setWidth("11em").setFlexGrow(2);
        settlementGrid.addComponentColumn(s -> twoLines(getTranslation("settlement.status." + s.status()),
                        getTranslation("settlement.kind." + s.kind())))
                .setHeader(getTranslation("aftercare.status")).setKey("status").setWidth("9em").setFlexGrow(1);
        settlementGrid.addComponentColumn(s -> twoLines(getTranslation("aftercarePage.grantedAmount", Formats.money(s.granted(), getLocale())),
                        getTranslation("aftercarePage.settledAmount", Formats.money(s.settled(), getLocale()))))
                .setHeader(getTranslation("aftercarePage.amounts")).setKey("amounts").setWidth("11em").setFlexGrow(1);
        settlementGrid.addColumn(s -> s.claim() == null ? "" : Formats.money(s.claim().amount(), getLocale())
                        + (s.claim().received() ? " ✓" : ""))
                .setHeader(getTranslation("settlement.claim")).setAutoWidth(true);
        settlementGrid.setEmptyStateText(getTranslation("aftercare.settlements.none"));
        settlementGrid.setItems(settlements.settlements());
        settlementGrid.addItemClickListener(click -> ReportNavigation.toSettlement(click.getItem().applicationId()));
        add(settlementGrid);
    }

    /** A cell of two lines: the main one, and a quieter one under it. */
    private static com.vaadin.flow.component.html.Div twoLines(String main, String second) {
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(new Span(main));
        cell.addClassName("cell-two-lines");
        Span under = new Span(second == null ? "" : second);
        under.addClassName("cell-second");
        cell.add(under);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftercare.title");
    }
}
