package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationListItem;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.util.List;

/** "My applications": the applicant's home, all applications of their organisation. */
@Route("applications")
@Menu(title = "menu.myApplications", order = 10, icon = "FILE_TEXT_O")
@RolesAllowed(Role.APPLICANT_)
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    MyApplicationsView(SubmissionService submissions) {
        setId("my-applications-view");
        Button newApplication = new Button(getTranslation("myApplications.new"), VaadinIcon.PLUS.create(),
                click -> SubmissionNavigation.toNewApplication());
        newApplication.setId("new-application");
        newApplication.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H1(getTranslation("myApplications.title")), newApplication));
        List<ApplicationListItem> items = submissions.myApplications();
        if (items.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("myApplications.empty")));
            empty.setId("my-applications-empty");
            add(empty);
            return;
        }
        Grid<ApplicationListItem> grid = new Grid<>();
        grid.setId("my-applications-grid");
        grid.setAriaLabel(getTranslation("myApplications.title"));
        grid.addColumn(item -> item.reference() == null ? getTranslation("myApplications.noReference") : item.reference())
                .setHeader(getTranslation("myApplications.reference")).setAutoWidth(true);
        grid.addColumn(item -> item.title() == null || item.title().isBlank() ? getTranslation("wizard.newTitle") : item.title())
                .setHeader(getTranslation("myApplications.titleColumn")).setFlexGrow(3);
        grid.addColumn(item -> item.callTitle(getLocale())).setHeader(getTranslation("myApplications.call")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("status." + item.status())).setHeader(getTranslation("myApplications.status"));
        grid.addColumn(item -> Formats.money(item.amountRequested(), getLocale()))
                .setHeader(getTranslation("myApplications.amount")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(item -> Formats.date(item.decisionDue(), getLocale())).setHeader(getTranslation("myApplications.due"));
        grid.addItemClickListener(click -> SubmissionNavigation.toApplication(click.getItem().id()));
        grid.addComponentColumn(item -> {
            Button open = new Button(getTranslation("myApplications.open"),
                    click -> SubmissionNavigation.toApplication(item.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel(getTranslation("myApplications.open") + " " + item.title());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myApplications.title");
    }
}
