package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.review.Ranking;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The decision maker's ranking: the list of closed ranking calls, the table, and each row's way to the decision. */
class RankingViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    private Staff staff;
    private long call;
    private long best;
    private long second;

    @BeforeEach
    void closedRankingCall() throws Exception {
        staff = authorities.newAuthority("Gemeente Rangschikscherm");
        call = applications.openCall(staff, CallSpec.ranking(Map.of(2027, amount("50000"))).titled("Buurthuizen 2027"));
        second = applications.awaitingDecision(staff, authorities.newApplicant("Vereniging Tweede"), call, Map.of(2027, amount("30000")), 5);
        best = applications.awaitingDecision(staff, authorities.newApplicant("Stichting Beste"), call, Map.of(2027, amount("30000")), 9);
        applications.close(staff, call);
    }

    @SuppressWarnings("unchecked")
    private Grid<Ranking.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("ranking-grid"));
    }

    @Test
    void the_ranking_shows_score_amounts_running_totals_and_the_proposal_best_first() {
        login(staff.decisionMaker());
        navigate("ranking/" + call);

        Grid<Ranking.Row> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        List<Ranking.Row> rows = _fetch(grid, 0, 10);
        assertThat(rows).extracting(Ranking.Row::applicationId).containsExactly(best, second);
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText()).contains("Score", "Kenmerk", "Organisatie",
                "Gevraagd 2027", "Cumulatief 2027 (van € 50.000,00)", "Voorstel");
        assertThat(((Span) _getCellComponent(grid, 0, "proposal")).getText()).isEqualTo("Verlenen");
        assertThat(((Span) _getCellComponent(grid, 1, "proposal")).getText()).isEqualTo("Past niet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ranking-available")).getText())
                .isEqualTo("Nog beschikbaar per jaar: 2027: € 50.000,00");
        assertThat(_find(Paragraph.class, spec -> spec.withId("ranking-provisional"))).isEmpty();
    }

    @Test
    void each_row_opens_the_review_page_of_its_application_to_decide() {
        login(staff.decisionMaker());
        navigate("ranking/" + call);

        Button open = (Button) _getCellComponent(grid(), 1, "open");
        assertThat(open.getText()).isEqualTo("Openen en besluiten");
        _click(open);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("review/" + second);
        _get(ReviewApplicationView.class);
    }


    @Test
    void the_menu_leads_to_the_list_of_closed_ranking_calls_and_from_there_to_the_ranking() {
        login(staff.decisionMaker());
        navigate("");
        assertThat(nl.gemeenschapsfonds.base.ui.MenuShown.labels()).contains("Rangschikking");
        navigate("ranking");

        @SuppressWarnings("unchecked")
        Grid<nl.gemeenschapsfonds.review.RankingCallItem> calls = _get(Grid.class, spec -> spec.withId("ranking-calls-grid"));
        assertThat(_fetch(calls, 0, 10)).singleElement().satisfies(item -> {
            assertThat(item.title(java.util.Locale.of("nl"))).isEqualTo("Buurthuizen 2027");
            assertThat(item.awaitingDecision()).isEqualTo(2);
        });
        _click((Button) _getCellComponent(calls, 0, "open"));
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void another_authority_does_not_find_the_ranking_and_a_reviewer_may_not_open_it() {
        Staff other = authorities.newAuthority("Gemeente Buiten");
        login(other.decisionMaker());
        navigate("ranking/" + call);
        assertThat(_find(RankingView.class)).isEmpty();
        _get(NotFoundView.class);

        login(staff.reviewer());
        navigate("ranking/" + call);
        assertThat(_find(RankingView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class).size() + _find(NotFoundView.class).size()).isEqualTo(1);
    }
}
