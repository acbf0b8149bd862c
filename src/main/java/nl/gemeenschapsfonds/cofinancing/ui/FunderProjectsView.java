package nl.gemeenschapsfonds.cofinancing.ui;

import nl.gemeenschapsfonds.base.export.Spreadsheets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.FunderDashboard;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.PledgeTotal;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.SupportedProject;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgesExport;
import nl.gemeenschapsfonds.security.Role;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The funder's home and dashboard: totals pledged, confirmed and received; the projects and facilities
 * they support with the expected visitors reached; their pledges by year and state; and all their
 * pledges, also as CSV and XLSX.
 */
@Route(CofinancingNavigation.PROJECTS)
@Menu(title = "menu.funderProjects", order = 40, icon = "HANDSHAKE")
@RolesAllowed(Role.FUNDER_)
class FunderProjectsView extends VerticalLayout implements FunderPage, HasDynamicTitle {

    FunderProjectsView(CoFinancingDashboards dashboards, Translations translations, Clock clock) {
        setId("funder-projects-view");
        add(new H1(getTranslation("funderProjects.title")));
        FunderDashboard dashboard = dashboards.funderDashboard();
        if (dashboard.pledges().isEmpty()) {
            add(new Paragraph(getTranslation("funderProjects.empty")));
            return;
        }
        Div summary = new Div(
                figure("funder-total-pledged", "funderDashboard.totalPledged", money(dashboard.pledged())),
                figure("funder-total-confirmed", "funderDashboard.totalConfirmed", money(dashboard.confirmed())),
                figure("funder-total-received", "funderDashboard.totalReceived", money(dashboard.received())),
                figure("funder-visitors", "funderDashboard.visitors", String.valueOf(dashboard.visitorsPerWeek())));
        summary.setId("funder-summary");
        summary.addClassName("budget-summary");
        add(summary);

        add(new H2(getTranslation("funderDashboard.projects")));
        if (dashboard.projects().isEmpty()) {
            add(new Paragraph(getTranslation("funderDashboard.noProjects")));
        } else {
            add(projects(dashboard));
        }
        add(new H2(getTranslation("funderDashboard.byYearAndStatus")), totals(dashboard));
        add(new H2(getTranslation("funderDashboard.pledges")), downloads(dashboard, translations, clock), pledges(dashboard));
    }

    private Component figure(String id, String key, String value) {
        Span amount = new Span(value);
        amount.addClassName("amount");
        Span figure = new Span(new Span(getTranslation(key) + ": "), amount);
        figure.setId(id);
        return figure;
    }

    private Grid<SupportedProject> projects(FunderDashboard dashboard) {
        Grid<SupportedProject> grid = new Grid<>();
        grid.setId("funder-projects-grid");
        grid.setAriaLabel(getTranslation("funderDashboard.projects"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(SupportedProject::reference).setHeader(getTranslation("funderProjects.reference")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Anchor open = new Anchor(CofinancingNavigation.projectHref(item.applicationId()), item.title());
            open.setId("funder-project-link-" + item.applicationId());
            return open;
        }).setKey("title").setHeader(getTranslation("funderProjects.titleColumn")).setFlexGrow(3);
        grid.addColumn(SupportedProject::organisationName).setHeader(getTranslation("funderProjects.organisation")).setFlexGrow(2);
        grid.addColumn(item -> (item.facilityName() == null ? "" : item.facilityName())
                        + (item.facilityType() == null ? "" : " (" + getTranslation("facility." + item.facilityType()) + ")")
                        + (item.municipality() == null ? "" : ", " + item.municipality()))
                .setHeader(getTranslation("funderDashboard.facility")).setFlexGrow(3);
        grid.addColumn(item -> getTranslation("status." + item.status())).setHeader(getTranslation("funderProjects.status"));
        grid.addColumn(item -> item.expectedVisitorsPerWeek() == null ? "" : String.valueOf(item.expectedVisitorsPerWeek()))
                .setHeader(getTranslation("funderDashboard.visitorsColumn")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(item -> money(item.pledged())).setHeader(getTranslation("funderProjects.pledged"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(dashboard.projects());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<PledgeTotal> totals(FunderDashboard dashboard) {
        Grid<PledgeTotal> grid = new Grid<>();
        grid.setId("funder-totals-grid");
        grid.setAriaLabel(getTranslation("funderDashboard.byYearAndStatus"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PledgeTotal::year).setHeader(getTranslation("funderDashboard.column.year"));
        grid.addColumn(total -> getTranslation("pledge.status." + total.status())).setHeader(getTranslation("funderDashboard.column.status"));
        grid.addColumn(PledgeTotal::count).setHeader(getTranslation("funderDashboard.column.count")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(total -> money(total.amount())).setHeader(getTranslation("funderDashboard.column.amount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(dashboard.byYearAndStatus());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<PledgeItem> pledges(FunderDashboard dashboard) {
        Grid<PledgeItem> grid = new Grid<>();
        grid.setId("funder-pledges-grid");
        grid.setAriaLabel(getTranslation("funderDashboard.pledges"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PledgeItem::reference).setHeader(getTranslation("funderDashboard.column.reference")).setAutoWidth(true);
        grid.addColumn(PledgeItem::projectTitle).setHeader(getTranslation("funderDashboard.column.project")).setFlexGrow(3);
        grid.addColumn(PledgeItem::year).setHeader(getTranslation("funderDashboard.column.year"));
        grid.addColumn(p -> getTranslation("pledge.kind." + p.kind())).setHeader(getTranslation("funderDashboard.column.kind"));
        grid.addColumn(p -> getTranslation("pledge.status." + p.status())).setHeader(getTranslation("funderDashboard.column.status"));
        grid.addColumn(p -> money(p.amount())).setHeader(getTranslation("funderDashboard.column.amount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.receivedAmount() == null ? "" : money(p.receivedAmount()))
                .setHeader(getTranslation("funderDashboard.column.receivedAmount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.difference() == null ? "" : money(p.difference()))
                .setHeader(getTranslation("funderDashboard.column.difference")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(dashboard.pledges());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component downloads(FunderDashboard dashboard, Translations translations, Clock clock) {
        PledgesExport export = new PledgesExport(translations, getLocale());
        Anchor csv = download(() -> export.csv(dashboard.pledges()), export, clock, "csv", Spreadsheets.CSV_CONTENT_TYPE,
                getTranslation("funderDashboard.download.csv"));
        csv.setId("funder-download-csv");
        Anchor xlsx = download(() -> export.xlsx(dashboard.pledges()), export, clock, "xlsx", Spreadsheets.XLSX_CONTENT_TYPE,
                getTranslation("funderDashboard.download.xlsx"));
        xlsx.setId("funder-download-xlsx");
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("budget-downloads");
        return downloads;
    }

    private static Anchor download(Supplier<byte[]> file, PledgesExport export, Clock clock, String extension,
                                   String contentType, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(LocalDate.now(clock), extension),
                    contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        anchor.addClassName("budget-download");
        return anchor;
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funderProjects.title");
    }
}
