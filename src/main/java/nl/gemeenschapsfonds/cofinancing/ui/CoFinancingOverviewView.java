package nl.gemeenschapsfonds.cofinancing.ui;

import nl.gemeenschapsfonds.base.ui.Bars;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.CallYearFinancing;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.security.Role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Co-financing across the authority: per call and year the split of all financing of applications
 * past the draft stage (public, private funders, own funds, in kind, loans), the leverage and the
 * pledges waiting for confirmation; a stacked bar per call and year, read out through its aria label.
 */
@Route("cofinancing")
@Menu(title = "menu.cofinancingOverview", order = 36, icon = "CHART_3D")
@RolesAllowed({Role.ADMIN_, Role.DECISION_MAKER_})
class CoFinancingOverviewView extends VerticalLayout implements HasDynamicTitle {

    /** The parts of a bar, in order: CSS class, colour in the SVG picture, translation key, amount. */
    private record Part(String cssClass, String colour, String key, Function<CallYearFinancing, BigDecimal> amount) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("cofin-bar-public", "#6b7280", "cofinOverview.public", CallYearFinancing::publicMoney),
            new Part("cofin-bar-private", "#1a73e8", "cofinOverview.private", CallYearFinancing::privateFunders),
            new Part("cofin-bar-own", "#2e7d32", "cofinOverview.own", CallYearFinancing::ownFunds),
            new Part("cofin-bar-inkind", "#8ab4f8", "cofinOverview.inKind", CallYearFinancing::inKind),
            new Part("cofin-bar-loan", "#e57373", "cofinOverview.loans", CallYearFinancing::loans));

    CoFinancingOverviewView(CoFinancingDashboards dashboards, CallCatalogue calls) {
        setId("cofinancing-overview-view");
        add(new H1(getTranslation("cofinOverview.title")));
        add(new Paragraph(getTranslation("cofinOverview.intro")));
        List<CallYearFinancing> rows = dashboards.authorityOverview();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("cofinOverview.empty"));
            empty.setId("cofinancing-overview-empty");
            add(empty);
            return;
        }
        add(rules(rows, calls));
        // one picture: a bar per call and year, each with its text alternative (read out and written under it)
        add(new H2(getTranslation("cofinOverview.picture")), legend(), picture(rows), svgDownload(rows));
        Div table = new Div(grid(rows));
        table.setId("cofinancing-table");
        table.setWidthFull();
        table.addClassName("wide-table");
        add(new H2(getTranslation("cofinOverview.table")), table);
    }

    /**
     * Per call, the rule on private co-financing in the words the applicant reads, with the same names of the
     * sources as the picture and the table ("private financiers", "eigen middelen", "in natura").
     */
    private Component rules(List<CallYearFinancing> rows, CallCatalogue calls) {
        Div rules = new Div();
        rules.setId("cofinancing-rules");
        rows.stream().map(CallYearFinancing::callId).distinct().forEach(callId -> {
            CallTerms terms = calls.terms(callId);
            Set<CoFinancingSource> counted = terms.coFinancing().privateShareCounts();
            String rule = counted.isEmpty() ? getTranslation("cofinOverview.noMinimum")
                    : getTranslation("cofinOverview.minimumCounts",
                    Formats.percent(terms.coFinancing().minPrivateSharePercent(), getLocale()),
                    getTranslation(CoFinancingSource.wordsKey(counted)));
            Paragraph line = new Paragraph(terms.title(getLocale()) + ": " + rule);
            line.setId("cofinancing-rule-" + callId);
            rules.add(line);
        });
        return rules;
    }

    /** The same picture as an SVG file, to put in a report: a download, not a second picture on the page. */
    private Component svgDownload(List<CallYearFinancing> rows) {
        List<FinancingSplitSvg.Part> parts = PARTS.stream()
                .map(part -> new FinancingSplitSvg.Part(getTranslation(part.key()), part.colour())).toList();
        List<FinancingSplitSvg.Row> bars = rows.stream()
                .map(row -> new FinancingSplitSvg.Row(row.year() + " · " + row.title(getLocale()),
                        PARTS.stream().map(part -> part.amount().apply(row)).toList()))
                .toList();
        String alt = getTranslation("cofinOverview.svgAlt", rows.size());
        byte[] svg = FinancingSplitSvg.render(getTranslation("cofinOverview.picture"), alt, parts, bars)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String fileName = FinancingSplitSvg.fileName(getLocale());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new java.io.ByteArrayInputStream(svg), fileName, "image/svg+xml", svg.length)),
                getTranslation("cofinOverview.svgDownload"));
        download.setId("cofinancing-svg");
        return new Paragraph(download);
    }

    private Component legend() {
        Div legend = new Div();
        for (Part part : PARTS) {
            Span swatch = new Span();
            swatch.addClassNames("budget-swatch", part.cssClass());
            legend.add(new Span(swatch, new Span(getTranslation(part.key()))));
        }
        legend.addClassName("budget-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        return legend;
    }

    private Component picture(List<CallYearFinancing> rows) {
        Div picture = new Div();
        picture.setId("cofinancing-bars");
        picture.addClassName("budget-bars");
        for (CallYearFinancing row : rows) {
            String label = row.year() + " · " + row.title(getLocale());
            String description = description(row);
            Div track = new Div();
            for (Part part : PARTS) {
                BigDecimal amount = part.amount().apply(row);
                if (amount.signum() > 0) {
                    Div segment = new Div();
                    segment.addClassName(part.cssClass());
                    segment.getStyle().setWidth(percent(amount, row.total()));
                    track.add(segment);
                }
            }
            track.setId("cofinancing-bar-" + row.callId() + "-" + row.year());
            picture.add(Bars.row(label, description, track));
        }
        return picture;
    }

    /** "2027 · Ontmoetingsplekken: publiek € 80.000,00 (67%), private financiers ..., hefboom 0,50". */
    String description(CallYearFinancing row) {
        StringBuilder text = new StringBuilder(getTranslation("cofinOverview.bar", String.valueOf(row.year()),
                row.title(getLocale()), money(row.total())));
        for (Part part : PARTS) {
            BigDecimal amount = part.amount().apply(row);
            text.append(getTranslation("cofinOverview.barPart", getTranslation(part.key()), money(amount),
                    percentText(amount, row.total())));
        }
        text.append(getTranslation("cofinOverview.barLeverage", leverage(row)));
        return text.toString();
    }

    private Grid<CallYearFinancing> grid(List<CallYearFinancing> rows) {
        Grid<CallYearFinancing> grid = new Grid<>();
        grid.setId("cofinancing-grid");
        grid.setAriaLabel(getTranslation("cofinOverview.table"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // wide: every column as wide as its content, the call's title frozen on the left, the grid scrolls sideways
        grid.addColumn(CallYearFinancing::year).setHeader(getTranslation("cofinOverview.year")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(row -> row.title(getLocale())).setHeader(getTranslation("cofinOverview.call")).setWidth("14em")
                .setFlexGrow(0).setFrozen(true).setTooltipGenerator(row -> row.title(getLocale()));
        grid.addColumn(CallYearFinancing::applications).setHeader(getTranslation("cofinOverview.applications"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        amount(grid, "cofinOverview.grant", CallYearFinancing::grant);
        amount(grid, "cofinOverview.public", CallYearFinancing::publicMoney);
        for (Part part : PARTS.subList(1, PARTS.size())) {
            amount(grid, part.key(), part.amount());
        }
        amount(grid, "cofinOverview.total", CallYearFinancing::total);
        grid.addColumn(this::leverage).setHeader(getTranslation("cofinOverview.leverage")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CallYearFinancing::pendingPledges).setHeader(getTranslation("cofinOverview.pendingCount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        amount(grid, "cofinOverview.pendingAmount", CallYearFinancing::pendingAmount);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void amount(Grid<CallYearFinancing> grid, String key, Function<CallYearFinancing, BigDecimal> amount) {
        grid.addColumn(row -> money(amount.apply(row))).setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** The leverage to 2 decimals in the user's format, or a dash without a grant. */
    String leverage(CallYearFinancing row) {
        BigDecimal leverage = row.leverage();
        if (leverage == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(leverage);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return "0%";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String percentText(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return "0%";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cofinOverview.title");
    }
}
