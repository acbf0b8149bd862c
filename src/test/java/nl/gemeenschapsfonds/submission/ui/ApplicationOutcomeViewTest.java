package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.payment.GrantWithAdvances;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's application page after the decision: the outcome in money, the payments and the timeline that goes on. */
class ApplicationOutcomeViewTest extends KaribuViewTest {

    private static final Locale NL = Locale.of("nl", "NL");

    @Autowired
    GrantWithAdvances grants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_granted_application_shows_the_amount_per_year_the_advances_with_their_status_and_a_timeline_through_the_payments()
            throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Uitkomstpagina");
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        // the bank paid the first advance on its due date, never earlier (how finance books it is the payment
        // module's own test)
        LocalDate paidOn = jdbc.sql("select due_on from payment_instruction where application_id = ? and position = 0")
                .param(grant.applicationId()).query(LocalDate.class).single();
        jdbc.sql("""
                        update payment_instruction set status = 'PAID', paid_on = ?, approved_by = 'finance', approved_at = now()
                        where application_id = ? and position = 0""")
                .params(Date.valueOf(paidOn), grant.applicationId()).update();

        login(grant.applicant());
        navigate("applications/" + grant.applicationId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("application-now")).getText())
                .as("a full grant is not called (gedeeltelijk)").startsWith("Uw aanvraag is verleend.");
        String granted = _get(Div.class, spec -> spec.withId("decision-granted")).getElement().getTextRecursively();
        assertThat(granted).contains("Verleend: € 60.000,00, het hele gevraagde bedrag.", "2027: € 40.000,00", "2028: € 20.000,00");

        assertThat(_get(ListItem.class, spec -> spec.withId("applicant-payment-1")).getText())
                .isEqualTo("Voorschot 1 (2027): € 10.000,00, betaald op " + Formats.date(paidOn, NL));
        assertThat(_get(ListItem.class, spec -> spec.withId("applicant-payment-2")).getText())
                .isEqualTo("Voorschot 2 (2027): € 15.000,00, gepland op " + Formats.date(today.plusMonths(1), NL));
        assertThat(_get(Paragraph.class, spec -> spec.withId("applicant-payments-total")).getText())
                .isEqualTo("Ontvangen: € 10.000,00 van € 45.000,00");

        String timeline = _get(OrderedList.class, spec -> spec.withId("application-timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("Verleend op " + Formats.date(today, NL) + ": € 60.000,00",
                "Voorschot 1 van € 10.000,00 betaald op " + Formats.date(paidOn, NL),
                "Voorschot 3 van € 20.000,00 gepland op " + Formats.date(today.plusYears(1), NL),
                "Eindverslag uiterlijk op");
        assertThat(timeline.indexOf("Voorschot 1 van")).as("in date order").isLessThan(timeline.indexOf("Voorschot 3 van"));
    }

    @Test
    void on_the_day_the_final_report_came_in_and_the_grant_was_settled_the_final_payment_is_listed_after_them() {
        // the demo's Welsum grant: final report submitted, settled lower and its final payment planned, all on one day
        long id = jdbc.sql("select id from grant_application where title = 'Eettafel in de dorpswinkel'").query(Long.class).single();
        login(nl.gemeenschapsfonds.test.DemoUsers.APPLICANT_WELSUM);
        navigate("applications/" + id);

        java.util.List<String> lines = _get(OrderedList.class, spec -> spec.withId("application-timeline")).getChildren()
                .map(item -> item.getElement().getText()).toList();
        int report = indexOf(lines, "Eindverslag ingediend op");
        int settled = indexOf(lines, "Vastgesteld op");
        int finalPayment = indexOf(lines, "Slotbetaling van");
        assertThat(report).as("the final report on the timeline: %s", lines).isNotNegative();
        assertThat(report).as("the cycle's order on one day: %s", lines).isLessThan(settled);
        assertThat(settled).as("the cycle's order on one day: %s", lines).isLessThan(finalPayment);
    }

    private static int indexOf(java.util.List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void after_submitting_the_applicant_reads_the_whole_application_as_submitted_without_a_way_to_change_it() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Ingediend");
        login(grant.applicant());
        navigate("applications/" + grant.applicationId());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("application-submitted")).getHref())
                .isEqualTo("applications/" + grant.applicationId() + "/submitted");

        navigate("applications/" + grant.applicationId() + "/submitted");
        _get(SubmittedApplicationView.class);
        for (int step = 1; step <= 6; step++) {
            int s = step;
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withId("summary-step-" + s)))
                    .as("step %s", s).hasSize(1);
        }
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Wijzigen"))).as("read-only").isEmpty();
        String financing = _get(Div.class, spec -> spec.withId("summary-step-5")).getElement().getTextRecursively();
        assertThat(financing).contains("Totale dekking: €");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("submitted-receipt"));
    }
}
