package nl.gemeenschapsfonds.benchmark;

import jakarta.persistence.EntityManager;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Where the time between the work-queue service and the raw SQL of the same page goes ({@code -Dbenchmark.overhead=true}):
 * the same page read six ways, in turns, at the first page and at a keyset position.
 */
final class WorkQueueOverhead {

    private static final int RUNS = 300;
    private static final String RUNNING_GRANT = "(nl.gemeenschapsfonds.submission.ApplicationStatus.GRANTED, "
            + "nl.gemeenschapsfonds.submission.ApplicationStatus.IN_EXECUTION)";

    private WorkQueueOverhead() {
    }

    static void run(ConfigurableApplicationContext context, JdbcTemplate jdbc, StatementCounter counter, long authority,
                    long rows, String rawSelect, StringBuilder report) {
        WorkQueueService queue = context.getBean(WorkQueueService.class);
        EntityManager em = context.getBean(EntityManager.class);
        PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        LocalDate today = queue.today();
        String jpql = """
                select new nl.gemeenschapsfonds.review.WorkQueueItem(a.id, a.reference, a.title, a.organisationName,
                       a.callTitleNl, a.callTitleEn, a.status, a.amountRequested, a.submittedAt, a.decisionDue, a.assignedReviewer,
                       (select count(r) from ReviewAssignment r where r.applicationId = a.id),
                       case when a.status in %s and exists (select 1 from nl.gemeenschapsfonds.cofinancing.OpenCoFinancingCondition oc
                                 where oc.applicationId = a.id and oc.dueOn < :today) then true else false end)
                from nl.gemeenschapsfonds.submission.WorkQueueRow a
                where a.authorityId = :authority""";
        Sort due = Sort.by("decisionDue");
        line(report, "\nOverhead of the work-queue service (%d runs each, in turns; median / p95 ms)".formatted(RUNS));
        line(report, "| position | service | JPQL, readOnly tx | JPQL, read-write tx | JPQL, no tx | JPQL with a list parameter "
                + "(`in :statuses`), readOnly tx | raw SQL, readOnly tx | raw SQL | Hibernate's SQL via JDBC |");
        line(report, "|---|---|---|---|---|---|---|---|---|");
        for (long position : new long[]{0, rows / 2 / 50 * 50}) {
            PageRequest request = PageRequest.of((int) (position / 50), 50, due);
            WorkQueueItem after = position == 0 ? null
                    : queue.page(WorkQueueFilter.none(), PageRequest.of((int) position - 1, 1, due)).getContent().getFirst();
            String keyset = after == null ? " order by a.decisionDue asc nulls last, a.id asc"
                    : " and (a.decisionDue, a.id) > (:afterValue, :afterId) order by a.decisionDue asc, a.id asc";
            String q = jpql.formatted(RUNNING_GRANT) + keyset;
            String listQuery = jpql.formatted(":statuses") + keyset;
            Callable<Integer> service = () -> queue.page(WorkQueueFilter.none(), request, after).getContent().size();
            Callable<Integer> query = () -> jpql(em, q, authority, today, after, null);
            Callable<Integer> withList = () -> jpql(em, listQuery, authority, today, after,
                    Set.of(nl.gemeenschapsfonds.submission.ApplicationStatus.GRANTED, nl.gemeenschapsfonds.submission.ApplicationStatus.IN_EXECUTION));
            String rawSql = after == null ? rawSelect + " order by a.decision_due asc nulls last, a.id asc limit 51"
                    : rawSelect + " and (a.decision_due, a.id) > (?, ?) order by a.decision_due asc, a.id asc limit 51";
            Object[] rawArgs = after == null ? new Object[]{authority}
                    : new Object[]{authority, java.sql.Date.valueOf(after.decisionDue()), after.id()};
            Callable<Integer> raw = () -> jdbc.queryForList(rawSql, rawArgs).size();
            queue.page(WorkQueueFilter.none(), request, after);
            String hibernateSql = counter.lastSql();
            line(report, "Hibernate's SQL at %,d: `%s`".formatted(position, hibernateSql.replaceAll("\\s+", " ")));
            Callable<Integer> hibernateViaJdbc = hibernateViaJdbc(jdbc, hibernateSql, authority, today, after);
            List<Callable<Integer>> ways = List.of(service,
                    () -> readOnly.execute(status -> call(query)),
                    () -> readWrite.execute(status -> call(query)),
                    query,
                    () -> readOnly.execute(status -> call(withList)),
                    () -> readOnly.execute(status -> call(raw)),
                    raw,
                    hibernateViaJdbc);
            double[][] figures = inTurns(ways);
            StringBuilder row = new StringBuilder("| %,d |".formatted(position));
            for (double[] figure : figures) {
                row.append(" %.2f / %.2f |".formatted(figure[0], figure[1]));
            }
            line(report, row.toString());
        }
    }

    /** Hibernate's SQL text with its parameters in the order the JPQL above binds them. */
    private static Callable<Integer> hibernateViaJdbc(JdbcTemplate jdbc, String sql, long authority, LocalDate today, WorkQueueItem after) {
        return () -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            int i = 1;
            statement.setObject(i++, today);
            statement.setLong(i++, authority);
            if (after != null) {
                statement.setObject(i++, after.decisionDue());
                statement.setLong(i++, after.id());
            }
            if (sql.contains("fetch first ? rows")) {
                statement.setInt(i, 51);
            }
            return statement;
        }, (java.sql.ResultSet rs) -> {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        });
    }

    private static int jpql(EntityManager em, String q, long authority, LocalDate today, WorkQueueItem after, Set<?> statuses) {
        var typed = em.createQuery(q + " limit 51", WorkQueueItem.class).setParameter("authority", authority).setParameter("today", today);
        if (statuses != null) {
            typed.setParameter("statuses", statuses);
        }
        if (after != null) {
            typed.setParameter("afterValue", after.decisionDue()).setParameter("afterId", after.id());
        }
        return typed.getResultList().size();
    }

    private static Integer call(Callable<Integer> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[][] inTurns(List<Callable<Integer>> ways) {
        double[][] samples = new double[ways.size()][RUNS];
        for (int i = 0; i < 20; i++) {
            ways.forEach(WorkQueueOverhead::call);
        }
        for (int run = 0; run < RUNS; run++) {
            for (int w = 0; w < ways.size(); w++) {
                long start = System.nanoTime();
                call(ways.get(w));
                samples[w][run] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[][] figures = new double[ways.size()][];
        for (int w = 0; w < ways.size(); w++) {
            java.util.Arrays.sort(samples[w]);
            figures[w] = new double[]{samples[w][RUNS / 2], samples[w][(int) Math.ceil(RUNS * 0.95) - 1]};
        }
        return figures;
    }

    private static void line(StringBuilder report, String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
