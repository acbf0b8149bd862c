package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.CoFinancingService;
import nl.gemeenschapsfonds.cofinancing.FundedProjectItem;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;

/** The funder's home: the projects they co-finance. */
@Route("funder/projects")
@Menu(title = "menu.funderProjects", order = 40, icon = "HANDSHAKE")
@RolesAllowed(Role.FUNDER_)
class FunderProjectsView extends VerticalLayout implements HasDynamicTitle {

    FunderProjectsView(CoFinancingService coFinancing) {
        setId("funder-projects-view");
        add(new H1(getTranslation("funderProjects.title")));
        List<FundedProjectItem> projects = coFinancing.myProjects();
        if (projects.isEmpty()) {
            add(new Paragraph(getTranslation("funderProjects.empty")));
            return;
        }
        Grid<FundedProjectItem> grid = new Grid<>();
        grid.setId("funder-projects-grid");
        grid.addColumn(FundedProjectItem::reference).setHeader(getTranslation("funderProjects.reference")).setAutoWidth(true);
        grid.addColumn(FundedProjectItem::title).setHeader(getTranslation("funderProjects.titleColumn")).setFlexGrow(3);
        grid.addColumn(FundedProjectItem::organisationName).setHeader(getTranslation("funderProjects.organisation")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("status." + item.status())).setHeader(getTranslation("funderProjects.status"));
        grid.addColumn(item -> Formats.money(item.pledged(), getLocale()))
                .setHeader(getTranslation("funderProjects.pledged")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(projects);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funderProjects.title");
    }
}
