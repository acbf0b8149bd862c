package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.data.domain.Sort;

/** The reviewer's and decision maker's home: the applications of their authority, due first. */
@Route("work-queue")
@Menu(title = "menu.workQueue", order = 20, icon = "TASKS")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class WorkQueueView extends VerticalLayout implements HasDynamicTitle {

    WorkQueueView(WorkQueueService workQueue) {
        setId("work-queue-view");
        setSizeFull();
        add(new H1(getTranslation("workQueue.title")));

        Grid<WorkQueueItem> grid = new Grid<>();
        grid.setId("work-queue-grid");
        grid.addColumn(WorkQueueItem::reference).setHeader(getTranslation("workQueue.reference"))
                .setSortProperty("a.reference").setAutoWidth(true);
        grid.addColumn(WorkQueueItem::title).setHeader(getTranslation("workQueue.titleColumn")).setFlexGrow(3);
        grid.addColumn(WorkQueueItem::organisationName).setHeader(getTranslation("workQueue.organisation")).setFlexGrow(2);
        grid.addColumn(item -> item.callTitle(getLocale())).setHeader(getTranslation("workQueue.call")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("status." + item.status())).setHeader(getTranslation("workQueue.status"));
        grid.addColumn(item -> Formats.money(item.amountRequested(), getLocale()))
                .setHeader(getTranslation("workQueue.amount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(item -> Formats.date(item.decisionDue(), getLocale())).setHeader(getTranslation("workQueue.due"))
                .setSortProperty("a.decisionDue");
        grid.setItems(query -> workQueue.page(VaadinSpringDataHelpers.toSpringPageRequest(query)
                        .withSort(sortOrDefault(VaadinSpringDataHelpers.toSpringDataSort(query))))
                .stream());
        grid.setEmptyStateText(getTranslation("workQueue.empty"));
        add(grid);
    }

    private static Sort sortOrDefault(Sort requested) {
        return requested.isSorted() ? requested.and(Sort.by("a.id"))
                : Sort.by(Sort.Order.asc("a.decisionDue").nullsLast(), Sort.Order.asc("a.id"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workQueue.title");
    }
}
