package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import nl.gemeenschapsfonds.review.RankingCallItem;
import nl.gemeenschapsfonds.review.RankingService;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;

/** The decision maker's list of closed calls that allocate by ranking, each opening its ranking. */
@Route("ranking")
@Menu(title = "menu.ranking", order = 25, icon = "BAR_CHART")
@RolesAllowed(Role.DECISION_MAKER_)
class RankingListView extends VerticalLayout implements HasDynamicTitle {

    RankingListView(RankingService rankings) {
        setId("ranking-list-view");
        add(new H1(getTranslation("ranking.listTitle")));
        add(new Paragraph(getTranslation("ranking.listIntro")));
        List<RankingCallItem> calls = rankings.rankingCalls();
        if (calls.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("ranking.noCalls"));
            empty.setId("ranking-no-calls");
            add(empty);
            return;
        }
        Grid<RankingCallItem> grid = new Grid<>();
        grid.setId("ranking-calls-grid");
        grid.setAriaLabel(getTranslation("ranking.listTitle"));
        grid.addColumn(call -> call.title(getLocale())).setHeader(getTranslation("ranking.call")).setFlexGrow(3);
        grid.addColumn(call -> Formats.date(call.closeDate(), getLocale())).setHeader(getTranslation("ranking.closeDate"));
        grid.addColumn(RankingCallItem::awaitingDecision).setHeader(getTranslation("ranking.awaiting"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(call -> {
            Button open = new Button(getTranslation("ranking.open"),
                    click -> ReviewNavigation.toRanking(call.callId()));
            open.setId("ranking-call-" + call.callId());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setKey("open").setAutoWidth(true);
        grid.setItems(calls);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ranking.listTitle");
    }
}
