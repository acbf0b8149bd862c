package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls page as a new user met it (issue 13): a call that opens later says so with its date, each card
 * offers what this visitor can do, and "settled at once" and the co-financing rule are said in words.
 */
class PublicCallCardsViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired FundService funds;
    @Autowired CallService calls;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate opens;
    private long later;

    @BeforeEach
    void aCallThatOpensInTwoWeeks() throws Exception {
        LocalDate today = LocalDate.now(clock);
        opens = today.plusDays(14);
        Staff staff = authorities.newAuthority("Gemeente Binnenkort");
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("500000"))))));
        later = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Later open", "Opens later", null, null,
                    EnumSet.of(FacilityType.VILLAGE_SHOP), opens, today.plusDays(90), false, AllocationMethod.FIRST_COME,
                    new BigDecimal("50000"), new BigDecimal("20"), null, null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("100000"))), List.of(), new BigDecimal("5000"), 13, null)
                    .withPrivateShareCounts(Set.of(CoFinancingSource.PRIVATE_FUNDERS, CoFinancingSource.OWN_FUNDS)));
            calls.publish(id);
            return id;
        });
    }

    private long demoCall(String title) {
        return jdbc.sql("""
                        select c.id from grant_call c join fund f on f.id = c.fund_id
                        where f.name = 'Gemeenschapsfonds Zwolle' and c.title_nl = ?""").param(title)
                .query(Long.class).single();
    }

    private static String text(Article card) {
        return card.getElement().getTextRecursively();
    }

    @Test
    void a_call_that_opens_later_is_listed_as_coming_soon_with_its_opening_date_and_no_way_to_apply_yet() {
        navigate("calls");
        String date = Formats.date(opens, Translations.DUTCH);
        assertThat(_get(Span.class, spec -> spec.withId("public-call-" + later + "-soon")).getText())
                .isEqualTo("Binnenkort: opent op " + date);
        Div actions = _get(Div.class, spec -> spec.withId("public-call-" + later + "-actions"));
        assertThat(actions.getElement().getTextRecursively()).isEqualTo("Aanvragen kan vanaf " + date + ".");
        assertThat(_find(Anchor.class, spec -> spec.withId("public-call-" + later + "-register"))).isEmpty();
    }

    @Test
    void an_anonymous_visitor_is_offered_to_register_or_sign_in_to_apply() {
        navigate("calls");
        long call = demoCall("Ontmoetingsplekken 2027");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-call-" + call + "-register")).getHref()).isEqualTo("register");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-call-" + call + "-sign-in")).getHref()).isEqualTo("login");
        assertThat(_find(Span.class, spec -> spec.withId("public-call-" + call + "-soon"))).isEmpty();
    }

    @Test
    void a_signed_in_applicant_is_offered_to_apply() {
        login(DemoUsers.APPLICANT);
        navigate("calls");
        long call = demoCall("Ontmoetingsplekken 2027");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-call-" + call + "-apply")).getHref()).isEqualTo("applications/new");
        assertThat(_find(Anchor.class, spec -> spec.withId("public-call-" + call + "-register"))).isEmpty();
    }

    @Test
    void settled_at_once_is_explained_next_to_the_maximum_and_the_co_financing_rule_names_what_counts() {
        navigate("calls");
        Article card = _get(Article.class, spec -> spec.withId("public-call-" + later));
        assertThat(text(card)).contains("€ 50.000,00")
                .contains("Een subsidie tot en met € 5.000,00 stellen we meteen bij het besluit vast")
                .contains("Minimaal 20% van de kosten uit private cofinanciering; telt mee: private financiers en eigen middelen.");

        Article demo = _get(Article.class, spec -> spec.withId("public-call-" + demoCall("Ontmoetingsplekken 2027")));
        assertThat(text(demo)).contains("Minimaal 20% van de kosten uit private cofinanciering; telt mee: private financiers.");
    }
}
