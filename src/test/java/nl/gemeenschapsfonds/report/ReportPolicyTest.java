package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The report's rules without a database: what may be stored while typing, what a submitted report needs, which files. */
class ReportPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void while_typing_only_what_cannot_be_stored_is_refused_each_at_its_field() {
        ReportForm form = new ReportForm(1, 0, "x".repeat(4001), -1, null, Map.of(0, new BigDecimal("-5"), 1, new BigDecimal("12")),
                List.of(new ReportForm.PledgeReceipt(7, 0, null, new BigDecimal("1000000000000"))));

        assertThat(ReportPolicy.storableProblems(form)).extracting(Problem::field, Problem::messageKey).containsExactly(
                tuple("activities", "validation.tooLong"), tuple("visitorsPerWeek", "validation.between"),
                tuple("spent-0", "validation.notNegative"), tuple("pledge-7", "validation.amount"));
        assertThat(ReportPolicy.storableProblems(new ReportForm(1, 0, null, null, null, Map.of(), List.of()))).as("an empty form")
                .isEmpty();
    }

    @Test
    void a_submitted_report_has_everything_filled_in_and_a_receipt_with_both_date_and_amount_not_in_the_future() {
        ReportForm form = new ReportForm(1, 0, " ", null, "", Map.of(0, new BigDecimal("100")), List.of(
                new ReportForm.PledgeReceipt(7, 0, TODAY, null),
                new ReportForm.PledgeReceipt(8, 0, TODAY.plusDays(1), new BigDecimal("10"))));

        assertThat(ReportPolicy.submitProblems(form, List.of(0, 1), TODAY, false, null))
                .extracting(Problem::field, Problem::messageKey).containsExactly(
                        tuple("activities", "report.validation.activitiesRequired"),
                        tuple("visitorsPerWeek", "report.validation.visitorsRequired"),
                        tuple("lonelinessChange", "report.validation.lonelinessRequired"),
                        tuple("spent-1", "report.validation.spentRequired"),
                        tuple("pledge-7", "report.validation.receiptBoth"),
                        tuple("pledge-8", "report.validation.receiptFuture"));
    }

    @Test
    void above_the_call_threshold_an_accountant_statement_must_be_attached() {
        ReportForm complete = new ReportForm(1, 0, "Koken", 40, "Minder alleen", Map.of(0, new BigDecimal("100")), List.of());

        assertThat(ReportPolicy.submitProblems(complete, List.of(0), TODAY, false, new BigDecimal("25000")))
                .extracting(Problem::field).containsExactly("attachments");
        assertThat(ReportPolicy.submitProblems(complete, List.of(0), TODAY, true, new BigDecimal("25000"))).isEmpty();
        assertThat(ReportPolicy.submitProblems(complete, List.of(0), TODAY, false, null)).isEmpty();
    }

    @Test
    void asking_for_more_needs_a_text_and_a_term_of_one_to_ninety_days() {
        assertThat(ReportPolicy.moreAskedProblems("", 0)).extracting(Problem::field).containsExactly("moreText", "moreDays");
        assertThat(ReportPolicy.moreAskedProblems("Stuur de facturen", 91)).extracting(Problem::field).containsExactly("moreDays");
        assertThat(ReportPolicy.moreAskedProblems("Stuur de facturen", 14)).isEmpty();
    }

    @Test
    void a_file_is_typed_by_its_first_bytes_and_its_name_made_safe() {
        assertThat(ReportPolicy.mediaType("%PDF-1.7".getBytes())).contains("application/pdf");
        assertThat(ReportPolicy.mediaType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("image/jpeg");
        assertThat(ReportPolicy.mediaType(new byte[]{(byte) 0x89, 'P', 'N', 'G'})).contains("image/png");
        assertThat(ReportPolicy.mediaType("MZ executable".getBytes())).isEmpty();
        assertThat(ReportPolicy.fileName("../facturen<2027>.pdf")).isEqualTo(".._facturen_2027_.pdf");
        assertThat(ReportPolicy.fileName(" ")).isEqualTo("bestand");
    }
}
