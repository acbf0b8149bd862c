package nl.gemeenschapsfonds.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTest {

    @Test
    void a_csv_line_quotes_only_fields_with_the_separator_a_quote_or_a_line_break() {
        StringBuilder csv = new StringBuilder();
        Spreadsheets.appendLine(csv, ';', List.of("GF-2027-0001", "Buurthuis; de Linde", "zegt \"ja\"", "twee\nregels", "1200,00"));
        assertThat(csv.toString())
                .isEqualTo("GF-2027-0001;\"Buurthuis; de Linde\";\"zegt \"\"ja\"\"\";\"twee\nregels\";1200,00\r\n");
    }

    @Test
    void what_is_written_reads_back_as_the_same_fields_also_a_quoted_line_break() throws Exception {
        StringBuilder csv = new StringBuilder();
        List<String> fields = List.of("a,b", "regel 1\r\nregel 2", "", "'=SUM(A1)");
        Spreadsheets.appendLine(csv, ',', fields);
        Spreadsheets.appendLine(csv, ',', List.of("x", "y", "z", "w"));
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.toString()), Spreadsheets.csvFormat(false))) {
            var records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).isEqualTo(fields);
        }
        assertThat(Spreadsheets.csvFormat(true).getDelimiterString()).isEqualTo(";");
        assertThat(Spreadsheets.csvFormat(false).getRecordSeparator()).isEqualTo("\r\n");
        assertThat(CSVFormat.RFC4180.getRecordSeparator()).isEqualTo(Spreadsheets.LINE);
    }
}
