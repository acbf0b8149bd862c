package nl.gemeenschapsfonds.fund.ui;

import nl.gemeenschapsfonds.base.export.Spreadsheets;
import nl.gemeenschapsfonds.base.ui.Bars;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.fund.BudgetOverview;
import nl.gemeenschapsfonds.fund.BudgetOverviewExport;
import nl.gemeenschapsfonds.fund.BudgetOverviewRow;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.BudgetOverviewYear;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.Role;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The budget of a fund per year: per call the ceiling, what is committed, paid and still available,
 * as bars and as a table, and the same table as CSV and XLSX. The bars are plain elements with a
 * width in percent and a text for screen readers: no chart component, no frontend code.
 */
@Route("budget")
@Menu(title = "menu.budget", order = 35, icon = "CHART")
@RolesAllowed({Role.ADMIN_, Role.DECISION_MAKER_, Role.FINANCE_})
class BudgetOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final BudgetOverviewService overviews;
    private final Translations translations;
    private final Clock clock;
    private final Div content = new Div();

    BudgetOverviewView(FundService fundService, BudgetOverviewService overviews, Translations translations, Clock clock) {
        this.overviews = overviews;
        this.translations = translations;
        this.clock = clock;
        setId("budget-overview-view");
        add(new H1(getTranslation("budget.title")), new Paragraph(getTranslation("budget.intro")));

        List<FundListItem> funds = fundService.fundsOfMyAuthority();
        if (funds.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("budget.empty"));
            empty.setId("budget-empty");
            add(empty);
            return;
        }
        Select<FundListItem> fund = new Select<>();
        fund.setId("budget-fund");
        fund.setLabel(getTranslation("budget.fund"));
        fund.setWidth("min(100%, 28rem)");
        fund.setItems(funds);
        fund.setItemLabelGenerator(FundListItem::name);
        fund.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(overviews.overview(event.getValue().id()));
            }
        });
        content.setId("budget-content");
        content.setWidthFull();
        add(fund, content);
        fund.setValue(funds.getFirst());
    }

    private void show(BudgetOverview overview) {
        content.removeAll();
        content.add(downloads(overview));
        if (overview.years().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("budget.noYears"));
            none.setId("budget-no-years");
            content.add(none);
            return;
        }
        content.add(legend());
        overview.years().forEach(year -> content.add(yearSection(year)));
    }

    private Component downloads(BudgetOverview overview) {
        Locale locale = getLocale();
        BudgetOverviewExport export = new BudgetOverviewExport(translations, locale);
        Anchor csv = download(() -> export.csv(overview), "csv", Spreadsheets.CSV_CONTENT_TYPE, overview,
                getTranslation("budget.download.csv"));
        csv.setId("budget-download-csv");
        Anchor xlsx = download(() -> export.xlsx(overview), "xlsx", Spreadsheets.XLSX_CONTENT_TYPE, overview,
                getTranslation("budget.download.xlsx"));
        xlsx.setId("budget-download-xlsx");
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("budget-downloads");
        return downloads;
    }

    private Anchor download(Supplier<byte[]> file, String extension, String contentType, BudgetOverview overview,
                            String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    BudgetOverviewExport.fileName(overview, LocalDate.now(clock), extension), contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        anchor.addClassName("budget-download");
        return anchor;
    }

    private Component legend() {
        Div legend = new Div(legendItem("budget-bar-paid", "budget.legend.paid"),
                legendItem("budget-bar-committed", "budget.legend.committed"),
                legendItem("budget-bar-free", "budget.legend.available"));
        legend.addClassName("budget-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        return legend;
    }

    private Component legendItem(String barClass, String key) {
        Span swatch = new Span();
        swatch.addClassNames("budget-swatch", barClass);
        return new Span(swatch, new Span(getTranslation(key)));
    }

    private Component yearSection(BudgetOverviewYear year) {
        String yearText = String.valueOf(year.year());
        Section section = new Section();
        section.setId("budget-year-" + yearText);
        section.addClassName("budget-year");
        section.add(new H2(getTranslation("budget.year", yearText)), summary(year));

        Div picture = new Div();
        picture.setId("budget-bars-" + yearText);
        picture.addClassName("budget-bars");
        picture.add(new H3(getTranslation("budget.picture", yearText)));
        picture.add(bar(getTranslation("budget.summary.budget"),
                getTranslation("budget.bar.fund", money(year.reserved()), money(year.budget()),
                        percentText(year.reserved(), year.budget())),
                year.budget(), year.reserved(), year.reserved(), true));
        if (year.calls().isEmpty()) {
            picture.add(new Paragraph(getTranslation("budget.noCalls")));
        }
        for (BudgetOverviewRow call : year.calls()) {
            picture.add(bar(call.title(getLocale()),
                    getTranslation("budget.bar.call", call.title(getLocale()), money(call.committed()),
                            money(call.ceiling()), percentText(call.committed(), call.ceiling()), money(call.paid())),
                    call.ceiling(), call.paid(), call.committed(), false));
        }
        section.add(picture, grid(year));
        return section;
    }

    private Component summary(BudgetOverviewYear year) {
        Div summary = new Div(
                figure("budget.summary.budget", year.budget()),
                figure("budget.summary.reserved", year.reserved()),
                figure("budget.summary.unreserved", year.unreserved()));
        summary.setId("budget-summary-" + year.year());
        summary.addClassName("budget-summary");
        return summary;
    }

    private Component figure(String key, BigDecimal amount) {
        Span label = new Span(getTranslation(key) + ": ");
        Span value = new Span(money(amount));
        value.addClassName("amount");
        return new Span(label, value);
    }

    /**
     * One bar: the whole width is {@code whole}; the first, dark part is {@code inner} and the
     * lighter part runs up to {@code outer}. For a call: ceiling, paid, committed. For the fund:
     * budget and reserved (one part only).
     */
    private Component bar(String label, String description, BigDecimal whole, BigDecimal inner, BigDecimal outer,
                          boolean fund) {
        Div first = new Div();
        first.addClassName(fund ? "budget-bar-reserved" : "budget-bar-paid");
        first.getStyle().setWidth(width(inner, whole));
        Div second = new Div();
        second.addClassName("budget-bar-committed");
        second.getStyle().setWidth(width(outer.subtract(inner).max(BigDecimal.ZERO), whole));
        Div track = new Div(first, second);
        if (fund) {
            track.addClassName("budget-bar-fund");
        }
        return Bars.row(label, description, track);
    }

    private Grid<BudgetOverviewRow> grid(BudgetOverviewYear year) {
        Grid<BudgetOverviewRow> grid = new Grid<>();
        grid.setId("budget-grid-" + year.year());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("budget.year", String.valueOf(year.year())));
        Grid.Column<BudgetOverviewRow> call = grid.addColumn(row -> row.title(getLocale())).setKey("call")
                .setHeader(getTranslation("budget.column.call")).setFlexGrow(3);
        Grid.Column<BudgetOverviewRow> ceiling = amountColumn(grid, "ceiling", BudgetOverviewRow::ceiling);
        Grid.Column<BudgetOverviewRow> committed = amountColumn(grid, "committed", BudgetOverviewRow::committed);
        Grid.Column<BudgetOverviewRow> paid = amountColumn(grid, "paid", BudgetOverviewRow::paid);
        Grid.Column<BudgetOverviewRow> available = amountColumn(grid, "available", BudgetOverviewRow::available);
        grid.setItems(year.calls());
        grid.setAllRowsVisible(true);

        FooterRow totals = grid.appendFooterRow();
        totals.getCell(call).setText(getTranslation("budget.total"));
        totals.getCell(ceiling).setText(money(year.totalCeiling()));
        totals.getCell(committed).setText(money(year.totalCommitted()));
        totals.getCell(paid).setText(money(year.totalPaid()));
        totals.getCell(available).setText(money(year.totalAvailable()));
        return grid;
    }

    private Grid.Column<BudgetOverviewRow> amountColumn(Grid<BudgetOverviewRow> grid, String key,
                                                        Function<BudgetOverviewRow, BigDecimal> amount) {
        return grid.addColumn(row -> money(amount.apply(row))).setKey(key)
                .setHeader(getTranslation("budget.column." + key))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1).setPartNameGenerator(row -> "amount");
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    /** The share as a whole percentage for the screen-reader text; 0 when there is nothing to share. */
    private static String percentText(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return "0";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A CSS width between 0% and 100%. */
    private static String width(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return "0%";
        }
        BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.title");
    }
}
