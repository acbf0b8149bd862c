package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.WorkQueueCall;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reviewer's and decision maker's home: the applications of their authority, due first, with
 * server-side filters and lazy loading. Overdue rows and rows due within a week stand out.
 */
@Route("work-queue")
@Menu(title = "menu.workQueue", order = 20, icon = "TASKS")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class WorkQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final int REMEMBERED_PAGES = 20;

    /** The filters' options, shared by every work queue (a Select would render one component per option per view). */
    private static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.NOT_CONSIDERED, ApplicationStatus.WITHDRAWN);
    private static final List<FacilityType> FACILITY_TYPES = List.of(FacilityType.values());

    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<WorkQueueCall> call = new ComboBox<>();
    private final ComboBox<FacilityType> facilityType = new ComboBox<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final Grid<WorkQueueItem> grid = new Grid<>();
    /** The last row of each page fetched (by the offset of the page after it), for keyset paging; a few only. */
    private final Map<Long, WorkQueueItem> lastRowBefore = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WorkQueueItem> eldest) {
            return size() > REMEMBERED_PAGES;
        }
    };
    private Sort cursorSort = Sort.unsorted();

    WorkQueueView(WorkQueueService workQueue, Municipalities municipalities,
                  AuthenticationContext authentication) {
        setId("work-queue-view");
        setSizeFull();
        add(new H1(getTranslation("workQueue.title")));

        status.setLabel(getTranslation("workQueue.status"));
        status.setId("filter-status");
        status.setItems(STATUSES);
        status.setPlaceholder(getTranslation("workQueue.any"));
        status.setClearButtonVisible(true);
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        if (authentication.hasRole(Role.DECISION_MAKER_) && !authentication.hasRole(Role.REVIEWER_)) {
            status.setValue(ApplicationStatus.AWAITING_DECISION);
        }
        call.setLabel(getTranslation("workQueue.call"));
        call.setId("filter-call");
        call.setItems(workQueue.calls());
        call.setItemLabelGenerator(c -> c.title(getLocale()));
        call.setClearButtonVisible(true);
        facilityType.setLabel(getTranslation("wizard.facilityType"));
        facilityType.setId("filter-facility");
        facilityType.setItems(FACILITY_TYPES);
        facilityType.setPlaceholder(getTranslation("workQueue.any"));
        facilityType.setClearButtonVisible(true);
        facilityType.setItemLabelGenerator(t -> getTranslation("facility." + t));
        municipality.setLabel(getTranslation("wizard.facilityMunicipality"));
        municipality.setId("filter-municipality");
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        overdue.setLabel(getTranslation("workQueue.overdue"));
        overdue.setId("filter-overdue");
        dueSoon.setLabel(getTranslation("workQueue.dueSoon"));
        dueSoon.setId("filter-due-soon");
        mine.setLabel(getTranslation("workQueue.mine"));
        mine.setId("filter-mine");
        mine.setVisible(authentication.hasRole(Role.REVIEWER_));
        HorizontalLayout filters = new HorizontalLayout(status, call, facilityType, municipality, overdue, dueSoon, mine);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setId("work-queue-filters");
        add(filters);

        grid.setId("work-queue-grid");
        grid.setAriaLabel(getTranslation("workQueue.title"));
        grid.addColumn(WorkQueueItem::reference).setHeader(getTranslation("workQueue.reference"))
                .setSortProperty("reference").setAutoWidth(true);
        // Long texts get room and a tooltip with the whole text; short ones are as wide as their content (issue 13).
        grid.addColumn(WorkQueueItem::title).setHeader(getTranslation("workQueue.titleColumn")).setFlexGrow(3)
                .setWidth("14em").setTooltipGenerator(WorkQueueItem::title);
        grid.addColumn(WorkQueueItem::organisationName).setHeader(getTranslation("workQueue.organisation")).setFlexGrow(2)
                .setWidth("10em").setTooltipGenerator(WorkQueueItem::organisationName);
        grid.addColumn(item -> item.callTitle(getLocale())).setHeader(getTranslation("workQueue.call")).setFlexGrow(2)
                .setWidth("10em").setTooltipGenerator(item -> item.callTitle(getLocale()));
        grid.addColumn(this::statusText).setHeader(getTranslation("workQueue.status")).setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(this::statusText);
        grid.addColumn(item -> Formats.money(item.amountRequested(), getLocale()))
                .setHeader(getTranslation("workQueue.amount")).setTextAlign(ColumnTextAlign.END).setSortProperty("amountRequested")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> dueText(item, workQueue.today())).setHeader(getTranslation("workQueue.due"))
                .setSortProperty("decisionDue").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(item -> dueText(item, workQueue.today()));
        grid.setPartNameGenerator(item -> dueClass(item, workQueue.today()));
        grid.setItems(query -> fetch(workQueue, query));
        grid.setEmptyStateText(getTranslation("workQueue.empty"));
        grid.addItemClickListener(click -> ReviewNavigation.toApplication(click.getItem().id()));
        add(grid);

        status.addValueChangeListener(e -> refresh());
        call.addValueChangeListener(e -> refresh());
        facilityType.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        dueSoon.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
    }

    private WorkQueueFilter filter() {
        return new WorkQueueFilter(status.getValue(), call.getValue() == null ? null : call.getValue().id(),
                facilityType.getValue(), municipality.getValue() == null ? null : municipality.getValue().code(),
                overdue.getValue(), dueSoon.getValue(), mine.getValue());
    }

    /**
     * A page for the Grid. When the Grid scrolls on to the page right after one it fetched before, the
     * service continues from that page's last row (keyset) rather than skipping rows with OFFSET.
     */
    private Stream<WorkQueueItem> fetch(WorkQueueService workQueue, Query<WorkQueueItem, Void> query) {
        Pageable pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
        if (!pageable.getSort().equals(cursorSort)) {
            lastRowBefore.clear();
            cursorSort = pageable.getSort();
        }
        long offset = pageable.getOffset();
        List<WorkQueueItem> rows = workQueue.page(filter(), pageable, offset == 0 ? null : lastRowBefore.get(offset)).getContent();
        if (!rows.isEmpty()) {
            lastRowBefore.put(offset + rows.size(), rows.getLast());
        }
        return rows.stream();
    }

    private void refresh() {
        lastRowBefore.clear();
        grid.getDataProvider().refreshAll();
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
