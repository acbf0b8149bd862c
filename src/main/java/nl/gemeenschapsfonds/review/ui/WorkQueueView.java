package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.ui.ColumnChooser;
import nl.gemeenschapsfonds.base.ui.GridSelection;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.base.ui.ListCells;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.WorkQueueCall;
import nl.gemeenschapsfonds.review.WorkQueueExport;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.ViewPreferences;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reviewer's and decision maker's home: the applications of their authority, due first, lazily loaded with keyset
 * paging. Issue 20's redesign: the filters live in a "Filter" panel built when first opened; the active filters show
 * as removable chips above the grid and live in the URL's query parameters (a filtered queue can be bookmarked and
 * shared); one two-line column shows reference, title and organisation, status is a badge, four columns by default
 * and the others switched on per user (remembered). Issue 21.4: rows can be selected (or all rows of the filter) to
 * assign a reviewer, extend the decision deadline, or export to CSV/XLSX.
 *
 * <p>The view holds the filter (from the URL), the grid and its keyset paging; its parts take records and fire events:
 * {@link WorkQueueFilterPanel}, {@link WorkQueueBulkBar} and {@link WorkQueueDialogs}. Like the other all-day lists it
 * stands on base/ui's {@link FilterBar} (button, panel, chips from {@link WorkQueueChips}), {@link ColumnChooser} (the
 * optional columns of {@link WorkQueueColumns}, remembered in {@code security.ViewPreferences}) and {@link ListCells};
 * {@link WorkQueueParameters} reads and writes the URL.
 */
