package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.review.ReportSchedulePreview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** {@link ReportDeadlines} for the decision letter, before the obligations exist: the same dates they will get. */
@Component
class ReportSchedule implements ReportSchedulePreview {

    private final JdbcClient jdbc;

    ReportSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> reportsFor(long applicationId, LocalDate decisionDate, LocalDate settlementDeadline) {
        record Project(LocalDate start, LocalDate end, int weeks) {
        }
        Project project = jdbc.sql("""
                        select a.start_date, a.end_date, c.final_report_weeks
                        from grant_application a join grant_call c on c.id = a.call_id where a.id = ?""")
                .param(applicationId)
                .query((rs, row) -> new Project(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getInt(3)))
                .single();
        // as ReportObligations.onGrantDecided: a project without dates runs from the decision date
        LocalDate start = project.start() != null ? project.start() : decisionDate;
        LocalDate end = project.end() != null && !project.end().isBefore(start) ? project.end() : start;
        return new ReportDeadlines(project.weeks()).obligations(start, end, settlementDeadline).stream()
                .map(due -> new Due(due.kind() == ReportKind.FINAL ? null : due.year(), due.dueOn())).toList();
    }
}
