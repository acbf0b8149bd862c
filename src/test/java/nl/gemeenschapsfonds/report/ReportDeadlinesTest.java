package nl.gemeenschapsfonds.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The deadlines rule and how a lower settlement is split over the granted years. */
class ReportDeadlinesTest {

    @Test
    void a_one_year_project_owes_only_the_final_report_the_call_term_after_its_end() {
        assertThat(new ReportDeadlines(13).obligations(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30), null))
                .extracting(ReportDeadlines.Due::kind, ReportDeadlines.Due::year, ReportDeadlines.Due::dueOn)
                .containsExactly(tuple(ReportKind.FINAL, null, LocalDate.of(2027, 12, 30)));
    }

    @Test
    void a_three_year_project_owes_a_progress_report_for_each_year_but_the_last() {
        assertThat(new ReportDeadlines(8).obligations(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 6, 30), null))
                .extracting(ReportDeadlines.Due::kind, ReportDeadlines.Due::year, ReportDeadlines.Due::dueOn)
                .containsExactly(
                        tuple(ReportKind.PROGRESS, 2027, LocalDate.of(2028, 2, 25)),
                        tuple(ReportKind.PROGRESS, 2028, LocalDate.of(2029, 2, 25)),
                        tuple(ReportKind.FINAL, null, LocalDate.of(2029, 8, 25)));
    }

    @Test
    void the_decision_own_settlement_deadline_wins_for_the_final_report() {
        assertThat(new ReportDeadlines(13).obligations(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                LocalDate.of(2028, 6, 1)).getLast().dueOn()).isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void a_term_is_one_to_52_weeks() {
        assertThatThrownBy(() -> new ReportDeadlines(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportDeadlines(53)).isInstanceOf(IllegalArgumentException.class);
    }
}
