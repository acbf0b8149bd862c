package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ranking of a call with allocation by ranking (rangschikking, Awb 4:25 second paragraph): the
 * applications that completed assessment, best score first, with per year the grant asked, the
 * running total from the top, what the call-year still has available, and the proposal that
 * follows from it. A proposal only: the decision maker decides per application.
 */
public record Ranking(long callId, String titleNl, String titleEn, LocalDate closeDate, boolean closed,
                      SortedMap<Integer, BigDecimal> available, List<Row> rows) {

    public Ranking {
        available = new TreeMap<>(available);
        rows = List.copyOf(rows);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    /** The years that appear in the ranking: those of the call's budget and those applications ask for. */
    public List<Integer> years() {
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        available.keySet().forEach(year -> years.put(year, true));
        rows.forEach(row -> row.asked().keySet().forEach(year -> years.put(year, true)));
        return List.copyOf(years.keySet());
    }

    /** What the ranking proposes for an application. */
    public enum Proposal {
        /** It fits in every year it asks for, after everything ranked above it. */
        GRANT,
        /** It, or an application ranked above it, no longer fits in the available budget. */
        DOES_NOT_FIT
    }

    /**
     * One application in the ranking. {@code score} is the average weighted score (0-100) of its
     * completed assessments; {@code runningTotal} per year is what it and everything above it ask.
     */
    public record Row(int rank, long applicationId, String reference, String title, String organisationName,
                      BigDecimal score, Instant receivedAt, SortedMap<Integer, BigDecimal> asked,
                      SortedMap<Integer, BigDecimal> runningTotal, Proposal proposal) {

        public Row {
            asked = new TreeMap<>(asked);
            runningTotal = new TreeMap<>(runningTotal);
        }
    }
}
