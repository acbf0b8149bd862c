package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.MarketplaceFilter;
import nl.gemeenschapsfonds.cofinancing.MarketplaceItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The funders' marketplace: projects that seek co-financing, with their impact and the amount still missing. */
@Route(CofinancingNavigation.MARKETPLACE)
@Menu(title = "menu.marketplace", order = 41, icon = "SHOP")
@RolesAllowed(Role.FUNDER_)
class MarketplaceView extends VerticalLayout implements FunderPage, HasDynamicTitle {

    private final PledgeService pledges;
    private final ComboBox<String> municipality = new ComboBox<>();
    private final Select<FacilityType> facility = new Select<>();
    private final DecimalField minimumMissing = new DecimalField();
    private final Grid<MarketplaceItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    MarketplaceView(PledgeService pledges) {
        this.pledges = pledges;
        setId("marketplace-view");
        add(new H1(getTranslation("marketplace.title")));
        add(new Paragraph(getTranslation("marketplace.intro")));

        List<MarketplaceItem> all = pledges.marketplace(MarketplaceFilter.none());
        Map<String, String> municipalities = new TreeMap<>();
        all.stream().filter(item -> item.municipalityCode() != null)
                .forEach(item -> municipalities.put(item.municipalityCode(), item.municipalityName()));
        municipality.setLabel(getTranslation("marketplace.municipality"));
        municipality.setId("marketplace-municipality");
        municipality.setItems(municipalities.keySet().stream()
                .sorted(Comparator.comparing(municipalities::get)).toList());
        municipality.setItemLabelGenerator(code -> Objects.toString(municipalities.get(code), code));
        municipality.setClearButtonVisible(true);
        facility.setLabel(getTranslation("marketplace.facilityType"));
        facility.setId("marketplace-facility");
        facility.setItems(FacilityType.values());
        facility.setEmptySelectionAllowed(true);
        facility.setEmptySelectionCaption(getTranslation("marketplace.all"));
        facility.setItemLabelGenerator(type -> type == null ? getTranslation("marketplace.all") : getTranslation("facility." + type));
        minimumMissing.setLabel(getTranslation("marketplace.minimumMissing"));
        minimumMissing.setId("marketplace-minimum");
        minimumMissing.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        municipality.addValueChangeListener(e -> refresh());
        facility.addValueChangeListener(e -> refresh());
        minimumMissing.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(municipality, facility, minimumMissing);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.setId("marketplace-grid");
        grid.setAriaLabel(getTranslation("marketplace.title"));
        grid.addComponentColumn(item -> {
            Anchor open = new Anchor(CofinancingNavigation.projectHref(item.applicationId()), item.title());
            open.setId("marketplace-open-" + item.applicationId());
            return open;
        }).setHeader(getTranslation("marketplace.project")).setFlexGrow(3);
        grid.addColumn(MarketplaceItem::organisationName).setHeader(getTranslation("marketplace.organisation")).setFlexGrow(2);
        grid.addColumn(MarketplaceItem::municipalityName).setHeader(getTranslation("marketplace.municipality")).setAutoWidth(true);
        grid.addColumn(item -> item.facilityType() == null ? "" : getTranslation("facility." + item.facilityType()))
                .setHeader(getTranslation("marketplace.facilityType")).setAutoWidth(true);
        grid.addColumn(item -> Objects.toString(item.targetGroups(), "")).setHeader(getTranslation("marketplace.targetGroups"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.expectedVisitorsPerWeek() == null ? "" : String.valueOf(item.expectedVisitorsPerWeek()))
                .setHeader(getTranslation("marketplace.visitors")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(item -> Formats.money(item.missing(), getLocale())).setHeader(getTranslation("marketplace.missing"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setId("marketplace-empty");
        add(grid, empty);
        show(all);
    }

    private void refresh() {
        show(pledges.marketplace(new MarketplaceFilter(municipality.getValue(), facility.getValue(), minimumMissing.getValue())));
    }

    private void show(List<MarketplaceItem> items) {
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setText(getTranslation("marketplace.empty"));
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.title");
    }
}
