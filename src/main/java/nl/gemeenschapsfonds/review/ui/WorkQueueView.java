package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.AssignmentPolicy;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.ReviewSettings;
import nl.gemeenschapsfonds.review.WorkQueueCall;
import nl.gemeenschapsfonds.review.WorkQueueExport;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueuePreferences;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reviewer's and decision maker's home: the applications of their authority, due first, lazily loaded with keyset
 * paging. Issue 20's redesign: the filters live in a "Filter" panel built when first opened; the active filters show
 * as removable chips above the grid and live in the URL's query parameters (a filtered queue can be bookmarked and
 * shared); one two-line column shows reference, title and organisation, status is a badge, four columns by default
 * and the others switched on per user (remembered). Issue 21.4: rows can be selected (or all rows of the filter) to
 * assign a reviewer, extend the decision deadline, or export to CSV/XLSX.
 */
@Route("work-queue")
@Menu(title = "menu.workQueue", order = 20, icon = "TASKS")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class WorkQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int REMEMBERED_PAGES = 20;

    /** The filters' options, shared by every work queue. */
    private static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.NOT_CONSIDERED, ApplicationStatus.WITHDRAWN);
    private static final List<FacilityType> FACILITY_TYPES = List.of(FacilityType.values());

    /** The optional columns, in the order they stand; the first four are shown until the user chooses. */
    static final List<String> COLUMNS = List.of("amount", "due", "call", "submitted", "reviewers");
    static final Set<String> DEFAULT_COLUMNS = Set.of("amount", "due");

    /** The query parameters of the filter, as in a bookmarked URL. */
    static final String STATUS = "status";
    static final String CALL = "call";
    static final String FACILITY = "facility";
    static final String MUNICIPALITY = "municipality";
    static final String OVERDUE = "overdue";
    static final String DUE_SOON = "dueSoon";
    static final String MINE = "mine";

    private final WorkQueueService workQueue;
    private final Municipalities municipalities;
    private final AssignmentService assignments;
    private final DeadlineService deadlines;
    private final WorkQueuePreferences preferences;
    private final boolean reviewer;
    private final boolean decisionMakerOnly;
    private final boolean lead;

    private WorkQueueFilter filter = WorkQueueFilter.none();
    private boolean entered;
    private boolean syncing;

    private final Button filterButton = new Button();
    private final Div chips = new Div();
    private Div filterPanel;
    private ComboBox<ApplicationStatus> status;
    private ComboBox<WorkQueueCall> call;
    private ComboBox<FacilityType> facilityType;
    private ComboBox<Municipality> municipality;
    private Checkbox overdue;
    private Checkbox dueSoon;
    private Checkbox mine;
    private List<WorkQueueCall> calls;

    private final Grid<WorkQueueItem> grid = new Grid<>();
    private final Map<String, Grid.Column<WorkQueueItem>> optional = new LinkedHashMap<>();
    private final Span selection = new Span();
    private final Button selectAllOfFilter = new Button();
    private final Button clearSelection = new Button();
    /** All rows of the filter chosen ("select all rows of the filter"); null when the grid's selection counts. */
    private List<Long> allOfFilter;

    /** The last row of each page fetched (by the offset of the page after it), for keyset paging; a few only. */
    private final Map<Long, WorkQueueItem> lastRowBefore = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WorkQueueItem> eldest) {
            return size() > REMEMBERED_PAGES;
        }
    };
    private Sort cursorSort = Sort.unsorted();

    WorkQueueView(WorkQueueService workQueue, Municipalities municipalities, AuthenticationContext authentication,
                  AssignmentService assignments, DeadlineService deadlines, WorkQueuePreferences preferences) {
        this.workQueue = workQueue;
        this.municipalities = municipalities;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.preferences = preferences;
        this.reviewer = authentication.hasRole(Role.REVIEWER_);
        this.decisionMakerOnly = authentication.hasRole(Role.DECISION_MAKER_) && !reviewer;
        this.lead = reviewer && assignments.isLead();
        setId("work-queue-view");
        setSizeFull();
        add(new H1(getTranslation("workQueue.title")));

        filterButton.setId("work-queue-filter-button");
        filterButton.setIcon(VaadinIcon.FILTER.create());
        filterButton.addClickListener(click -> toggleFilterPanel());
        filterButton.getElement().setAttribute("aria-expanded", "false");
        Button columns = new Button(getTranslation("workQueue.columns"), VaadinIcon.COG.create(), click -> chooseColumns());
        columns.setId("work-queue-columns-button");
        HorizontalLayout toolbar = new HorizontalLayout(filterButton, columns);
        if (lead) {
            Button settings = new Button(getTranslation("workQueue.settings"), click -> editSettings());
            settings.setId("work-queue-settings-button");
            toolbar.add(settings);
        }
        toolbar.setId("work-queue-toolbar");
        toolbar.setWrap(true);
        chips.setId("work-queue-chips");
        chips.addClassName("filter-chips");
        add(toolbar, chips);

        grid.setId("work-queue-grid");
        grid.setAriaLabel(getTranslation("workQueue.title"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(LitRenderer.<WorkQueueItem>of("""
                        <div class="wq-application"><span class="wq-reference grid-key">${item.reference}</span> \
                        <span class="wq-title">${item.title}</span><div class="wq-organisation">${item.organisation}</div></div>""")
                        .withProperty("reference", WorkQueueItem::reference)
                        .withProperty("title", WorkQueueItem::title)
                        .withProperty("organisation", WorkQueueItem::organisationName))
                .setHeader(getTranslation("workQueue.application")).setKey("application").setSortProperty("reference")
                .setFlexGrow(4).setWidth("16em");
        grid.addColumn(LitRenderer.<WorkQueueItem>of("<span class=\"wq-badge ${item.tone}\">${item.status}</span>")
                        .withProperty("status", this::statusText)
                        .withProperty("tone", item -> "wq-" + item.status().name().toLowerCase(java.util.Locale.ROOT)
                                + (item.coFinancingConditionNotMet() ? " wq-warning" : "")))
                .setHeader(getTranslation("workQueue.status")).setKey("status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        Set<String> visible = preferences.visibleColumns().orElse(DEFAULT_COLUMNS);
        for (String key : COLUMNS) {
            if (visible.contains(key)) {
                addOptionalColumn(key);
            }
        }
        grid.setPartNameGenerator(item -> dueClass(item, workQueue.today()));
        grid.setItems(query -> fetch(query));
        grid.setEmptyStateText(getTranslation("workQueue.empty"));
        grid.addItemClickListener(click -> ReviewNavigation.toApplication(click.getItem().id()));
        grid.addSelectionListener(change -> {
            allOfFilter = null;
            showSelection();
        });
        add(bulkBar(), grid);
        showSelection();
    }

    // --- the filter: URL ⇄ state ⇄ panel and chips ---------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (!entered && parameters.isEmpty() && decisionMakerOnly) {
            filter = new WorkQueueFilter(ApplicationStatus.AWAITING_DECISION, null, null, null, false, false, false);
        } else {
            filter = parse(parameters);
        }
        entered = true;
        syncPanel();
        showChips();
        refresh();
    }

    /** The filter a URL's query parameters describe; what cannot be read is left out. */
    WorkQueueFilter parse(Map<String, List<String>> parameters) {
        Function<String, String> one = key -> Optional.ofNullable(parameters.get(key)).filter(v -> !v.isEmpty())
                .map(List::getFirst).orElse(null);
        ApplicationStatus status = parseEnum(ApplicationStatus.class, one.apply(STATUS));
        if (status == ApplicationStatus.DRAFT) {
            status = null;
        }
        Long callId = null;
        try {
            callId = one.apply(CALL) == null ? null : Long.valueOf(one.apply(CALL));
        } catch (NumberFormatException ignored) {
            // a mistyped call in a URL filters nothing
        }
        String given = one.apply(MUNICIPALITY);
        String municipalityCode = given != null && municipalities.all().stream().anyMatch(m -> m.code().equals(given)) ? given : null;
        return new WorkQueueFilter(status, callId, parseEnum(FacilityType.class, one.apply(FACILITY)), municipalityCode,
                "true".equals(one.apply(OVERDUE)), "true".equals(one.apply(DUE_SOON)), reviewer && "true".equals(one.apply(MINE)));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The query parameters of a filter: only those that are set. */
    static QueryParameters parameters(WorkQueueFilter filter) {
        Map<String, String> map = new LinkedHashMap<>();
        if (filter.status() != null) {
            map.put(STATUS, filter.status().name());
        }
        if (filter.callId() != null) {
            map.put(CALL, String.valueOf(filter.callId()));
        }
        if (filter.facilityType() != null) {
            map.put(FACILITY, filter.facilityType().name());
        }
        if (filter.municipalityCode() != null) {
            map.put(MUNICIPALITY, filter.municipalityCode());
        }
        if (filter.overdue()) {
            map.put(OVERDUE, "true");
        }
        if (filter.dueWithinWeek()) {
            map.put(DUE_SOON, "true");
        }
        if (filter.assignedToMe()) {
            map.put(MINE, "true");
        }
        return QueryParameters.simple(map);
    }

    /** Goes to the queue with this filter: the URL changes (bookmarkable), and {@link #beforeEnter} shows it. */
    private void apply(WorkQueueFilter next) {
        getUI().ifPresent(ui -> ui.navigate(WorkQueueView.class, parameters(next)));
    }

    private void toggleFilterPanel() {
        if (filterPanel == null) {
            filterPanel = buildFilterPanel();
            addComponentAtIndex(indexOf(chips), filterPanel);
            syncPanel();
        } else {
            filterPanel.setVisible(!filterPanel.isVisible());
        }
        filterButton.getElement().setAttribute("aria-expanded", String.valueOf(filterPanel.isVisible()));
    }

    /** The filter panel, built when first opened (issue 20: a closed queue holds no filter components). */
    private Div buildFilterPanel() {
        status = new ComboBox<>(getTranslation("workQueue.status"));
        status.setId("filter-status");
        status.setItems(STATUSES);
        status.setPlaceholder(getTranslation("workQueue.any"));
        status.setClearButtonVisible(true);
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        call = new ComboBox<>(getTranslation("workQueue.call"));
        call.setId("filter-call");
        call.setItems(calls());
        call.setItemLabelGenerator(c -> c.title(getLocale()));
        call.setClearButtonVisible(true);
        facilityType = new ComboBox<>(getTranslation("wizard.facilityType"));
        facilityType.setId("filter-facility");
        facilityType.setItems(FACILITY_TYPES);
        facilityType.setPlaceholder(getTranslation("workQueue.any"));
        facilityType.setClearButtonVisible(true);
        facilityType.setItemLabelGenerator(t -> getTranslation("facility." + t));
        municipality = new ComboBox<>(getTranslation("wizard.facilityMunicipality"));
        municipality.setId("filter-municipality");
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        overdue = new Checkbox(getTranslation("workQueue.overdue"));
        overdue.setId("filter-overdue");
        dueSoon = new Checkbox(getTranslation("workQueue.dueSoon"));
        dueSoon.setId("filter-due-soon");
        mine = new Checkbox(getTranslation("workQueue.mine"));
        mine.setId("filter-mine");
        mine.setVisible(reviewer);
        HorizontalLayout fields = new HorizontalLayout(status, call, facilityType, municipality, overdue, dueSoon, mine);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div panel = new Div(fields);
        panel.setId("work-queue-filters");
        panel.addClassName("filter-panel");
        status.addValueChangeListener(e -> fromPanel());
        call.addValueChangeListener(e -> fromPanel());
        facilityType.addValueChangeListener(e -> fromPanel());
        municipality.addValueChangeListener(e -> fromPanel());
        overdue.addValueChangeListener(e -> fromPanel());
        dueSoon.addValueChangeListener(e -> fromPanel());
        mine.addValueChangeListener(e -> fromPanel());
        return panel;
    }

    private List<WorkQueueCall> calls() {
        if (calls == null) {
            calls = workQueue.calls();
        }
        return calls;
    }

    private void fromPanel() {
        if (syncing) {
            return;
        }
        apply(new WorkQueueFilter(status.getValue(), call.getValue() == null ? null : call.getValue().id(),
                facilityType.getValue(), municipality.getValue() == null ? null : municipality.getValue().code(),
                overdue.getValue(), dueSoon.getValue(), mine.getValue()));
    }

    /** Shows the filter in the panel's fields (when the panel was built) without going anywhere. */
    private void syncPanel() {
        if (filterPanel == null) {
            return;
        }
        syncing = true;
        try {
            status.setValue(filter.status());
            call.setValue(filter.callId() == null ? null
                    : calls().stream().filter(c -> c.id() == filter.callId()).findFirst().orElse(null));
            facilityType.setValue(filter.facilityType());
            municipality.setValue(filter.municipalityCode() == null ? null : municipalities.all().stream()
                    .filter(m -> m.code().equals(filter.municipalityCode())).findFirst().orElse(null));
            overdue.setValue(filter.overdue());
            dueSoon.setValue(filter.dueWithinWeek());
            mine.setValue(filter.assignedToMe());
        } finally {
            syncing = false;
        }
    }

    /** One removable chip per active filter, above the grid. */
    private void showChips() {
        chips.removeAll();
        WorkQueueFilter f = filter;
        if (f.status() != null) {
            chip(STATUS, getTranslation("workQueue.status") + ": " + getTranslation("status." + f.status()),
                    new WorkQueueFilter(null, f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.callId() != null) {
            String title = calls().stream().filter(c -> c.id() == f.callId()).map(c -> c.title(getLocale())).findFirst()
                    .orElse(String.valueOf(f.callId()));
            chip(CALL, getTranslation("workQueue.call") + ": " + title,
                    new WorkQueueFilter(f.status(), null, f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.facilityType() != null) {
            chip(FACILITY, getTranslation("wizard.facilityType") + ": " + getTranslation("facility." + f.facilityType()),
                    new WorkQueueFilter(f.status(), f.callId(), null, f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.municipalityCode() != null) {
            String name = municipalities.all().stream().filter(m -> m.code().equals(f.municipalityCode())).map(Municipality::name)
                    .findFirst().orElse(f.municipalityCode());
            chip(MUNICIPALITY, getTranslation("wizard.facilityMunicipality") + ": " + name,
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), null, f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.overdue()) {
            chip(OVERDUE, getTranslation("workQueue.overdue"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), false, f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.dueWithinWeek()) {
            chip(DUE_SOON, getTranslation("workQueue.dueSoon"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), false, f.assignedToMe()));
        }
        if (f.assignedToMe()) {
            chip(MINE, getTranslation("workQueue.mine"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), false));
        }
        int active = chips.getComponentCount();
        if (active > 1) {
            Button clear = new Button(getTranslation("workQueue.clearFilters"), click -> apply(WorkQueueFilter.none()));
            clear.setId("chip-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            chips.add(clear);
        }
        chips.setVisible(active > 0);
        filterButton.setText(active == 0 ? getTranslation("workQueue.filter") : getTranslation("workQueue.filter") + " (" + active + ")");
    }

    private void chip(String key, String text, WorkQueueFilter without) {
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), click -> apply(without));
        chip.setIconAfterText(true);
        chip.setId("chip-" + key);
        chip.addClassName("filter-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setAriaLabel(getTranslation("workQueue.removeFilter", text));
        chips.add(chip);
    }

    // --- columns ----------------------------------------------------------------------------------------------------

    private void addOptionalColumn(String key) {
        Grid.Column<WorkQueueItem> column = switch (key) {
            case "amount" -> grid.addColumn(item -> Formats.money(item.amountRequested(), getLocale()))
                    .setHeader(getTranslation("workQueue.amount")).setTextAlign(ColumnTextAlign.END)
                    .setSortProperty("amountRequested").setAutoWidth(true).setFlexGrow(0);
            case "due" -> grid.addColumn(item -> dueText(item, workQueue.today())).setHeader(getTranslation("workQueue.due"))
                    .setSortProperty("decisionDue").setAutoWidth(true).setFlexGrow(0);
            case "call" -> grid.addColumn(item -> item.callTitle(getLocale())).setHeader(getTranslation("workQueue.call"))
                    .setFlexGrow(2).setWidth("10em");
            case "submitted" -> grid.addColumn(item -> item.submittedAt() == null ? ""
                            : Formats.date(LocalDate.ofInstant(item.submittedAt(), Formats.ZONE), getLocale()))
                    .setHeader(getTranslation("workQueue.submittedColumn")).setSortProperty("submittedAt").setAutoWidth(true)
                    .setFlexGrow(0);
            case "reviewers" -> grid.addColumn(WorkQueueItem::reviewers).setHeader(getTranslation("workQueue.reviewers"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            default -> throw new IllegalArgumentException(key);
        };
        column.setKey(key);
        optional.put(key, column);
    }

    /** Shows the columns chosen, in their fixed order, and remembers the choice for the user. */
    void showColumns(Set<String> chosen) {
        for (String key : COLUMNS) {
            if (chosen.contains(key) && !optional.containsKey(key)) {
                addOptionalColumn(key);
            } else if (!chosen.contains(key) && optional.containsKey(key)) {
                grid.removeColumn(optional.remove(key));
            }
        }
        List<Grid.Column<WorkQueueItem>> order = new ArrayList<>();
        order.add(grid.getColumnByKey("application"));
        order.add(grid.getColumnByKey("status"));
        COLUMNS.stream().filter(optional::containsKey).map(optional::get).forEach(order::add);
        grid.setColumnOrder(order);
        Set<String> remembered = new LinkedHashSet<>(COLUMNS.stream().filter(chosen::contains).toList());
        preferences.rememberVisibleColumns(remembered);
    }

    private void chooseColumns() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workQueue.columns"));
        CheckboxGroup<String> choice = new CheckboxGroup<>(getTranslation("workQueue.columnsHint"));
        choice.setId("work-queue-column-choice");
        choice.setItems(COLUMNS);
        choice.setItemLabelGenerator(this::columnLabel);
        choice.setValue(new LinkedHashSet<>(optional.keySet()));
        Button save = new Button(getTranslation("workQueue.save"), click -> {
            showColumns(choice.getValue());
            dialog.close();
        });
        save.setId("work-queue-columns-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice);
        dialog.getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String columnLabel(String key) {
        return switch (key) {
            case "amount" -> getTranslation("workQueue.amount");
            case "due" -> getTranslation("workQueue.due");
            case "call" -> getTranslation("workQueue.call");
            case "submitted" -> getTranslation("workQueue.submittedColumn");
            default -> getTranslation("workQueue.reviewers");
        };
    }

    // --- bulk work --------------------------------------------------------------------------------------------------

    private Component bulkBar() {
        selection.setId("work-queue-selection");
        selectAllOfFilter.setText(getTranslation("workQueue.selectAllOfFilter"));
        selectAllOfFilter.setId("work-queue-select-all");
        selectAllOfFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAllOfFilter.addClickListener(click -> {
            List<Long> ids = workQueue.ids(filter);
            grid.deselectAll();
            allOfFilter = ids;
            showSelection();
        });
        clearSelection.setText(getTranslation("workQueue.clearSelection"));
        clearSelection.setId("work-queue-clear-selection");
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearSelection.addClickListener(click -> {
            grid.deselectAll();
            allOfFilter = null;
            showSelection();
        });
        HorizontalLayout bar = new HorizontalLayout(selection, selectAllOfFilter, clearSelection);
        if (lead) {
            Button assign = new Button(getTranslation("workQueue.assign"), VaadinIcon.USER_CHECK.create(), click -> assign());
            assign.setId("work-queue-assign");
            bar.add(assign);
        }
        Button extend = new Button(getTranslation("workQueue.extend"), VaadinIcon.CALENDAR_CLOCK.create(), click -> extend());
        extend.setId("work-queue-extend");
        bar.add(extend, download(WorkQueueExport.Format.CSV, "workQueue.exportCsv", "text/csv"),
                download(WorkQueueExport.Format.XLSX, "workQueue.exportXlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        bar.setId("work-queue-bulk");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** The ids acted on: all rows of the filter when chosen, else the rows selected in the grid. */
    List<Long> chosenIds() {
        if (allOfFilter != null) {
            return allOfFilter;
        }
        return grid.getSelectedItems().stream().map(WorkQueueItem::id).toList();
    }

    private void showSelection() {
        selection.setText(allOfFilter != null ? getTranslation("workQueue.allOfFilter", allOfFilter.size())
                : getTranslation("workQueue.selected", grid.getSelectedItems().size()));
        clearSelection.setVisible(allOfFilter != null || !grid.getSelectedItems().isEmpty());
    }

    private Anchor download(WorkQueueExport.Format format, String label, String contentType) {
        String extension = format.name().toLowerCase(java.util.Locale.ROOT);
        // read here, in the UI's thread: the download runs in a request of its own
        java.util.Locale language = getLocale();
        String name = getTranslation("workQueue.title").toLowerCase(java.util.Locale.ROOT);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            // the selection, or without one the whole filtered queue
            List<Long> ids = chosenIds();
            byte[] bytes = workQueue.export(filter, ids.isEmpty() ? null : ids, format, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + "-" + workQueue.today() + "." + extension,
                    contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(label)));
        anchor.setId("work-queue-export-" + extension);
        anchor.setTitle(getTranslation("workQueue.exportHint"));
        anchor.addClassName("work-queue-export");
        return anchor;
    }

    /** The form of the assignment dialog. */
    record AssignForm(AssignmentService.Reviewer reviewer) {
    }

    private void assign() {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            notify(getTranslation("workQueue.nothingSelected"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workQueue.assign") + " (" + ids.size() + ")");
        ComboBox<AssignmentService.Reviewer> who = new ComboBox<>(getTranslation("workQueue.assignReviewer"));
        who.setId("assign-reviewer");
        who.setItems(assignments.reviewers());
        who.setItemLabelGenerator(r -> r.displayName() + " (" + r.email() + ")");
        who.setRequiredIndicatorVisible(true);
        Binder<AssignForm> binder = new Binder<>();
        binder.forField(who).asRequired(getTranslation("validation.required")).bind(AssignForm::reviewer, (f, v) -> { });
        Button go = new Button(getTranslation("workQueue.confirm"), click -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            try {
                List<AssignmentService.Result> results = assignments.assign(ids, who.getValue().email());
                notify(getTranslation("workQueue.assignDone", count(results, AssignmentPolicy.Outcome.ASSIGNED),
                        count(results, AssignmentPolicy.Outcome.OVER_CAP), count(results, AssignmentPolicy.Outcome.CONFLICT_OF_INTEREST),
                        count(results, AssignmentPolicy.Outcome.ALREADY_ASSIGNED) + count(results, AssignmentPolicy.Outcome.NOT_OPEN)),
                        NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, Map.of("reviewer", who), text -> notify(text, NotificationVariant.LUMO_ERROR));
            }
        });
        go.setId("assign-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(who);
        dialog.getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> dialog.close()), go);
        dialog.open();
    }

    private static long count(List<AssignmentService.Result> results, AssignmentPolicy.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The form of the bulk extension: weeks (1–8) and the reason the letters give. */
    record ExtendForm(Integer weeks, String reason) {
    }

    private void extend() {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            notify(getTranslation("workQueue.nothingSelected"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workQueue.extend") + " (" + ids.size() + ")");
        WholeNumberField weeks = new WholeNumberField(getTranslation("workQueue.extendWeeks"));
        weeks.setId("extend-weeks");
        weeks.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("workQueue.extendReason"));
        reason.setId("extend-reason");
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Binder<ExtendForm> binder = new Binder<>();
        binder.forField(weeks).asRequired(getTranslation("validation.required"))
                .withValidator(w -> w >= 1 && w <= 8, getTranslation("validation.between", 1, 8))
                .bind(ExtendForm::weeks, (f, v) -> { });
        binder.forField(reason).asRequired(getTranslation("validation.required")).bind(ExtendForm::reason, (f, v) -> { });
        Button go = new Button(getTranslation("workQueue.confirm"), click -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            try {
                List<DeadlineService.Extended> done = deadlines.extendAll(ids, weeks.getValue(), reason.getValue());
                long refused = done.stream().filter(e -> e.refusal() != null).count();
                notify(getTranslation("workQueue.extendDone", done.size() - refused, refused), NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, Map.of("extensionWeeks", weeks, "extensionReason", reason),
                        text -> notify(text, NotificationVariant.LUMO_ERROR));
            }
        });
        go.setId("extend-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout fields = new VerticalLayout(weeks, reason);
        fields.setPadding(false);
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> dialog.close()), go);
        dialog.open();
    }

    /** The review settings of the filtered call (lead only): assessments per application, second opinion, cap. */
    record SettingsForm(Integer required, BigDecimal spread, Integer cap) {
    }

    private void editSettings() {
        if (filter.callId() == null) {
            notify(getTranslation("workQueue.settingsNeedCall"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        long callId = filter.callId();
        ReviewSettings current = assignments.settings(callId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workQueue.settings"));
        WholeNumberField required = new WholeNumberField(getTranslation("workQueue.settingsRequired"));
        required.setId("settings-required");
        DecimalField spread = new DecimalField(getTranslation("workQueue.settingsSpread"));
        spread.setId("settings-spread");
        WholeNumberField cap = new WholeNumberField(getTranslation("workQueue.settingsCap"));
        cap.setId("settings-cap");
        Binder<SettingsForm> binder = new Binder<>();
        binder.forField(required).asRequired(getTranslation("validation.required"))
                .withValidator(n -> n >= 1 && n <= 3, getTranslation("validation.between", 1, 3))
                .bind(SettingsForm::required, (f, v) -> { });
        binder.forField(spread).withValidator(s -> s == null || (s.signum() > 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0),
                getTranslation("validation.between", 1, 100)).bind(SettingsForm::spread, (f, v) -> { });
        binder.forField(cap).withValidator(c -> c == null || (c >= 1 && c <= 10000), getTranslation("validation.between", 1, 10000))
                .bind(SettingsForm::cap, (f, v) -> { });
        binder.readBean(new SettingsForm(current.assessmentsRequired(), current.secondOpinionSpread(), current.reviewerCap()));
        Button save = new Button(getTranslation("workQueue.save"), click -> {
            if (binder.validate().hasErrors()) {
                return;
            }
            assignments.saveSettings(new ReviewSettings(callId, required.getValue(), spread.getValue(), cap.getValue()));
            notify(getTranslation("workQueue.settingsSaved"), NotificationVariant.LUMO_SUCCESS);
            dialog.close();
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout fields = new VerticalLayout(required, spread, cap);
        fields.setPadding(false);
        dialog.add(new Paragraph(calls().stream().filter(c -> c.id() == callId).map(c -> c.title(getLocale())).findFirst().orElse("")),
                fields);
        dialog.getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    // --- the grid's data ------------------------------------------------------------------------------------------

    /** The filter the queue shows now. */
    WorkQueueFilter filter() {
        return filter;
    }

    /**
     * A page for the Grid. When the Grid scrolls on to the page right after one it fetched before, the
     * service continues from that page's last row (keyset) rather than skipping rows with OFFSET.
     */
    private Stream<WorkQueueItem> fetch(Query<WorkQueueItem, Void> query) {
        Pageable pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
        if (!pageable.getSort().equals(cursorSort)) {
            lastRowBefore.clear();
            cursorSort = pageable.getSort();
        }
        long offset = pageable.getOffset();
        List<WorkQueueItem> rows = workQueue.page(filter, pageable, offset == 0 ? null : lastRowBefore.get(offset)).getContent();
        if (!rows.isEmpty()) {
            lastRowBefore.put(offset + rows.size(), rows.getLast());
        }
        return rows.stream();
    }

    private void refresh() {
        lastRowBefore.clear();
        allOfFilter = null;
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        showSelection();
    }

    /** Overdue and nearly due rows are marked in words too, not only by colour. */
    private String dueText(WorkQueueItem item, LocalDate today) {
        String date = Formats.date(item.decisionDue(), getLocale());
        String mark = dueClass(item, today);
        return mark == null ? date : date + " (" + getTranslation("workQueue." + mark) + ")";
    }

    static String dueClass(WorkQueueItem item, LocalDate today) {
        if (item.decisionDue() == null || !item.isOpen()) {
            return null;
        }
        if (item.decisionDue().isBefore(today)) {
            return "overdue-row";
        }
        return item.decisionDue().isAfter(today.plusDays(7)) ? null : "due-soon-row";
    }

    private String statusText(WorkQueueItem item) {
        return getTranslation("status." + item.status())
                + (item.coFinancingConditionNotMet() ? " — " + getTranslation("workQueue.conditionNotMet") : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workQueue.title");
    }
}