@Route("work-queue")
@Menu(title = "menu.workQueue", order = 20, icon = "TASKS")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class WorkQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int REMEMBERED_PAGES = 20;
    static final int PAGE_SIZE = 25;

    private final WorkQueueService workQueue;
    private final Municipalities municipalities;
    private final AssignmentService assignments;
    private final DeadlineService deadlines;
    private final boolean reviewer;
    private final boolean decisionMakerOnly;

    private WorkQueueFilter filter = WorkQueueFilter.none();
    private boolean entered;

    private final FilterBar filterBar = new FilterBar("work-queue", this::filterPanel);
    private WorkQueueFilterPanel filterPanel;
    private List<WorkQueueCall> calls;

    private final Grid<WorkQueueItem> grid = new Grid<>();
    private final WorkQueueBulkBar bulkBar;
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
                  AssignmentService assignments, DeadlineService deadlines, ViewPreferences preferences) {
        this.workQueue = workQueue;
        this.municipalities = municipalities;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.reviewer = authentication.hasRole(Role.REVIEWER_);
        this.decisionMakerOnly = authentication.hasRole(Role.DECISION_MAKER_) && !reviewer;
        boolean lead = reviewer && assignments.isLead();
        setId("work-queue-view");
        setSizeFull();
        add(new H1(getTranslation("workQueue.title")));
        grid.setId("work-queue-grid");
        grid.setAriaLabel(getTranslation("workQueue.title"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // each row's check box named after its application, in the user's language (not Vaadin's "Select Row")
        GridSelection.named(grid, WorkQueueItem::reference, "gridSelection.allApplications");
        // issue 20: a page of 25 rows (not 50) is what the session holds of the queue; a tall window asks for more
        grid.setPageSize(PAGE_SIZE);
        // a long status or due mark wraps in its column instead of widening the grid (500 px: no sideways scrolling)
        grid.addThemeName("wrap-cell-content");
        grid.addColumn(ListCells.<WorkQueueItem>twoLines(WorkQueueItem::reference, WorkQueueItem::title,
                        WorkQueueItem::organisationName, null))
                .setHeader(getTranslation("workQueue.application")).setKey("application").setSortProperty("reference")
                .setFlexGrow(4).setWidth("8.5em");
        grid.addColumn(ListCells.<WorkQueueItem>badge(this::statusText,
                        item -> "wq-" + item.status().name().toLowerCase(Locale.ROOT) + (item.coFinancingConditionNotMet() ? " wq-warning" : "")))
                .setHeader(getTranslation("workQueue.status")).setKey("status").setSortProperty("status")
                .setWidth("7.5em").setFlexGrow(1);
        ColumnChooser<WorkQueueItem> columns = WorkQueueColumns.on(grid, preferences, item -> dueText(item, workQueue.today()),
                this::getLocale);
        filterBar.addColumnChoice(columns);
        if (lead) {
            Button settings = new Button(getTranslation("workQueue.settings"), click -> editSettings());
            settings.setId("work-queue-settings-button");
            filterBar.addTools(settings);
        }
        add(filterBar);
        grid.setPartNameGenerator(item -> dueClass(item, workQueue.today()));
        grid.setItems(query -> fetch(query));
        grid.setEmptyStateText(getTranslation("workQueue.empty"));
        grid.addItemClickListener(click -> ReviewNavigation.toApplication(click.getItem().id()));
        grid.addSelectionListener(change -> {
            allOfFilter = null;
            showSelection();
        });
        bulkBar = new WorkQueueBulkBar(lead, this::download);
        bulkBar.addActionListener(action -> {
            switch (action.kind()) {
                case SELECT_ALL_OF_FILTER -> selectAllOfFilter();
                case CLEAR_SELECTION -> clearSelection();
                case ASSIGN -> withChosen(ids -> new WorkQueueDialogs.Assign(ids, assignments));
                case EXTEND -> withChosen(ids -> new WorkQueueDialogs.Extend(ids, deadlines));
            }
        });
        add(bulkBar, grid);
        showSelection();
    }

    // --- the filter: URL ⇄ state ⇄ panel and chips ---------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (!entered && parameters.isEmpty() && decisionMakerOnly) {
            filter = new WorkQueueFilter(ApplicationStatus.AWAITING_DECISION, null, null, null, false, false, false);
        } else {
            filter = WorkQueueParameters.parse(parameters, municipalities.all(), reviewer);
        }
        entered = true;
        if (filterPanel != null) {
            filterPanel.show(filter);
        }
        filterBar.showChips(WorkQueueChips.of(filter, this, this::callTitle, this::municipalityName, this::apply),
                () -> apply(WorkQueueFilter.none()));
        // another filter starts at its first page: the Grid would otherwise ask for the old scroll position, which has
        // no keyset cursor in the new filter and would be read with OFFSET (bench20's finding at 1,000,000 rows)
        grid.scrollToStart();
        refresh();
    }

    /** Goes to the queue with this filter: the URL changes (bookmarkable), and {@link #beforeEnter} shows it. */
    private void apply(WorkQueueFilter next) {
        getUI().ifPresent(ui -> ui.navigate(WorkQueueView.class, WorkQueueParameters.of(next)));
    }

    /** The filter panel, built by the filter bar when first opened. */
    private WorkQueueFilterPanel filterPanel() {
        filterPanel = new WorkQueueFilterPanel(calls(), municipalities.all(), reviewer);
        filterPanel.show(filter);
        filterPanel.addChangedListener(changed -> apply(changed.filter()));
        return filterPanel;
    }

    private List<WorkQueueCall> calls() {
        if (calls == null) {
            calls = workQueue.calls();
        }
        return calls;
    }

    private String callTitle(long callId) {
        return calls().stream().filter(c -> c.id() == callId).map(c -> c.title(getLocale())).findFirst()
                .orElse(String.valueOf(callId));
    }

    private String municipalityName(String code) {
        return municipalities.all().stream().filter(m -> m.code().equals(code)).map(Municipality::name).findFirst().orElse(code);
    }

    // --- bulk work --------------------------------------------------------------------------------------------------

    /** The ids acted on: all rows of the filter when chosen, else the rows selected in the grid. */
    List<Long> chosenIds() {
        if (allOfFilter != null) {
            return allOfFilter;
        }
        return grid.getSelectedItems().stream().map(WorkQueueItem::id).toList();
    }

    private void selectAllOfFilter() {
        List<Long> ids = workQueue.ids(filter);
        grid.deselectAll();
        allOfFilter = ids;
        showSelection();
    }

    private void clearSelection() {
        grid.deselectAll();
        allOfFilter = null;
        showSelection();
    }

    private void showSelection() {
        bulkBar.showSelection(allOfFilter != null ? allOfFilter.size() : grid.getSelectedItems().size(), allOfFilter != null);
    }

    /** Opens the dialog for the chosen rows (refreshing the queue when it is done), or says that none is chosen. */
    private void withChosen(Function<List<Long>, ? extends WorkQueueDialogs.Base> dialog) {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            WorkQueueDialogs.notify(getTranslation("workQueue.nothingSelected"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        WorkQueueDialogs.Base opened = dialog.apply(ids);
        opened.addDoneListener(done -> refresh());
        opened.open();
    }

    private DownloadHandler download(WorkQueueExport.Format format) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        // read here, in the UI's thread: the download runs in a request of its own
        Locale language = getLocale();
        String name = getTranslation("workQueue.title").toLowerCase(Locale.ROOT);
        String contentType = format == WorkQueueExport.Format.CSV ? "text/csv"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return DownloadHandler.fromInputStream(event -> {
            // the selection, or without one the whole filtered queue
            List<Long> ids = chosenIds();
            byte[] bytes = workQueue.export(filter, ids.isEmpty() ? null : ids, format, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + "-" + workQueue.today() + "." + extension,
                    contentType, bytes.length);
        });
    }

    private void editSettings() {
        if (filter.callId() == null) {
            WorkQueueDialogs.notify(getTranslation("workQueue.settingsNeedCall"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        new WorkQueueDialogs.Settings(filter.callId(), callTitle(filter.callId()), assignments).open();
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
