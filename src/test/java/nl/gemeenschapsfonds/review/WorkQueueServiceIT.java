package nl.gemeenschapsfonds.review;

import jakarta.persistence.EntityManagerFactory;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work queue read page by page as the Grid scrolls: continuing from the last row of the previous
 * page (keyset) gives exactly the rows that OFFSET gives, in every sort order, with ties on the sort
 * column and with empty sort values, and never rows of another authority.
 */
@IntegrationTest
class WorkQueueServiceIT {

    private static final int PAGE = 2;

    @Autowired WorkQueueService queue;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired JdbcClient jdbc;

    private Staff staff;
    private long call;
    private final List<Long> ids = new ArrayList<>();

    /**
     * The authority, its call and the seven submitted applications, made once for the class: making them took about a
     * second per test (seven applicants, submissions with their receipts), twelve times (issue 20). What a test may
     * change of them (the status) is put back as made before each test, with the due dates and amounts below.
     */
    private static Staff madeStaff;
    private static long madeCall;
    private static List<Long> madeIds;
    private static List<String> madeStatuses;
    private static List<java.math.BigDecimal> madeAmounts;

    @BeforeEach
    void sevenApplications() throws Exception {
        if (madeIds == null) {
            Staff newStaff = authorities.newAuthority("Gemeente Werkvoorraad");
            long newCall = applications.openCall(newStaff, CallSpec.firstCome(Map.of(2027, amount("500000"))));
            String[] amounts = {"30000", "10000", "20000", "10000", "40000", "10000", "25000"};
            List<Long> newIds = new ArrayList<>();
            for (String grant : amounts) {
                newIds.add(applications.submitted(authorities.newApplicant("Dorpshuis Werkvoorraad"), newCall, Map.of(2027, amount(grant))));
            }
            madeStatuses = newIds.stream().map(id -> jdbc.sql("select status from grant_application where id = ?").param(id)
                    .query(String.class).single()).toList();
            madeAmounts = newIds.stream().map(id -> jdbc.sql("select amount_requested from grant_application where id = ?").param(id)
                    .query(java.math.BigDecimal.class).single()).toList();
            madeStaff = newStaff;
            madeCall = newCall;
            madeIds = List.copyOf(newIds);
        }
        staff = madeStaff;
        call = madeCall;
        ids.addAll(madeIds);
        // ties on the due date and on the amount, and empty amounts, which come last in either direction
        LocalDate[] due = {LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1)};
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update grant_application set decision_due = ?, status = ?, amount_requested = ? where id = ?")
                    .params(due[i], madeStatuses.get(i), madeAmounts.get(i), ids.get(i)).update();
        }
        jdbc.sql("update grant_application set amount_requested = null where id in (?, ?)").params(ids.get(2), ids.get(4)).update();
    }

    @ParameterizedTest
    @CsvSource({"decisionDue,ASC", "decisionDue,DESC", "amountRequested,ASC", "amountRequested,DESC",
            "reference,ASC", "reference,DESC", "submittedAt,DESC", "status,ASC"})
    void scrolling_on_from_the_last_row_gives_the_rows_offset_gives_in_the_asked_order(String property, Sort.Direction direction)
            throws Exception {
        Sort sort = Sort.by(direction, property);
        List<WorkQueueItem> byOffset = new ArrayList<>();
        List<WorkQueueItem> byKeyset = new ArrayList<>();
        authorities.as(staff.reviewer(), () -> {
            Slice<WorkQueueItem> slice;
            int page = 0;
            do {
                slice = queue.page(WorkQueueFilter.none(), PageRequest.of(page++, PAGE, sort));
                byOffset.addAll(slice.getContent());
            } while (slice.hasNext());
            WorkQueueItem last = null;
            page = 0;
            do {
                slice = queue.page(WorkQueueFilter.none(), PageRequest.of(page++, PAGE, sort), last);
                byKeyset.addAll(slice.getContent());
                last = slice.getContent().isEmpty() ? null : slice.getContent().getLast();
            } while (slice.hasNext());
        });

        assertThat(byOffset).extracting(WorkQueueItem::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(byKeyset).extracting(WorkQueueItem::id).containsExactlyElementsOf(byOffset.stream().map(WorkQueueItem::id).toList());
        assertThat(byKeyset).extracting(WorkQueueItem::id).containsExactlyElementsOf(expectedOrder(byOffset, property, direction));
    }

    @Autowired EntityManagerFactory entityManagerFactory;

    /**
     * Hibernate caches a query's translation to SQL only when no parameter holds a list ({@code in :statuses}); without
     * the cache every scroll of the Grid translated the page's JPQL anew, which cost more than the SQL (issue 19's
     * benchmark). The second read of the same page, with and without the due-date filters, must be a plan-cache hit.
     */
    @Test
    void the_second_read_of_a_page_reuses_the_translated_query_with_and_without_the_due_date_filters() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            for (WorkQueueFilter filter : List.of(WorkQueueFilter.none(), new WorkQueueFilter(null, null, null, null, true, false, false),
                    new WorkQueueFilter(null, null, null, null, false, true, false))) {
                PageRequest first = PageRequest.of(0, PAGE, Sort.by("decisionDue"));
                authorities.as(staff.reviewer(), () -> queue.page(filter, first));
                String query = pageQuery(statistics);
                long hits = statistics.getQueryStatistics(query).getPlanCacheHitCount();

                authorities.as(staff.reviewer(), () -> queue.page(filter, first));

                // Hibernate counts a hit for the parsed JPQL and one for its SQL translation; a query it cannot cache
                // (a list parameter) gets only the first
                assertThat(statistics.getQueryStatistics(query).getPlanCacheHitCount() - hits)
                        .as("cache hits of the second read with %s: %s", filter, query).isEqualTo(2);
                statistics.clear();
            }
        } finally {
            statistics.clear();
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private static String pageQuery(Statistics statistics) {
        List<String> pageQueries = java.util.Arrays.stream(statistics.getQueries()).filter(query -> query.contains("WorkQueueItem(")).toList();
        assertThat(pageQueries).as("the page's query").hasSize(1);
        return pageQueries.getFirst();
    }

    @Test
    void a_submitted_application_always_has_a_decision_due_date() {
        assertThatThrownBy(() -> jdbc.sql("update grant_application set decision_due = null where id = ?").param(ids.getFirst()).update())
                .as("the database refuses it, so the queue never needs a statement for rows without a date")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("grant_application_decision_due_ck");
    }

    @Test
    void a_row_of_another_authority_to_continue_from_shows_nothing_of_that_authority() throws Exception {
        WorkQueueItem theirs = authorities.as(staff.reviewer(),
                () -> queue.page(WorkQueueFilter.none(), PageRequest.of(0, PAGE, Sort.by("decisionDue"))).getContent().getFirst());
        Staff other = authorities.newAuthority("Gemeente Elders");

        List<WorkQueueItem> seen = authorities.as(other.reviewer(),
                () -> queue.page(WorkQueueFilter.none(), PageRequest.of(1, PAGE, Sort.by("decisionDue")), theirs).getContent());

        assertThat(seen).extracting(WorkQueueItem::id).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void the_call_filter_offers_the_calls_of_the_own_authority_only() throws Exception {
        Staff other = authorities.newAuthority("Gemeente Elders");
        long theirs = applications.openCall(other, CallSpec.firstCome(Map.of(2027, amount("1000"))).titled("Elders"));

        List<WorkQueueCall> offered = authorities.as(staff.reviewer(), () -> queue.calls());

        assertThat(offered).extracting(WorkQueueCall::id).containsExactly(call).doesNotContain(theirs);
    }

    @Test
    void the_filter_holds_on_a_page_read_from_the_last_row() throws Exception {
        jdbc.sql("update grant_application set status = 'IN_ASSESSMENT' where id in (?, ?, ?)").params(ids.get(0), ids.get(1), ids.get(3))
                .update();
        WorkQueueFilter inAssessment = new WorkQueueFilter(nl.gemeenschapsfonds.submission.ApplicationStatus.IN_ASSESSMENT,
                null, null, null, false, false, false);
        List<Long> seen = authorities.as(staff.reviewer(), () -> {
            Slice<WorkQueueItem> first = queue.page(inAssessment, PageRequest.of(0, PAGE, Sort.by("decisionDue")));
            Slice<WorkQueueItem> second = queue.page(inAssessment, PageRequest.of(1, PAGE, Sort.by("decisionDue")),
                    first.getContent().getLast());
            List<Long> all = new ArrayList<>(first.getContent().stream().map(WorkQueueItem::id).toList());
            all.addAll(second.getContent().stream().map(WorkQueueItem::id).toList());
            assertThat(second.hasNext()).isFalse();
            return all;
        });
        // due 1 January (ids 1 and 3, by id), then 1 March
        assertThat(seen).containsExactly(ids.get(1), ids.get(3), ids.get(0));
    }

    /** The order the queue promises: by the column (empty values last), then by id, both in the asked direction. */
    private static List<Long> expectedOrder(List<WorkQueueItem> rows, String property, Sort.Direction direction) {
        Function<WorkQueueItem, Comparable> key = switch (property) {
            case "decisionDue" -> WorkQueueItem::decisionDue;
            case "amountRequested" -> WorkQueueItem::amountRequested;
            case "reference" -> WorkQueueItem::reference;
            case "submittedAt" -> WorkQueueItem::submittedAt;
            case "status" -> item -> item.status().name();
            default -> throw new IllegalArgumentException(property);
        };
        @SuppressWarnings("unchecked")
        Comparator<Comparable> natural = direction.isAscending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<WorkQueueItem> order = Comparator.comparing(key, Comparator.nullsLast(natural));
        order = order.thenComparing(WorkQueueItem::id, direction.isAscending() ? Comparator.naturalOrder() : Comparator.reverseOrder());
        return rows.stream().sorted(order).map(WorkQueueItem::id).toList();
    }
}
