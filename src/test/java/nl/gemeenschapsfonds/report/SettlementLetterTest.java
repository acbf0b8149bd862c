package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.submission.CostCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The settlement letter from its template, without Spring: what it says for a final payment and a repayment claim. */
class SettlementLetterTest {

    private static final Locale DUTCH = Locale.of("nl");
    private static final LocalDate DATE = LocalDate.of(2029, 3, 1);

    private final SettlementLetter letters = new SettlementLetter(new Templates(""), new Translations());

    @Test
    void a_settlement_with_a_final_payment_lists_each_reduction_with_its_reason_and_the_motivation_per_paragraph() {
        String html = letters.html(data(SettlementKind.REPORT, eur("1500"), null, "Eerste alinea\nTweede alinea"), DUTCH);

        assertThat(html).contains("Gemeente Zwolle", Formats.date(DATE, DUTCH), "GF-2027-0042", "Besluit: vaststelling van de subsidie",
                "Inrichting 2027 – stoelen", "− € 1.000,00", "Niet besteed: bonnen ontbreken", "Wij betalen u nog € 1.500,00",
                "<p>Eerste alinea</p>", "<p>Tweede alinea</p>", "Met vriendelijke groet,", "De bezwaartermijn is 6 weken")
                .doesNotContain("ambtshalve", "vervallen met dit besluit");
    }

    @Test
    void a_settlement_on_own_motion_says_so_and_claims_what_was_paid_too_much() {
        SettlementItem.RepaymentClaim claim = new SettlementItem.RepaymentClaim(1, 0, eur("250"), DATE.plusWeeks(6), false,
                null);
        String html = letters.html(data(SettlementKind.OWN_MOTION, null, claim, " "), Locale.ENGLISH);

        assertThat(html).contains("€250.00", Formats.date(DATE.plusWeeks(6), Locale.ENGLISH)).doesNotContain("Motivation");
        assertThat(html.toLowerCase(Locale.ROOT)).contains("own motion");
    }

    @Test
    void control_characters_a_user_typed_are_left_out_of_the_letter() {
        String html = letters.html(data(SettlementKind.REPORT, null, null, "Regel\u0007 met bel"), DUTCH);

        assertThat(html).contains("Regel met bel").doesNotContain("\u0007");
    }

    private static SettlementLetter.Data data(SettlementKind kind, BigDecimal finalPayment,
            SettlementItem.RepaymentClaim claim, String motivation) {
        return new SettlementLetter.Data("Gemeente Zwolle", "GF-2027-0042", "Dorpshuis", "Vereniging Dorpshuis", DATE, kind,
                eur("10000"), eur("9000"), List.of(new SettlementLetter.Line(CostCategory.FURNISHING, 2027, "stoelen",
                        eur("4000"), eur("1000"), ReductionReason.NOT_SPENT, "bonnen ontbreken")),
                eur("7500"), null, finalPayment, claim, motivation, DATE.plusWeeks(6), 6, "Regeling Ontmoeting", false);
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
