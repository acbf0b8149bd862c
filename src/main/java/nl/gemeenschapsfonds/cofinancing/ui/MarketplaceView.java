package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.ui.ColumnChooser;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.base.ui.ListCells;
import nl.gemeenschapsfonds.cofinancing.FunderNotActiveException;
import nl.gemeenschapsfonds.cofinancing.MarketplaceFilter;
import nl.gemeenschapsfonds.cofinancing.MarketplaceRow;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.ViewPreferences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The funders' marketplace: projects that seek co-financing, with their impact and the amount still missing. Issue
 * 20's treatment: one two-line cell (reference and title as a link, organisation and municipality under it), status
 * as a badge, the amount missing and the kind of facility; more columns switched on per user (remembered); the
 * filters in a panel built when first opened, the active ones as removable chips kept in the URL
 * ({@code ?municipality=GM0363&facility=COMMUNITY_CENTRE&minimum=5000}). The list is lazy and paged: the session keeps
 * the light rows ({@link MarketplaceRow}) the Grid shows, not every project seeking co-financing (757 KB per idle
 * session before, issue 20).
 */
@Route(CofinancingNavigation.MARKETPLACE)
@Menu(title = "menu.marketplace", order = 41, icon = "SHOP")
@RolesAllowed(Role.FUNDER_)
class MarketplaceView extends VerticalLayout implements FunderPage, HasDynamicTitle, BeforeEnterObserver {

    static final String VIEW = "marketplace";
    static final String MUNICIPALITY = "municipality";
    static final String FACILITY = "facility";
    static final String MINIMUM = "minimum";
    static final List<String> COLUMNS = List.of("missing", "facility", "targetGroups", "visitors", "pledged");
    static final Set<String> DEFAULT_COLUMNS = Set.of("missing", "facility");

    private final PledgeService pledges;
    private final Municipalities municipalities;
    private final FilterBar filterBar;
    private final Grid<MarketplaceRow> grid = new Grid<>();
    /** "Nothing on offer": built the first time a filter finds nothing (issue 20: a list with rows holds none). */
    private Paragraph empty;
    private MarketplaceFilter filter = MarketplaceFilter.none();
    private ComboBox<String> municipality;
    private Select<FacilityType> facility;
    private DecimalField minimumMissing;
    private boolean syncing;
    /** The count {@link #beforeEnter} read for the new filter, used once by the Grid's first count (-1: read it). */
    private int countRead = -1;

