package nl.gemeenschapsfonds.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The work queue's CSV keeps text that a spreadsheet would run as a formula as text; numbers stay numbers. */
class WorkQueueExportCsvCellTest {

    @Test
    void text_starting_like_a_formula_gets_a_quote_in_front() {
        assertThat(WorkQueueExport.csvCell("=HYPERLINK(\"http://x\";\"klik\")")).isEqualTo("'=HYPERLINK(\"http://x\";\"klik\")");
        assertThat(WorkQueueExport.csvCell("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(WorkQueueExport.csvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(WorkQueueExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(WorkQueueExport.csvCell("\t=1")).isEqualTo("'\t=1");
        assertThat(WorkQueueExport.csvCell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinary_text_numbers_amounts_and_dates_stay_as_they_are() {
        assertThat(WorkQueueExport.csvCell("Buurthuis De Linde")).isEqualTo("Buurthuis De Linde");
        assertThat(WorkQueueExport.csvCell("")).isEmpty();
        assertThat(WorkQueueExport.csvCell(null)).isEmpty();
        assertThat(WorkQueueExport.csvCell(new BigDecimal("-1250.50"))).isEqualTo("-1250.50");
        assertThat(WorkQueueExport.csvCell(new BigDecimal("12500"))).isEqualTo("12500");
        assertThat(WorkQueueExport.csvCell(LocalDate.of(2027, 1, 31))).isEqualTo("2027-01-31");
    }
}
