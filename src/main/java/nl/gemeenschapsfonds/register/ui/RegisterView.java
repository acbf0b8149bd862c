package nl.gemeenschapsfonds.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.PublicHeader;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.register.GrantRegister;
import nl.gemeenschapsfonds.register.OpenDataController;
import nl.gemeenschapsfonds.register.RegisterFilter;
import nl.gemeenschapsfonds.register.RegisterItem;
import nl.gemeenschapsfonds.register.RegisterOptions;
import nl.gemeenschapsfonds.register.RegisterPage;
import nl.gemeenschapsfonds.register.RegisterSort;
import nl.gemeenschapsfonds.register.RegisterTotal;
import nl.gemeenschapsfonds.register.ThreeSixtyGiving;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The public grant register (subsidieregister), for everybody without signing in: the grants decided per authority
 * with filters, three orders, pages read by keyset (previous and next, no page count), the totals per call and year,
 * the filtered list as CSV and XLSX, and the 360Giving files.
 */
@Route(value = "subsidieregister", autoLayout = false)
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final GrantRegister register;
    private final ComboBox<RegisterOptions.Option> authority = new ComboBox<>();
    private final ComboBox<RegisterOptions.CallOption> call = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<FacilityType> facility = new ComboBox<>();
    private final ComboBox<RegisterOptions.Option> municipality = new ComboBox<>();
    private final Select<RegisterSort> sort = new Select<>();
    private final Grid<RegisterItem> grid = new Grid<>();
    private final Grid<RegisterTotal> totals = new Grid<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageInfo = new Span();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Deque<String> cursors = new ArrayDeque<>();
    private String current;
    private String nextCursor;
    private int pageNumber = 1;

    RegisterView(GrantRegister register) {
        this.register = register;
        setId("register-view");
        addClassName("register");
        Locale locale = getLocale();
        add(PublicHeader.create(this, "subsidieregister", new Anchor("login", getTranslation("publicCalls.login"))), new H1(getTranslation("grantRegister.title")), new Paragraph(getTranslation("grantRegister.intro")));

        RegisterOptions options = register.options();
        authority.setId("register-authority");
        authority.setLabel(getTranslation("grantRegister.filter.authority"));
        authority.setItems(options.authorities());
        authority.setItemLabelGenerator(RegisterOptions.Option::nameNl);
        authority.setClearButtonVisible(true);
        call.setId("register-call");
        call.setLabel(getTranslation("grantRegister.filter.call"));
        call.setItems(options.calls());
        call.setItemLabelGenerator(c -> c.title(locale));
        call.setClearButtonVisible(true);
        year.setId("register-year");
        year.setLabel(getTranslation("grantRegister.filter.year"));
        year.setItems(options.years());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        facility.setId("register-facility");
        facility.setLabel(getTranslation("grantRegister.filter.facility"));
        facility.setItems(FacilityType.values());
        facility.setItemLabelGenerator(type -> getTranslation("facility." + type.name()));
        facility.setClearButtonVisible(true);
        municipality.setId("register-municipality");
        municipality.setLabel(getTranslation("grantRegister.filter.municipality"));
        municipality.setItems(options.municipalities());
        municipality.setItemLabelGenerator(RegisterOptions.Option::nameNl);
        municipality.setClearButtonVisible(true);
        sort.setId("register-sort");
        sort.setLabel(getTranslation("grantRegister.sort"));
        sort.setItems(RegisterSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("grantRegister.sort." + s.name()));
        sort.setValue(RegisterSort.NEWEST);
        sort.setWidth("16em");
        HorizontalLayout filters = new HorizontalLayout(authority, call, year, facility, municipality, sort);
        filters.setWrap(true);
        filters.setId("register-filters");
        add(filters);
        authority.addValueChangeListener(e -> restart());
        call.addValueChangeListener(e -> restart());
        year.addValueChangeListener(e -> restart());
        facility.addValueChangeListener(e -> restart());
        municipality.addValueChangeListener(e -> restart());
        sort.addValueChangeListener(e -> restart());

        grid.setId("register-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("grantRegister.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(item -> new Anchor("subsidieregister/" + item.reference(), item.reference()))
                .setHeader(getTranslation("grantRegister.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegisterItem::authorityName).setHeader(getTranslation("grantRegister.column.authority")).setAutoWidth(true);
        grid.addColumn(item -> item.callTitle(locale)).setHeader(getTranslation("grantRegister.column.call")).setAutoWidth(true);
        grid.addColumn(RegisterItem::organisationName).setHeader(getTranslation("grantRegister.column.organisation")).setAutoWidth(true);
        grid.addColumn(item -> item.kvkNumber() == null ? "" : item.kvkNumber()).setHeader(getTranslation("grantRegister.column.kvk"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.municipalityName() == null ? "" : item.municipalityName())
                .setHeader(getTranslation("grantRegister.column.municipality")).setAutoWidth(true);
        grid.addColumn(RegisterItem::title).setHeader(getTranslation("grantRegister.column.title")).setAutoWidth(true);
        grid.addColumn(item -> item.facilityType() == null ? "" : getTranslation("facility." + item.facilityType().name()))
                .setHeader(getTranslation("grantRegister.column.facility")).setAutoWidth(true);
        grid.addColumn(item -> item.grantedPerYear().entrySet().stream()
                        .map(e -> e.getKey() + ": " + Formats.money(e.getValue(), locale)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("grantRegister.column.grantedPerYear")).setAutoWidth(true);
        grid.addColumn(item -> item.settledAmount() == null ? "" : Formats.money(item.settledAmount(), locale))
                .setHeader(getTranslation("grantRegister.column.settled")).setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.decisionDate(), locale)).setHeader(getTranslation("grantRegister.column.decisionDate"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation("grantRegister.status." + item.status().name()))
                .setHeader(getTranslation("grantRegister.column.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);

        previous.setText(getTranslation("grantRegister.previous"));
        previous.setId("register-previous");
        previous.addClickListener(e -> previousPage());
        next.setText(getTranslation("grantRegister.next"));
        next.setId("register-next");
        next.addClickListener(e -> nextPage());
        pageInfo.setId("register-page");
        HorizontalLayout paging = new HorizontalLayout(previous, pageInfo, next);
        paging.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(paging);

        downloads.setId("register-downloads");
        downloads.addClassName("register-downloads");
        downloads.setWrap(true);
        add(new H2(getTranslation("grantRegister.downloads")), downloads);

        totals.setId("register-totals");
        totals.getElement().setAttribute("aria-label", getTranslation("grantRegister.totals"));
        totals.addColumn(total -> total.callTitle(locale)).setHeader(getTranslation("grantRegister.column.call")).setAutoWidth(true);
        totals.addColumn(RegisterTotal::year).setHeader(getTranslation("grantRegister.filter.year")).setAutoWidth(true);
        totals.addColumn(RegisterTotal::grants).setHeader(getTranslation("grantRegister.totals.grants")).setAutoWidth(true);
        totals.addColumn(total -> Formats.money(total.granted(), locale)).setHeader(getTranslation("grantRegister.totals.granted"))
                .setAutoWidth(true);
        totals.setAllRowsVisible(true);
        add(new H2(getTranslation("grantRegister.totals")), totals);
        restart();
    }

    RegisterFilter filter() {
        return new RegisterFilter(authority.getValue() == null ? null : authority.getValue().code(),
                call.getValue() == null ? null : call.getValue().id(), year.getValue(), facility.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().code());
    }

    private void restart() {
        cursors.clear();
        current = null;
        pageNumber = 1;
        load();
        totals.setItems(register.totals(filter()));
        downloads();
    }

    private void nextPage() {
        if (nextCursor == null) {
            return;
        }
        cursors.push(current == null ? "" : current);
        current = nextCursor;
        pageNumber++;
        load();
    }

    private void previousPage() {
        if (cursors.isEmpty()) {
            return;
        }
        String before = cursors.pop();
        current = before.isEmpty() ? null : before;
        pageNumber--;
        load();
    }

    private void load() {
        RegisterPage page = register.page(filter(), sort.getValue() == null ? RegisterSort.NEWEST : sort.getValue(), current, PAGE_SIZE);
        grid.setItems(page.items());
        nextCursor = page.next();
        next.setEnabled(nextCursor != null);
        previous.setEnabled(!cursors.isEmpty());
        pageInfo.setText(page.items().isEmpty() ? getTranslation("grantRegister.empty")
                : getTranslation("grantRegister.pageOf", pageNumber));
    }

    private void downloads() {
        downloads.removeAll();
        RegisterFilter filter = filter();
        Locale locale = getLocale();
        downloads.add(link("register-download-csv", OpenDataController.registerFile(filter, "csv", locale), "grantRegister.download.csv"),
                link("register-download-xlsx", OpenDataController.registerFile(filter, "xlsx", locale), "grantRegister.download.xlsx"));
        String code = filter.authorityCode();
        downloads.add(link("register-360-json", ThreeSixtyGiving.path(code, "json").substring(1),
                        code == null ? "grantRegister.download.360json" : "grantRegister.download.360jsonAuthority"),
                link("register-360-csv", ThreeSixtyGiving.path(code, "csv").substring(1),
                        code == null ? "grantRegister.download.360csv" : "grantRegister.download.360csvAuthority"));
    }

    private Anchor link(String id, String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantRegister.title") + " | " + getTranslation("app.name");
    }
}
