package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.review.Ranking;
import nl.gemeenschapsfonds.review.RankingService;
import nl.gemeenschapsfonds.security.Role;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ranking of a closed call: score, application, the grant asked and the running total per year
 * against what the call-year still has, and the proposal. Each row opens the application's review
 * page, where the decision maker confirms the decision for that application.
 */
@Route("ranking/:callId")
@RolesAllowed(Role.DECISION_MAKER_)
class RankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankingService rankings;
    private Ranking ranking;

    RankingView(RankingService rankings) {
        this.rankings = rankings;
        setId("ranking-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, "callId", rankings::ranking).ifPresent(found -> {
            ranking = found;
            render();
        });
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("ranking.title", ranking.title(locale))));
        if (!ranking.closed()) {
            Paragraph provisional = new Paragraph(getTranslation("ranking.notClosed", Formats.date(ranking.closeDate(), locale)));
            provisional.setId("ranking-provisional");
            add(provisional);
        }
        Paragraph available = new Paragraph(getTranslation("ranking.available", ranking.available().entrySet().stream()
                .map(year -> year.getKey() + ": " + Formats.money(year.getValue(), locale))
                .collect(Collectors.joining("; "))));
        available.setId("ranking-available");
        add(available, new Paragraph(getTranslation("ranking.explain")));

        Grid<Ranking.Row> grid = new Grid<>();
        grid.setId("ranking-grid");
        grid.setAriaLabel(getTranslation("ranking.title", ranking.title(locale)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Ranking.Row::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> score(row.score(), locale)).setHeader(getTranslation("ranking.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Ranking.Row::reference).setHeader(getTranslation("ranking.reference")).setAutoWidth(true);
        grid.addColumn(Ranking.Row::organisationName).setHeader(getTranslation("ranking.organisation")).setFlexGrow(2);
        for (int year : ranking.years()) {
            grid.addColumn(row -> Formats.money(row.asked().get(year), locale))
                    .setHeader(getTranslation("ranking.askedYear", String.valueOf(year)))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addColumn(row -> row.asked().containsKey(year) ? Formats.money(row.runningTotal().get(year), locale) : "")
                    .setHeader(getTranslation("ranking.runningYear", String.valueOf(year),
                            Formats.money(ranking.available().getOrDefault(year, BigDecimal.ZERO), locale)))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addComponentColumn(row -> {
            Span proposal = new Span(getTranslation("ranking.proposal." + row.proposal()));
            proposal.getElement().getThemeList().add(row.proposal() == Ranking.Proposal.GRANT ? "badge success" : "badge contrast");
            return proposal;
        }).setHeader(getTranslation("ranking.proposal")).setKey("proposal").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button open = new Button(getTranslation("ranking.decide"),
                    click -> ReviewNavigation.toApplication(row.applicationId()));
            open.setId("ranking-open-" + row.applicationId());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setKey("open").setAutoWidth(true);
        grid.setItems(ranking.rows());
        grid.setEmptyStateText(getTranslation("ranking.empty"));
        add(grid);

        Button back = new Button(getTranslation("action.back"), click -> ReviewNavigation.toRankings());
        add(back);
    }

    private static String score(BigDecimal score, Locale locale) {
        if (score == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Translations.supported(locale)));
        return format.format(score);
    }

    @Override
    public String getPageTitle() {
        return ranking == null ? getTranslation("ranking.listTitle") : getTranslation("ranking.title", ranking.title(getLocale()));
    }
}
