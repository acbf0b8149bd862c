package nl.gemeenschapsfonds.cofinancing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pledges through their life on real PostgreSQL, scoped by role and by object, with real mail. */
@IntegrationTest
class PledgeServiceIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    PledgeService pledges;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    nl.gemeenschapsfonds.scan.EmbeddedScanner embedded;

    private Staff staff;
    private long call;
    private String applicant;
    private String funder;
    private String otherFunder;
    private long seeking;

    @BeforeEach
    void aProjectSeekingCoFinancing() throws Exception {
        staff = authorities.newAuthority("Gemeente Cofinanciering");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Samen");
        // costs 80.000 a year; the plan counts on 16.000 a year (20%) from private funders
        seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        funder = newFunder("Stichting Buurtkracht");
        otherFunder = newFunder("Bank Dichtbij");
    }

    private String newFunder(String name) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id").param(name + " " + key)
                .query(Long.class).single();
        String email = "funder-" + key + "@test.example";
        accounts.create(email, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, id);
        return email;
    }

    private long pledge(String who, long applicationId, String euros, String conditions) throws Exception {
        return authorities.as(who, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount(euros), PledgeKind.CASH,
                null, conditions)));
    }

    private PledgeItem mine(String who, long pledgeId) throws Exception {
        return authorities.as(who, () -> pledges.myPledges().stream().filter(p -> p.id() == pledgeId).findFirst().orElseThrow());
    }

    @Test
    void a_pledge_is_confirmed_received_confirmed_by_the_funder_and_verified_and_each_step_is_audited_and_mailed() throws Exception {
        long id = pledge(funder, seeking, "16000", "Naamsvermelding op de gevel");
        assertThat(Mails.await(greenMail, applicant, 1)).anySatisfy(mail -> assertThat(mail.subject()).startsWith("Nieuwe toezegging"));

        authorities.as(funder, () -> pledges.confirm(id, mine(funder, id).version(), null));
        assertThat(mine(funder, id).status()).isEqualTo(PledgeStatus.CONFIRMED);
        byte[] letter = authorities.as(applicant, () -> pledges.letter(id));
        assertThat(new String(letter, 0, 4)).isEqualTo("%PDF");

        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        PledgeItem confirmed = authorities.as(applicant, () -> pledges.pledgesOnMyApplication(seeking)).getFirst();
        authorities.as(applicant, () -> pledges.recordReceipt(id, confirmed.version(), today, amount("15000")));
        assertThat(Mails.await(greenMail, funder, 1)).anySatisfy(mail -> assertThat(mail.subject()).startsWith("Ontvangst vastgelegd"));
        PledgeItem received = mine(funder, id);
        assertThat(received.status()).isEqualTo(PledgeStatus.RECEIVED);
        assertThat(received.difference()).isEqualByComparingTo("-1000");
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.withdraw(id, received.version(), "Te laat bedacht")))
                .isInstanceOf(IllegalPledgeTransitionException.class);

        // the reviewer cannot verify before the funder confirmed the receipt
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> pledges.verify(id, received.version())))
                .isInstanceOf(IllegalPledgeTransitionException.class);
        authorities.as(funder, () -> pledges.confirmReceipt(id, received.version()));
        long version = mine(funder, id).version();
        authorities.as(staff.reviewer(), () -> pledges.verify(id, version));

        PledgeItem verified = authorities.as(staff.decisionMaker(), () -> pledges.pledgesForStaff(seeking)).getFirst();
        assertThat(verified.status()).isEqualTo(PledgeStatus.VERIFIED);
        assertThat(verified.conditions()).isEqualTo("Naamsvermelding op de gevel");
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'Pledge' and object_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list())
                .containsExactly("PLEDGE_MADE", "PLEDGE_CONFIRMED", "PLEDGE_RECEIVED", "PLEDGE_RECEIPT_CONFIRMED", "PLEDGE_VERIFIED");
        assertThat(Mails.await(greenMail, applicant, 4)).extracting(Mails.Received::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith("Toezegging bevestigd"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Ontvangst bevestigd"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Toezegging gecontroleerd"));
    }

    @Test
    void an_uploaded_letter_of_commitment_must_be_a_pdf_and_is_kept_as_uploaded() throws Exception {
        long id = pledge(funder, seeking, "2000", null);
        long version = mine(funder, id).version();
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.confirm(id, version, "MZ not a pdf".getBytes())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("letter"));
        assertThat(mine(funder, id).status()).isEqualTo(PledgeStatus.PLEDGED);
        byte[] letter = "%PDF-1.4 ondertekende brief".getBytes();
        authorities.as(funder, () -> pledges.confirm(id, version, letter));
        assertThat(authorities.as(staff.reviewer(), () -> pledges.letter(id))).isEqualTo(letter);
    }

    @Test
    void an_uploaded_letter_is_scanned_refused_when_infected_or_while_clamd_is_stopped_and_the_pledge_stays_pledged() throws Exception {
        long id = pledge(funder, seeking, "2000", null);
        long version = mine(funder, id).version();
        byte[] infected = ("%PDF-1.4\n1 0 obj\n(" + new String(nl.gemeenschapsfonds.scan.Eicar.bytes()) + ")\nendobj\n").getBytes();

        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.confirm(id, version, infected)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("letter", "scan.infected")));
        embedded.clamd().stop();
        try {
            assertThatThrownBy(() -> authorities.as(funder, () -> pledges.confirm(id, version, "%PDF-1.4 brief".getBytes())))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                            .extracting(InvalidInputException.Problem::messageKey).containsExactly("scan.unavailable"));
        } finally {
            embedded.clamd().start(java.time.Duration.ofSeconds(60));
        }
        assertThat(mine(funder, id).status()).isEqualTo(PledgeStatus.PLEDGED);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'UPLOAD_REFUSED_MALWARE' and object_type = 'Pledge' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_pledge_whose_columns_do_not_fit_its_state() throws Exception {
        long id = pledge(funder, seeking, "2500", null);
        assertThatThrownBy(() -> jdbc.sql("update pledge set status = 'VERIFIED' where id = ?").param(id).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update pledge set status = 'WITHDRAWN', withdrawn_at = now() where id = ?").param(id).update())
                .as("a withdrawal needs a reason").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update pledge set kind = 'IN_KIND' where id = ?").param(id).update())
                .as("in kind needs a description and a valuation").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(mine(funder, id).status()).isEqualTo(PledgeStatus.PLEDGED);
    }

    @Test
    void the_marketplace_shows_projects_seeking_co_financing_with_the_amount_still_missing() throws Exception {
        long notSeeking = applications.submitted(authorities.newApplicant("Vereniging Zelf"), call, Map.of(2027, amount("10000")));
        pledge(funder, seeking, "6000", null);
        long withdrawn = pledge(otherFunder, seeking, "5000", null);
        authorities.as(otherFunder, () -> pledges.withdraw(withdrawn, mine(otherFunder, withdrawn).version(), "Andere keuze"));

        assertThat(ids(MarketplaceFilter.none())).contains(seeking).doesNotContain(notSeeking);
        assertThat(authorities.as(funder, () -> pledges.project(seeking)).project().sought()).isEqualByComparingTo("16000");
        assertThat(row(seeking).missing()).as("a pledge not confirmed does not close the gap").isEqualByComparingTo("16000");
        long confirmed = jdbc.sql("select id from pledge where application_id = ? and funder_id = (select funder_id from app_user where email = ?)")
                .params(seeking, funder).query(Long.class).single();
        authorities.as(funder, () -> pledges.confirm(confirmed, mine(funder, confirmed).version(), null));
        MarketplaceRow row = row(seeking);
        assertThat(row.missing()).isEqualByComparingTo("10000"); // the confirmed pledge counts, the withdrawn one does not
        MarketplaceItem item = authorities.as(funder, () -> pledges.project(seeking)).project();
        assertThat(item.missing()).as("the project's page says the same").isEqualByComparingTo("10000");
        assertThat(item.perYear().get(2027).confirmed()).isEqualByComparingTo("6000");
        assertThat(row.expectedVisitorsPerWeek()).isEqualTo(120);
        assertThat(item.municipalityCode()).isEqualTo("GM0193");

        assertThat(ids(new MarketplaceFilter(null, null, amount("10000")))).contains(seeking);
        assertThat(ids(new MarketplaceFilter(null, null, amount("10000.01")))).doesNotContain(seeking);
        assertThat(ids(new MarketplaceFilter(null, FacilityType.VILLAGE_SHOP, null))).doesNotContain(seeking);
        assertThat(ids(new MarketplaceFilter("GM0193", FacilityType.COMMUNITY_CENTRE, null))).contains(seeking);
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.project(notSeeking))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(applicant, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private MarketplaceRow row(long applicationId) throws Exception {
        return authorities.as(funder, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 100_000)).stream()
                .filter(row -> row.applicationId() == applicationId).findFirst().orElseThrow();
    }

    @Test
    void the_marketplace_reads_each_page_in_the_database_in_the_whole_lists_order_filter_and_page_boundaries() throws Exception {
        long twoYears = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000"), 2028, amount("40000")),
                amount("16000"));
        long small = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("20000")), amount("3000"));
        long shop = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("30000")), amount("9000"));
        jdbc.sql("update grant_application set facility_type = 'VILLAGE_SHOP', facility_municipality_code = 'GM0363' where id = ?")
                .param(shop).update();
        // two projects submitted at the same moment: the id decides
        jdbc.sql("update grant_application set submitted_at = (select submitted_at from grant_application where id = ?) where id = ?")
                .params(seeking, small).update();
        // 2027: 20.000 confirmed against 16.000 sought (the surplus does not fill 2028): 16.000 still missing
        long surplus = pledge(funder, twoYears, "20000", null);
        authorities.as(funder, () -> pledges.confirm(surplus, mine(funder, surplus).version(), null));
        // 6.000 confirmed, 4.000 received: the amount received counts, 12.000 still missing
        long received = pledge(funder, seeking, "6000", null);
        authorities.as(funder, () -> pledges.confirm(received, mine(funder, received).version(), null));
        long confirmedVersion = mine(funder, received).version();
        authorities.as(applicant, () -> pledges.recordReceipt(received, confirmedVersion,
                LocalDate.ofInstant(clock.instant(), Formats.ZONE), amount("4000")));
        // a pledge not confirmed counts as pledged, not against what is missing; a withdrawn one not at all
        pledge(otherFunder, shop, "2000", null);
        long withdrawn = pledge(otherFunder, small, "1000", null);
        authorities.as(otherFunder, () -> pledges.withdraw(withdrawn, mine(otherFunder, withdrawn).version(), "Andere keuze"));

        List<MarketplaceFilter> filters = List.of(MarketplaceFilter.none(), new MarketplaceFilter(null, null, amount("12000")),
                new MarketplaceFilter(null, null, amount("12000.01")), new MarketplaceFilter(null, FacilityType.VILLAGE_SHOP, null),
                new MarketplaceFilter("GM0363", FacilityType.VILLAGE_SHOP, amount("9000")),
                new MarketplaceFilter("GM0363", null, amount("9000.01")), new MarketplaceFilter("GM0193", null, null));
        for (MarketplaceFilter filter : filters) {
            List<List<Object>> whole = wholeList(filter).stream()
                    .map(item -> java.util.Arrays.<Object>asList(item.applicationId(), item.reference(), item.title(),
                            item.organisationName(), item.municipalityName(), item.status(), item.facilityType(),
                            item.targetGroups(), item.expectedVisitorsPerWeek(), item.pledged(), item.missing()))
                    .toList();
            assertThat(authorities.as(funder, () -> pledges.marketplaceCount(filter))).as("count, %s", filter).isEqualTo(whole.size());
            for (int size : whole.size() <= 10 ? new int[]{1, 2, 50} : new int[]{3, 50}) {
                List<List<Object>> paged = new ArrayList<>();
                for (int offset = 0; offset <= whole.size(); offset += size) {
                    int from = offset;
                    List<MarketplaceRow> page = authorities.as(funder, () -> pledges.marketplace(filter, from, size));
                    assertThat(page).as("page at %d of %d, %s", from, size, filter).hasSize(Math.min(size, whole.size() - from));
                    page.forEach(row -> paged.add(java.util.Arrays.asList(row.applicationId(), row.reference(), row.title(),
                            row.organisationName(), row.municipalityName(), row.status(), row.facilityType(), row.targetGroups(),
                            row.expectedVisitorsPerWeek(), row.pledged(), row.missing())));
                }
                assertThat(paged).as("pages of %d, %s", size, filter).isEqualTo(whole);
            }
        }
        List<Long> all = authorities.as(funder, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 100_000)).stream()
                .map(MarketplaceRow::applicationId).toList();
        assertThat(all).containsSubsequence(seeking, small, twoYears, shop);
        assertThat(ids(new MarketplaceFilter(null, null, amount("12000")))).contains(seeking, twoYears).doesNotContain(small, shop);
        assertThat(ids(new MarketplaceFilter(null, null, amount("12000.01")))).contains(twoYears).doesNotContain(seeking);
        assertThat(ids(new MarketplaceFilter("GM0363", FacilityType.VILLAGE_SHOP, amount("9000")))).contains(shop);
        assertThat(ids(new MarketplaceFilter("GM0363", null, amount("9000.01")))).doesNotContain(shop);
        MarketplaceRow shopRow = authorities.as(funder, () -> pledges.marketplace(new MarketplaceFilter("GM0363", FacilityType.VILLAGE_SHOP,
                null), 0, 100)).stream().filter(row -> row.applicationId() == shop).findFirst().orElseThrow();
        assertThat(shopRow.pledged()).isEqualByComparingTo("2000");
        assertThat(shopRow.missing()).isEqualByComparingTo("9000");
        assertThat(authorities.as(funder, () -> pledges.marketplaceMunicipalities())).containsKeys("GM0363", "GM0193");
        assertThatThrownBy(() -> authorities.as(applicant, () -> pledges.marketplace(MarketplaceFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The marketplace as one whole list, by the rule its pages must keep (the reference the pages are compared with; the
     * application reads only pages, in the database: MarketplaceQuery over V81's views). Every application that seeks
     * co-financing in a state open for pledges, first submitted first (then by id), with its figures as the funder's
     * project page computes them in Java ({@link MissingCoFinancing}), filtered on its municipality, its kind of
     * facility and what is still missing.
     */
    private List<MarketplaceItem> wholeList(MarketplaceFilter filter) throws Exception {
        List<Long> open = jdbc.sql("""
                        select id from grant_application where seeking_cofinancing and status in (:states)
                        order by submitted_at, id""")
                .param("states", PledgeAccess.OPEN_FOR_PLEDGES.stream().map(Enum::name).toList()).query(Long.class).list();
        List<MarketplaceItem> items = new ArrayList<>();
        for (long id : open) {
            items.add(authorities.as(funder, () -> pledges.project(id)).project());
        }
        return items.stream()
                .filter(item -> filter.municipalityCode() == null || filter.municipalityCode().equals(item.municipalityCode()))
                .filter(item -> filter.facilityType() == null || filter.facilityType() == item.facilityType())
                .filter(item -> filter.minimumMissing() == null || item.missing().compareTo(filter.minimumMissing()) >= 0)
                .toList();
    }

    private List<Long> ids(MarketplaceFilter filter) throws Exception {
        return authorities.as(funder, () -> pledges.marketplace(filter, 0, 100_000)).stream().map(MarketplaceRow::applicationId).toList();
    }

    @Test
    void a_refused_pledge_names_the_fields_and_a_project_not_seeking_co_financing_takes_no_pledge() throws Exception {
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.pledge(new PledgeForm(seeking, 2031, amount("0"),
                PledgeKind.IN_KIND, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder("year", "amount", "description"));
        long notSeeking = applications.submitted(authorities.newApplicant("Vereniging Zelf"), call, Map.of(2027, amount("10000")));
        assertThatThrownBy(() -> pledge(funder, notSeeking, "1000", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pledge(applicant, seeking, "1000", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_funder_another_organisation_and_another_authority_cannot_reach_a_pledge() throws Exception {
        long id = pledge(funder, seeking, "8000", "Alleen voor de keuken");
        long version = mine(funder, id).version();

        // another funder: not their pledge, and never its conditions
        assertThatThrownBy(() -> authorities.as(otherFunder, () -> pledges.confirm(id, version, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(otherFunder, () -> pledges.withdraw(id, version, "Weg ermee")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(otherFunder, () -> pledges.letter(id))).isInstanceOf(NotFoundException.class);
        ProjectForFunder seen = authorities.as(otherFunder, () -> pledges.project(seeking));
        assertThat(seen.myPledges()).isEmpty();
        assertThat(seen.toString()).doesNotContain("Alleen voor de keuken");
        assertThat(authorities.as(otherFunder, () -> pledges.myPledges())).extracting(PledgeItem::id).doesNotContain(id);

        // another organisation's applicant
        String stranger = authorities.newApplicant("Vereniging Elders");
        assertThatThrownBy(() -> authorities.as(stranger, () -> pledges.pledgesOnMyApplication(seeking))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> pledges.recordReceipt(id, version, LocalDate.of(2027, 1, 1), amount("1"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> pledges.letter(id))).isInstanceOf(NotFoundException.class);

        // another authority's staff
        Staff elsewhere = authorities.newAuthority("Gemeente Elders");
        assertThatThrownBy(() -> authorities.as(elsewhere.decisionMaker(), () -> pledges.pledgesForStaff(seeking)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(elsewhere.decisionMaker(), () -> pledges.matching(seeking)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(elsewhere.reviewer(), () -> pledges.verify(id, version)))
                .isInstanceOf(NotFoundException.class);
        // a funder is no staff
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.pledgesForStaff(seeking))).isInstanceOf(AccessDeniedException.class);

        assertThat(mine(funder, id).status()).isEqualTo(PledgeStatus.PLEDGED);
    }

    @Test
    void confirm_and_withdraw_on_the_same_version_one_of_them_loses_with_a_clear_error() throws Exception {
        long stale = pledge(funder, seeking, "3000", null);
        long staleVersion = mine(funder, stale).version();
        authorities.as(funder, () -> pledges.confirm(stale, staleVersion, null));
        assertThatThrownBy(() -> authorities.as(funder, () -> pledges.withdraw(stale, staleVersion, "Toch niet")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(mine(funder, stale).status()).isEqualTo(PledgeStatus.CONFIRMED);

        // at the same moment, in two threads
        for (int round = 0; round < 5; round++) {
            long id = pledge(funder, seeking, "1000", null);
            long version = mine(funder, id).version();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = List.of(
                        threads.submit(() -> attempt(start, failures, () -> pledges.confirm(id, version, null))),
                        threads.submit(() -> attempt(start, failures, () -> pledges.withdraw(id, version, "Bestuur is tegen"))));
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                threads.shutdown();
            }
            assertThat(failures).hasSize(1).allSatisfy(failure -> assertThat(failure).isInstanceOf(ConcurrentEditException.class));
            assertThat(mine(funder, id).status()).isIn(PledgeStatus.CONFIRMED, PledgeStatus.WITHDRAWN);
        }
    }

    private void attempt(CyclicBarrier start, List<Throwable> failures, Runnable action) {
        try {
            authorities.as(funder, () -> {
                start.await();
                action.run();
            });
        } catch (Exception e) {
            failures.add(e);
        }
    }

    @Test
    void the_call_rules_are_checked_on_confirmed_pledges_not_on_the_plan() throws Exception {
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        PledgeMatching none = authorities.as(staff.decisionMaker(), () -> pledges.matching(seeking));
        assertThat(none.plannedPrivateFunders()).isEqualByComparingTo("16000");
        assertThat(none.confirmedPledges()).isEqualByComparingTo("0");
        assertThat(none.results()).singleElement().satisfies(result -> {
            assertThat(result.ruleKey()).isEqualTo("rule.minPrivateShare");
            assertThat(result.met()).isFalse();
            assertThat(result.limit()).isEqualByComparingTo("16000");
        });

        long id = pledge(funder, seeking, "16000", null);
        assertThat(authorities.as(staff.decisionMaker(), () -> pledges.matching(seeking)).allMet())
                .as("a pledge that is not confirmed does not count").isFalse();
        authorities.as(funder, () -> pledges.confirm(id, mine(funder, id).version(), null));
        PledgeMatching confirmed = authorities.as(staff.decisionMaker(), () -> pledges.matching(seeking));
        assertThat(confirmed.figures().privateFunding()).isEqualByComparingTo("16000");
        assertThat(confirmed.allMet()).as("exactly at the minimum share is met").isTrue();
    }
}