    MarketplaceView(PledgeService pledges, Municipalities municipalities, ViewPreferences preferences) {
        this.pledges = pledges;
        this.municipalities = municipalities;
        setId("marketplace-view");
        add(new H1(getTranslation("marketplace.title")));
        add(new Paragraph(getTranslation("marketplace.intro")));

        grid.setId("marketplace-grid");
        grid.setAriaLabel(getTranslation("marketplace.title"));
        grid.addColumn(ListCells.<MarketplaceRow>twoLines(MarketplaceRow::reference, MarketplaceRow::title,
                        item -> item.organisationName() + (item.municipalityName() == null ? "" : " · " + item.municipalityName()),
                        item -> CofinancingNavigation.projectHref(item.applicationId()),
                        item -> "marketplace-open-" + item.applicationId()))
                .setHeader(getTranslation("marketplace.project")).setKey("project").setFlexGrow(4).setWidth("14em");
        grid.addColumn(ListCells.<MarketplaceRow>badge(item -> getTranslation("status." + item.status()),
                        item -> "wq-" + item.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("marketplace.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        ColumnChooser<MarketplaceRow> columns = new ColumnChooser<>(grid, VIEW, COLUMNS, DEFAULT_COLUMNS, this::column,
                this::columnLabel, new ColumnChooser.Memory(() -> preferences.visibleColumns(VIEW),
                keys -> preferences.rememberVisibleColumns(VIEW, keys)));
        // lazy and paged: the session keeps the rows the Grid asked for, not every project
        grid.setItems(query -> whileActive(() -> pledges.marketplace(filter, query.getOffset(), query.getLimit()),
                List.<MarketplaceRow>of()).stream(), query -> count());
        // a page of 25 rows (the Grid's default is 50): the connector asks for more when the viewport is taller
        grid.setPageSize(25);
        grid.setMinHeight("20em");
        setSizeFull();
        setFlexGrow(1, grid);
        filterBar = new FilterBar(VIEW, this::buildFilters);
        filterBar.addColumnChoice(columns);
        add(filterBar, grid);
    }

    private Grid.Column<MarketplaceRow> column(String key) {
        return switch (key) {
            case "missing" -> grid.addColumn(item -> Formats.money(item.missing(), getLocale()))
                    .setHeader(getTranslation("marketplace.missing")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            case "facility" -> grid.addColumn(item -> item.facilityType() == null ? "" : getTranslation("facility." + item.facilityType()))
                    .setHeader(getTranslation("marketplace.facilityType")).setFlexGrow(1).setWidth("9em");
            case "targetGroups" -> grid.addColumn(item -> Objects.toString(item.targetGroups(), ""))
                    .setHeader(getTranslation("marketplace.targetGroups")).setFlexGrow(2).setWidth("10em");
            case "visitors" -> grid.addColumn(item -> item.expectedVisitorsPerWeek() == null ? ""
                            : String.valueOf(item.expectedVisitorsPerWeek()))
                    .setHeader(getTranslation("marketplace.visitors")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            default -> grid.addColumn(item -> Formats.money(item.pledged(), getLocale()))
                    .setHeader(getTranslation("marketplace.pledged")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
        };
    }

    private String columnLabel(String key) {
        return switch (key) {
            case "missing" -> getTranslation("marketplace.missing");
            case "facility" -> getTranslation("marketplace.facilityType");
            case "targetGroups" -> getTranslation("marketplace.targetGroups");
            case "visitors" -> getTranslation("marketplace.visitors");
            default -> getTranslation("marketplace.pledged");
        };
    }

    /** The filter panel's fields, built when it is first opened (the municipalities of the projects on offer). */
    private Component buildFilters() {
        Map<String, String> offered = pledges.marketplaceMunicipalities();
        municipality = new ComboBox<>(getTranslation("marketplace.municipality"));
        municipality.setId("marketplace-municipality");
        municipality.setItems(offered.keySet().stream().sorted(Comparator.comparing(offered::get)).toList());
        municipality.setItemLabelGenerator(code -> Objects.toString(offered.get(code), code));
        municipality.setClearButtonVisible(true);
        facility = new Select<>();
        facility.setLabel(getTranslation("marketplace.facilityType"));
        facility.setId("marketplace-facility");
        facility.setItems(FacilityType.values());
        facility.setEmptySelectionAllowed(true);
        facility.setEmptySelectionCaption(getTranslation("marketplace.all"));
        facility.setItemLabelGenerator(type -> type == null ? getTranslation("marketplace.all") : getTranslation("facility." + type));
        minimumMissing = new DecimalField(getTranslation("marketplace.minimumMissing"));
        minimumMissing.setId("marketplace-minimum");
        minimumMissing.setPrefixComponent(new Span("€"));
        syncPanel();
        municipality.addValueChangeListener(e -> fromPanel());
        facility.addValueChangeListener(e -> fromPanel());
        minimumMissing.addValueChangeListener(e -> fromPanel());
        return FilterBar.fields(municipality, facility, minimumMissing);
    }

    private void fromPanel() {
        if (!syncing) {
            go(new MarketplaceFilter(municipality.getValue(), facility.getValue(), minimumMissing.getValue()));
        }
    }

    private void syncPanel() {
        if (municipality == null) {
            return;
        }
        syncing = true;
        try {
            municipality.setValue(filter.municipalityCode());
            facility.setValue(filter.facilityType());
            minimumMissing.setValue(filter.minimumMissing());
        } finally {
            syncing = false;
        }
    }

    /** Goes to the marketplace with this filter: the URL changes (bookmarkable), and {@link #beforeEnter} shows it. */
    private void go(MarketplaceFilter next) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (next.municipalityCode() != null) {
            parameters.put(MUNICIPALITY, next.municipalityCode());
        }
        if (next.facilityType() != null) {
            parameters.put(FACILITY, next.facilityType().name());
        }
        if (next.minimumMissing() != null) {
            parameters.put(MINIMUM, next.minimumMissing().toPlainString());
        }
        getUI().ifPresent(ui -> ui.navigate(MarketplaceView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String code = FilterBar.parameter(parameters, MUNICIPALITY);
        String known = code == null ? null : municipalities.all().stream().filter(m -> m.code().equals(code))
                .map(Municipalities.Municipality::code).findFirst().orElse(null);
        filter = new MarketplaceFilter(known, FilterBar.enumParameter(parameters, FACILITY, FacilityType.class), minimum(parameters));
        countRead = pledges.marketplaceCount(filter);
        grid.setVisible(countRead > 0);
        if (countRead == 0 && empty == null) {
            empty = new Paragraph(getTranslation("marketplace.empty"));
            empty.setId("marketplace-empty");
            add(empty);
        }
        if (empty != null) {
            empty.setVisible(countRead == 0);
        }
        grid.scrollToStart();
        grid.getDataProvider().refreshAll();
        MarketplaceFilter f = filter;
        List<FilterBar.Chip> chips = new ArrayList<>();
        if (f.municipalityCode() != null) {
            String name = municipalities.all().stream().filter(m -> m.code().equals(f.municipalityCode()))
                    .map(Municipalities.Municipality::name).findFirst().orElse(f.municipalityCode());
            chips.add(new FilterBar.Chip(MUNICIPALITY, getTranslation("marketplace.municipality") + ": " + name,
                    () -> go(new MarketplaceFilter(null, f.facilityType(), f.minimumMissing()))));
        }
        if (f.facilityType() != null) {
            chips.add(new FilterBar.Chip(FACILITY, getTranslation("marketplace.facilityType") + ": "
                    + getTranslation("facility." + f.facilityType()),
                    () -> go(new MarketplaceFilter(f.municipalityCode(), null, f.minimumMissing()))));
        }
        if (f.minimumMissing() != null) {
            chips.add(new FilterBar.Chip(MINIMUM, getTranslation("marketplace.minimumMissing") + ": "
                    + Formats.money(f.minimumMissing(), getLocale()),
                    () -> go(new MarketplaceFilter(f.municipalityCode(), f.facilityType(), null))));
        }
        filterBar.showChips(chips, () -> go(MarketplaceFilter.none()));
        syncPanel();
    }

    /** The number of rows for the Grid: what {@link #beforeEnter} read for this filter, once, else read now. */
    private int count() {
        int count = countRead >= 0 ? countRead : whileActive(() -> pledges.marketplaceCount(filter), 0);
        countRead = -1;
        return count;
    }

    /**
     * Reads rows for the Grid. A funder switched off while the list is open (the guard checks only on entering) gets
     * no rows and the page that says so ({@link FunderNotActiveView}), not an error. The Grid reads while the response
     * is written and the application has no push, so that page shows at the funder's next click or scroll; until then
     * the list is empty.
     */
    private <T> T whileActive(Supplier<T> read, T none) {
        try {
            return read.get();
        } catch (FunderNotActiveException inactive) {
            getUI().ifPresent(ui -> ui.access(() -> ui.navigate(MarketplaceView.class)));
            return none;
        }
    }

    /** A minimum amount from the URL: a plain non-negative number, else none. */
    private static BigDecimal minimum(Map<String, List<String>> parameters) {
        String value = FilterBar.parameter(parameters, MINIMUM);
        try {
            BigDecimal amount = value == null ? null : new BigDecimal(value);
            return amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.precision() > 15 ? null : amount;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.title");
    }
}
