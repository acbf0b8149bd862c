package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.security.ui.LoginView;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PublicCallsViewTest extends KaribuViewTest {

    @Autowired
    BudgetLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private long demoCall() {
        return jdbc.sql("""
                        select c.id from grant_call c join fund f on f.id = c.fund_id
                        where f.name = 'Gemeenschapsfonds Zwolle' and c.title_nl = 'Ontmoetingsplekken 2027'""")
                .query(Long.class).single();
    }

    /** What the ledger says the demo call can still grant in 2027 (the demo data leaves € 1.160.000,00). */
    private BigDecimal availableIn2027(long call) {
        return ledger.availableFrom(LocalDate.now(clock).getYear(), List.of(call)).get(call).get(2027);
    }

    private static String text(Article card) {
        return card.getElement().getTextRecursively();
    }

    @Test
    void an_anonymous_visitor_sees_the_open_demo_call_with_what_is_still_available() {
        navigate("calls");
        _get(PublicCallsView.class);
        long call = demoCall();
        Article card = _get(Article.class, spec -> spec.withId("public-call-" + call));

        assertThat(_get(Span.class, spec -> spec.withId("public-call-" + call + "-available-2027")).getText())
                .isEqualTo("Nog beschikbaar in 2027: " + Formats.money(availableIn2027(call), Translations.DUTCH));
        assertThat(text(card)).contains("Ontmoetingsplekken 2027", "Aangeboden door Gemeente Zwolle",
                "Buurthuis of dorpshuis, Verenigingsgebouw, Dorpswinkel", "Volgorde van binnenkomst", "€ 150.000,00",
                "Voor buurthuizen, verenigingsgebouwen en dorpswinkels");
        LocalDate today = LocalDate.now(clock);
        assertThat(text(card)).contains(Formats.date(today.minusMonths(1), Translations.DUTCH) + " tot en met "
                + Formats.date(today.plusMonths(6), Translations.DUTCH));
        assertThat(_get(Anchor.class, spec -> spec.withId("public-calls-login")).getHref()).isEqualTo("login");
    }

    @Test
    void with_only_the_demo_grant_committed_the_page_says_one_million_one_hundred_and_sixty_thousand_for_2027() {
        long call = demoCall();
        // other tests share the database and may reserve or grant against the demo call after the demo data did: what
        // the demo left is what is shown plus what they took since (ceiling − committed moves only by these three kinds)
        BigDecimal sinceTheDemo = jdbc.sql("""
                        select coalesce(sum(case kind when 'RESERVE' then amount when 'COMMIT' then -amount
                                                      when 'RELEASE' then amount else 0 end), 0)
                        from budget_movement where call_id = :call and year = 2027 and id > (
                            select max(id) from budget_movement
                            where call_id = :call and year = 2027 and kind = 'COMMIT' and reason = 'Demo: grant decision')""")
                .param("call", call).query(BigDecimal.class).single();
        navigate("calls");

        String shown = _get(Span.class, spec -> spec.withId("public-call-" + call + "-available-2027")).getText();
        if (sinceTheDemo.signum() == 0) {
            assertThat(shown).as("nothing moved since the demo data").isEqualTo("Nog beschikbaar in 2027: € 1.160.000,00");
        }
        // the page's figure, not the ledger's own answer, is compared with what the demo data leaves plus what moved
        assertThat(shown).isEqualTo("Nog beschikbaar in 2027: "
                + Formats.money(new BigDecimal("1160000.00").add(sinceTheDemo), Translations.DUTCH));
        assertThat(availableIn2027(call).subtract(sinceTheDemo)).as("what the demo data leaves in 2027")
                .isEqualByComparingTo("1160000.00");
    }

    @Test
    void the_public_page_speaks_english_after_english_is_chosen() {
        useEnglish();
        navigate("calls");
        long call = demoCall();
        Article card = _get(Article.class, spec -> spec.withId("public-call-" + call));

        assertThat(_get(Span.class, spec -> spec.withId("public-call-" + call + "-available-2027")).getText())
                .isEqualTo("Still available in 2027: " + Formats.money(availableIn2027(call), Translations.ENGLISH));
        assertThat(text(card)).contains("Meeting places 2027", "Offered by Gemeente Zwolle",
                "Community centre, Association building, Village shop", "First come, first served", "€150,000.00");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-calls-login")).getText()).isEqualTo("Sign in");
    }

    @Test
    void a_signed_in_administrator_is_not_offered_to_sign_in_but_led_back_to_their_work() {
        login(nl.gemeenschapsfonds.test.DemoUsers.ADMIN);
        navigate("calls");
        Anchor link = _get(Anchor.class, spec -> spec.withId("public-calls-login"));
        assertThat(link.getText()).isEqualTo("Naar mijn werk");
        assertThat(link.getHref()).isEmpty();
        assertThat(nl.gemeenschapsfonds.test.ShownTexts.ofCurrentUi()).doesNotContain("Inloggen");
    }

    @Test
    void the_login_page_links_to_the_open_calls() {
        navigate("login");
        _get(LoginView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withId("login-open-calls"));
        assertThat(link.getText()).isEqualTo("Bekijk de open regelingen");
        assertThat(link.getHref()).isEqualTo("calls");
    }
}
