package nl.gemeenschapsfonds.ops;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.payment.BatchFile;
import nl.gemeenschapsfonds.payment.PaymentDatesPolicy;
import nl.gemeenschapsfonds.payment.GrantWithAdvances;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.scan.Eicar;
import nl.gemeenschapsfonds.scan.MalwareScanner;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The business figures on /actuator/prometheus move when the things they count happen, through the real services. */
@IntegrationTest
class BusinessMetricsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @LocalServerPort
    int port;

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired GrantWithAdvances grants;
    @Autowired PaymentService payments;
    @Autowired UploadGuard uploads;
    @Autowired MalwareScanner scanner;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private Prometheus prometheus;

    @BeforeEach
    void scraper() {
        prometheus = new Prometheus(port);
    }

    @Test
    void submissions_and_decisions_per_outcome_are_counted_once_committed() throws Exception {
        double submitted = prometheus.value("gemeenschapsfonds_applications_submitted_total");
        double granted = prometheus.value("gemeenschapsfonds_decisions_total{outcome=\"granted\"}");
        double refused = prometheus.value("gemeenschapsfonds_decisions_total{outcome=\"refused\"}");

        Staff staff = authorities.newAuthority("Gemeente Metriek");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        applications.granted(staff, authorities.newApplicant("Dorpshuis Een"), call, Map.of(2027, amount("10000")));
        applications.granted(staff, authorities.newApplicant("Dorpshuis Twee"), call, Map.of(2027, amount("10000")));
        applications.refused(staff, authorities.newApplicant("Dorpshuis Drie"), call, Map.of(2027, amount("10000")));
        applications.submitted(authorities.newApplicant("Dorpshuis Vier"), call, Map.of(2027, amount("10000")));

        assertThat(prometheus.value("gemeenschapsfonds_applications_submitted_total")).isEqualTo(submitted + 4);
        assertThat(prometheus.value("gemeenschapsfonds_decisions_total{outcome=\"granted\"}")).isEqualTo(granted + 2);
        assertThat(prometheus.value("gemeenschapsfonds_decisions_total{outcome=\"refused\"}")).isEqualTo(refused + 1);
    }

    @Test
    void payments_exported_and_paid_are_counted_with_their_euros() throws Exception {
        double exported = prometheus.value("gemeenschapsfonds_payments_exported_total");
        double exportedEuros = prometheus.value("gemeenschapsfonds_payments_exported_euros_total");
        double paid = prometheus.value("gemeenschapsfonds_payments_paid_total");
        double paidEuros = prometheus.value("gemeenschapsfonds_payments_paid_euros_total");

        GrantWithAdvances.Grant grant = grants.create("Gemeente Metriek Betaalt");
        String finance = grant.staff().finance();
        List<PaymentListItem> due2027 = authorities.as(finance, () -> payments.payments(new PaymentFilter(null, null, 2027, Set.of())));
        List<Long> ids = due2027.stream().map(PaymentListItem::id).toList();
        assertThat(ids).hasSize(2); // 10.000 and 15.000
        authorities.as(finance, () -> payments.approve(ids));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        LocalDate executed = PaymentDatesPolicy.earliestFor(
                due2027.stream().map(PaymentListItem::dueOn).max(LocalDate::compareTo).orElseThrow(), today);
        BatchFile file = authorities.as(finance, () -> payments.export(ids, executed));

        assertThat(prometheus.value("gemeenschapsfonds_payments_exported_total")).isEqualTo(exported + 2);
        assertThat(prometheus.value("gemeenschapsfonds_payments_exported_euros_total")).isEqualTo(exportedEuros + 25_000);
        assertThat(prometheus.value("gemeenschapsfonds_payments_paid_total")).as("exported is not paid").isEqualTo(paid);

        clock.onDay(executed, () -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), executed)));

        assertThat(prometheus.value("gemeenschapsfonds_payments_paid_total")).isEqualTo(paid + 2);
        assertThat(prometheus.value("gemeenschapsfonds_payments_paid_euros_total")).isEqualTo(paidEuros + 25_000);
    }

    @Test
    void an_upload_refused_by_the_scanner_is_counted_by_reason() throws Exception {
        String reason = scanner.configured() ? "infected" : "scanner_unavailable";
        double before = prometheus.value("gemeenschapsfonds_uploads_refused_total{reason=\"" + reason + "\"}");

        assertThatThrownBy(() -> uploads.requireSafe(Eicar.bytes(), "attachments", "eicar.pdf", "Application", 0L))
                .isInstanceOf(InvalidInputException.class);

        assertThat(prometheus.value("gemeenschapsfonds_uploads_refused_total{reason=\"" + reason + "\"}")).isEqualTo(before + 1);
    }

    @Test
    void a_failed_sign_in_is_counted() throws Exception {
        double before = prometheus.value("gemeenschapsfonds_sign_in_failures_total{reason=\"bad_credentials\"}");

        HttpResponse<Void> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", Prometheus.basic("niemand-" + UUID.randomUUID() + "@example.test", "fout-wachtwoord"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(401);

        assertThat(prometheus.value("gemeenschapsfonds_sign_in_failures_total{reason=\"bad_credentials\"}")).isEqualTo(before + 1);
    }

    @Test
    void the_mails_waiting_and_failed_are_read_from_the_outbox() throws Exception {
        double waiting = prometheus.value("gemeenschapsfonds_mails{status=\"waiting\"}");
        double failed = prometheus.value("gemeenschapsfonds_mails{status=\"failed\"}");
        Timestamp now = Timestamp.from(clock.instant());
        // one waiting for its next attempt next week (the retry job leaves it alone), one given up
        long waitingId = outboxMail("WAITING", now, Timestamp.from(clock.instant().plus(Duration.ofDays(7))));
        long failedId = outboxMail("FAILED", now, now);
        try {
            assertThat(prometheus.value("gemeenschapsfonds_mails{status=\"waiting\"}")).isEqualTo(waiting + 1);
            assertThat(prometheus.value("gemeenschapsfonds_mails{status=\"failed\"}")).isEqualTo(failed + 1);
        } finally {
            jdbc.sql("delete from mail_outbox where id in (?, ?)").params(waitingId, failedId).update();
        }
    }

    @Test
    void a_new_browser_session_counts_as_a_vaadin_session_on_this_node() throws Exception {
        double before = prometheus.value("gemeenschapsfonds_vaadin_sessions");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        assertThat(prometheus.value("gemeenschapsfonds_vaadin_sessions")).isGreaterThanOrEqualTo(before + 1);
    }

    private long outboxMail(String status, Timestamp createdAt, Timestamp nextAttempt) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                        values ('metriek@example.test', 'Metriek', 'Metriek', ?, 1, ?, ?) returning id""")
                .params(status, createdAt, nextAttempt).query(Long.class).single();
    }
}
