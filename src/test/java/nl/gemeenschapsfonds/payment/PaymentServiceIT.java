package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.MovementKind;
import nl.gemeenschapsfonds.organisation.OrganisationProfile;
import nl.gemeenschapsfonds.organisation.OrganisationProfiles;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PaymentServiceIT {

    @Autowired
    GrantWithAdvances grants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    PaymentService payments;

    @Autowired
    PaymentSchedule schedule;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationProfiles profiles;

    @Autowired
    nl.gemeenschapsfonds.test.TestClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    /** The earliest execution date for these payments: the first TARGET2 business day on or after the last due date. */
    private LocalDate executable(String finance, java.util.Collection<Long> ids) throws Exception {
        LocalDate due = all(finance).stream().filter(p -> ids.contains(p.id())).map(PaymentListItem::dueOn)
                .max(LocalDate::compareTo).orElseThrow();
        return PaymentDatesPolicy.earliestFor(due, today());
    }

    private List<PaymentListItem> all(String finance) throws Exception {
        return authorities.as(finance, () -> payments.payments(PaymentFilter.all()));
    }

    private PaymentListItem byReference(String finance, String reference) throws Exception {
        return all(finance).stream().filter(p -> p.reference().equals(reference)).findFirst().orElseThrow();
    }

    private String applicationReference(long applicationId) {
        return jdbc.sql("select reference from grant_application where id = ?").param(applicationId).query(String.class).single();
    }

    @Test
    void the_advances_of_a_grant_decision_become_scheduled_payments_with_the_organisations_account() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Betalen");
        String reference = applicationReference(grant.applicationId());

        List<PaymentListItem> list = all(grant.staff().finance());

        assertThat(list).extracting(PaymentListItem::reference)
                .containsExactly(reference + "-1", reference + "-2", reference + "-3");
        assertThat(list).extracting(PaymentListItem::amount)
                .containsExactly(GrantWithAdvances.FIRST, GrantWithAdvances.SECOND, GrantWithAdvances.THIRD);
        assertThat(list).extracting(PaymentListItem::year).containsExactly(2027, 2027, 2028);
        assertThat(list).extracting(PaymentListItem::dueOn)
                .containsExactly(today().plusWeeks(1), today().plusMonths(1), today().plusYears(1));
        assertThat(list).allSatisfy(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.SCHEDULED);
            assertThat(payment.iban()).isEqualTo("NL91ABNA0417164300");
            assertThat(payment.accountHolder()).startsWith("Dorpshuis");
            assertThat(payment.callId()).isEqualTo(grant.callId());
        });

        // running the schedule again creates nothing twice
        assertThat(authorities.as(grant.staff().finance(), () -> schedule.createFor(grant.applicationId()))).isZero();
        assertThat(all(grant.staff().finance())).hasSize(3);
    }

    @Test
    void finance_filters_by_due_date_call_and_year() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Filter");
        String finance = grant.staff().finance();

        assertThat(authorities.as(finance, () -> payments.payments(new PaymentFilter(today().plusWeeks(2), null, null, Set.of()))))
                .extracting(PaymentListItem::amount).containsExactly(GrantWithAdvances.FIRST);
        assertThat(authorities.as(finance, () -> payments.payments(new PaymentFilter(null, null, 2028, Set.of()))))
                .extracting(PaymentListItem::amount).containsExactly(GrantWithAdvances.THIRD);
        assertThat(authorities.as(finance, () -> payments.payments(new PaymentFilter(null, grant.callId(), null, Set.of()))))
                .hasSize(3);
        assertThat(authorities.as(finance, () -> payments.payments(new PaymentFilter(null, grant.callId() + 100000, null, Set.of()))))
                .isEmpty();
        assertThat(authorities.as(finance, () -> payments.calls())).extracting(CallOption::id).containsExactly(grant.callId());
        assertThat(authorities.as(finance, () -> payments.years())).containsExactly(2027, 2028);
    }

    /**
     * In practice a FINANCE user never takes a decision (that needs the DECISION_MAKER role), so the
     * rule is tested by recording the finance user as the decision's maker in the database.
     */
    @Test
    void the_decision_maker_of_a_grant_cannot_approve_its_payments_four_eyes() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Vier Ogen");
        String finance = grant.staff().finance();
        jdbc.sql("update decision set decided_by = ? where application_id = ?").params(finance, grant.applicationId()).update();
        long first = all(finance).getFirst().id();

        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(first))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.fourEyes"));
        assertThat(all(finance).getFirst().status()).isEqualTo(PaymentStatus.SCHEDULED);

        String colleague = "finance-2-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        authorities.createUser(colleague, Role.FINANCE, grant.staff().authorityId());
        authorities.as(colleague, () -> payments.approve(List.of(first)));

        PaymentListItem approved = all(finance).getFirst();
        assertThat(approved.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(colleague);
    }

    @Test
    void only_finance_may_approve_and_a_decision_maker_is_refused_by_role() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Rol");
        long first = all(grant.staff().finance()).getFirst().id();

        assertThatThrownBy(() -> authorities.as(grant.staff().decisionMaker(), () -> payments.approve(List.of(first))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void illegal_transitions_are_refused_and_change_nothing() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Toestanden");
        String finance = grant.staff().finance();
        List<PaymentListItem> list = all(finance);
        long first = list.get(0).id(), second = list.get(1).id(), third = list.get(2).id();

        // hold needs a reason; a held payment cannot be approved or exported until it is released
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.hold(first, " "))).isInstanceOf(InvalidInputException.class);
        authorities.as(finance, () -> payments.hold(first, "Vermoeden van misbruik (Awb 4:56)"));
        assertThat(byReference(finance, list.get(0).reference()).heldReason()).isEqualTo("Vermoeden van misbruik (Awb 4:56)");
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(first))))
                .isInstanceOf(PaymentTransitionException.class);
        authorities.as(finance, () -> payments.release(first));
        authorities.as(finance, () -> payments.approve(List.of(first)));
        assertThat(byReference(finance, list.get(0).reference()).status()).isEqualTo(PaymentStatus.APPROVED);

        // approving twice, releasing what is not held, exporting what is not approved: refused, all or nothing
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(second, first))))
                .isInstanceOf(PaymentTransitionException.class);
        assertThat(byReference(finance, list.get(1).reference()).status()).isEqualTo(PaymentStatus.SCHEDULED);
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.release(second)))
                .isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(first, second), today())))
                .isInstanceOf(PaymentTransitionException.class);

        // a cancelled payment stays cancelled
        authorities.as(finance, () -> payments.cancel(third, "Beschikking ingetrokken"));
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(third))))
                .isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.release(third)))
                .isInstanceOf(PaymentTransitionException.class);

        // once exported, a payment can be neither held nor cancelled nor exported again
        LocalDate due = executable(finance, List.of(first));
        authorities.as(finance, () -> payments.export(List.of(first), due));
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.hold(first, "Te laat")))
                .isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.cancel(first, "Te laat")))
                .isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(first), today())))
                .isInstanceOf(PaymentTransitionException.class);
        // the last TARGET2 business day before today (yesterday rolls forward to today or later after a weekend or a
        // closing day, and would then not be in the past)
        LocalDate lastBusinessDay = today().minusDays(1);
        while (!PaymentDatesPolicy.executionDate(lastBusinessDay).equals(lastBusinessDay)) {
            lastBusinessDay = lastBusinessDay.minusDays(1);
        }
        LocalDate past = lastBusinessDay;
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(second), past)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_exported_batch_is_valid_pain_001_and_marking_it_paid_books_the_payments_in_the_ledger() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Batch");
        GrantWithAdvances.Grant second = grants.grantIn(grant.staff(), grant.callId());
        String finance = grant.staff().finance();
        List<Long> ids2027 = authorities.as(finance, () -> payments.payments(new PaymentFilter(null, null, 2027, Set.of())))
                .stream().map(PaymentListItem::id).toList();
        assertThat(ids2027).hasSize(4);
        BigDecimal expected = GrantWithAdvances.FIRST.add(GrantWithAdvances.SECOND).multiply(BigDecimal.TWO);

        authorities.as(finance, () -> payments.approve(ids2027));
        LocalDate executed = executable(finance, ids2027);
        BatchFile file = authorities.as(finance, () -> payments.export(ids2027, executed));

        Pain001Xml.validate(file.content());
        Pain001Xml.Figures figures = Pain001Xml.figures(file.content());
        assertThat(figures.headerCount()).isEqualTo(4).isEqualTo(figures.infoCount()).isEqualTo(figures.transactions());
        assertThat(figures.headerSum()).isEqualByComparingTo(expected).isEqualByComparingTo(figures.infoSum())
                .isEqualByComparingTo(figures.transactionSum());
        String reference = applicationReference(second.applicationId());
        assertThat(Pain001Xml.texts(Pain001Xml.parse(file.content()), "EndToEndId")).contains(reference + "-1", reference + "-2");
        assertThat(Pain001Xml.texts(Pain001Xml.parse(file.content()), "Ustrd")).contains("Subsidie " + reference + " voorschot " + reference + "-1");
        assertThat(authorities.as(finance, () -> payments.batchFile(file.batchId())).content()).isEqualTo(file.content());

        BudgetLedgerSnapshot before = snapshot(finance, grant.callId());
        // the bank books it on the execution date: "today" is then that day
        clock.onDay(executed, () -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), executed)));

        assertThat(all(finance)).filteredOn(p -> p.year() == 2027).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.paidOn()).isEqualTo(executed);
            assertThat(p.batchId()).isEqualTo(file.batchId());
        });
        assertThat(all(finance)).filteredOn(p -> p.year() == 2028).allSatisfy(p -> assertThat(p.status()).isEqualTo(PaymentStatus.SCHEDULED));
        BudgetLedgerSnapshot after = snapshot(finance, grant.callId());
        assertThat(before.paid()).isEqualByComparingTo("0");
        assertThat(after.paid()).isEqualByComparingTo(expected);
        assertThat(after.payMovements()).isEqualByComparingTo(expected);
        assertThat(authorities.as(finance, () -> payments.batches())).singleElement().satisfies(batch -> {
            assertThat(batch.status()).isEqualTo(BatchListItem.BatchStatus.PAID);
            assertThat(batch.controlSum()).isEqualByComparingTo(expected);
            assertThat(batch.numberOfTransactions()).isEqualTo(4);
        });

        // a batch is paid once
        assertThatThrownBy(() -> clock.onDay(executed, () -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), executed))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.batchAlreadyPaid"));
        assertThat(snapshot(finance, grant.callId()).payMovements()).isEqualByComparingTo(expected);
    }

    private record BudgetLedgerSnapshot(BigDecimal paid, BigDecimal payMovements) {
    }

    private BudgetLedgerSnapshot snapshot(String finance, long callId) throws Exception {
        return authorities.as(finance, () -> new BudgetLedgerSnapshot(
                ledger.balance(callId, 2027).map(CallYearBalance::paid).orElseThrow(),
                ledger.sumOfMovements(callId, 2027, MovementKind.PAY)));
    }

    @Test
    void finance_of_another_authority_sees_and_touches_nothing() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Eigen");
        String finance = grant.staff().finance();
        List<Long> ids = all(finance).stream().map(PaymentListItem::id).toList();
        authorities.as(finance, () -> payments.approve(List.of(ids.getFirst())));
        LocalDate due = executable(finance, List.of(ids.getFirst()));
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(ids.getFirst()), due));

        String stranger = authorities.newAuthority("Gemeente Vreemd").finance();
        assertThat(all(stranger)).isEmpty();
        assertThat(authorities.as(stranger, () -> payments.batches())).isEmpty();
        assertThatThrownBy(() -> authorities.as(stranger, () -> payments.approve(List.of(ids.get(1)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> payments.hold(ids.get(1), "Nee")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> payments.batchFile(file.batchId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> payments.markBatchPaid(file.batchId(), today())))
                .isInstanceOf(NotFoundException.class);
        assertThat(byReference(finance, all(finance).get(1).reference()).status()).isEqualTo(PaymentStatus.SCHEDULED);
    }

    @Test
    void an_iban_changed_after_the_decision_must_be_confirmed_by_finance_before_the_next_payment() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Rekening");
        String finance = grant.staff().finance();
        List<PaymentListItem> list = all(finance);
        long first = list.get(0).id(), second = list.get(1).id();
        authorities.as(finance, () -> payments.approve(List.of(second)));
        jdbc.sql("update organisation set iban = 'NL20INGB0001234567' where id = (select organisation_id from grant_application where id = ?)")
                .param(grant.applicationId()).update();

        assertThat(all(finance)).allSatisfy(p -> assertThat(p.ibanChanged()).isTrue());
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(first))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.ibanChanged"));
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(second), today())))
                .isInstanceOf(InvalidInputException.class);

        authorities.as(finance, () -> payments.confirmIban(first, "NL20INGB0001234567"));

        assertThat(all(finance)).allSatisfy(p -> {
            assertThat(p.iban()).isEqualTo("NL20INGB0001234567");
            assertThat(p.ibanChanged()).isFalse();
            // approved for the old account: approved again, for the new one
            assertThat(p.status()).isEqualTo(PaymentStatus.SCHEDULED);
        });
        authorities.as(finance, () -> payments.approve(List.of(first, second)));
        LocalDate due = executable(finance, List.of(first, second));
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(first, second), due));
        Pain001Xml.validate(file.content());
        // the first IBAN is the debtor's (the authority's account); the creditors' are the new one
        List<String> ibans = Pain001Xml.texts(Pain001Xml.parse(file.content()), "IBAN");
        assertThat(ibans.subList(1, ibans.size())).containsExactly("NL20INGB0001234567", "NL20INGB0001234567");
    }

    private void changeIban(String applicant, String iban) throws Exception {
        authorities.as(applicant, () -> {
            OrganisationProfile p = profiles.myOrganisation();
            return profiles.save(new OrganisationProfile(p.id(), p.version(), p.legalName(), p.kvkNumber(), p.legalForm(),
                    p.street(), p.postcode(), p.city(), p.municipalityCode(), iban, p.accountHolder(), p.phone()));
        });
    }

    @Test
    void finance_confirms_the_new_account_it_saw_the_applicant_cannot_and_the_export_pays_the_confirmed_account() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Nieuwe Rekening");
        String finance = grant.staff().finance();
        long first = all(finance).getFirst().id();
        changeIban(grant.applicant(), "NL20 INGB 0001 2345 67");

        PaymentListItem changed = byReference(finance, all(finance).getFirst().reference());
        assertThat(changed.ibanChanged()).isTrue();
        assertThat(changed.iban()).as("still the account of the decision").isEqualTo("NL91ABNA0417164300");
        assertThat(changed.newIban()).isEqualTo("NL20INGB0001234567");
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(first))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.ibanChanged"));
        // the one who changed the account cannot confirm it
        assertThatThrownBy(() -> authorities.as(grant.applicant(), () -> {
            payments.confirmIban(first, "NL20INGB0001234567");
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        // changed once more while finance was looking: what finance saw is not confirmed
        changeIban(grant.applicant(), "NL02ABNA0123456789");
        assertThatThrownBy(() -> authorities.as(finance, () -> {
            payments.confirmIban(first, changed.newIban());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.ibanChangedAgain"));
        assertThat(byReference(finance, changed.reference()).iban()).isEqualTo("NL91ABNA0417164300");

        authorities.as(finance, () -> {
            payments.confirmIban(first, "NL02ABNA0123456789");
            return null;
        });
        assertThat(all(finance)).allSatisfy(p -> {
            assertThat(p.iban()).isEqualTo("NL02ABNA0123456789");
            assertThat(p.ibanChanged()).isFalse();
        });
        assertThat(jdbc.sql("select actor from audit_entry where action = 'PAYMENT_IBAN_CONFIRMED' and object_id = ?")
                .param(String.valueOf(first)).query(String.class).list()).containsExactly(finance);

        authorities.as(finance, () -> {
            payments.approve(List.of(first));
            return null;
        });
        LocalDate due = executable(finance, List.of(first));
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(first), due));
        List<String> ibans = Pain001Xml.texts(Pain001Xml.parse(file.content()), "IBAN");
        assertThat(ibans.getLast()).isEqualTo("NL02ABNA0123456789");
        // a later change does not touch the exported payment: the bank has the file
        changeIban(grant.applicant(), "NL91ABNA0417164300");
        assertThat(byReference(finance, changed.reference()).ibanChanged()).isFalse();
        assertThat(byReference(finance, changed.reference()).iban()).isEqualTo("NL02ABNA0123456789");
    }

    @Autowired
    nl.gemeenschapsfonds.fund.FundService funds;

    @Test
    void an_advance_due_on_new_year_is_approved_early_but_leaves_on_the_first_business_day_on_or_after_it() throws Exception {
        LocalDate newYear = LocalDate.of(today().getYear() + 1, 1, 1);
        LocalDate firstBusinessDay = PaymentDatesPolicy.earliestFor(newYear, today());
        GrantWithAdvances.Grant grant = grants.createWithAdvanceDueOn("Gemeente Nieuwjaar", newYear, newYear.getYear());
        String finance = grant.staff().finance();
        long advance = all(finance).getFirst().id();

        authorities.as(finance, () -> payments.approve(List.of(advance)));
        assertThat(all(finance).getFirst().status()).as("approved ahead of its due date").isEqualTo(PaymentStatus.APPROVED);

        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(advance), today().plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("executionDate");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.executionBeforeDue");
                    assertThat(e.problems().getFirst().args()).contains(newYear, firstBusinessDay);
                });
        assertThat(authorities.as(finance, () -> payments.batches())).isEmpty();

        // asked for New Year's Day itself: a TARGET2 closing day, rolled forward
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(advance), newYear));
        assertThat(Pain001Xml.texts(Pain001Xml.parse(file.content()), "ReqdExctnDt")).containsExactly(firstBusinessDay.toString());
        assertThat(Target2Calendar.isBusinessDay(firstBusinessDay)).isTrue();
        assertThat(authorities.as(finance, () -> payments.batches())).singleElement()
                .satisfies(batch -> assertThat(batch.executionDate()).isEqualTo(firstBusinessDay));

        // "paid" is asked, never before the execution date, never in the future
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), today())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.paidBeforeExecution"));
        clock.on(firstBusinessDay, () -> {
            assertThatThrownBy(() -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.paidOnRequired"));
            assertThatThrownBy(() -> authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), newYear)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.paidBeforeExecution"));
            authorities.as(finance, () -> payments.markBatchPaid(file.batchId(), firstBusinessDay));
            return null;
        });
        assertThat(all(finance).getFirst().paidOn()).isEqualTo(firstBusinessDay);
        assertThat(all(finance).getFirst().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void the_database_refuses_a_payment_executed_or_paid_before_it_is_due() throws Exception {
        LocalDate newYear = LocalDate.of(today().getYear() + 1, 1, 1);
        GrantWithAdvances.Grant grant = grants.createWithAdvanceDueOn("Gemeente Databank", newYear, newYear.getYear());
        String finance = grant.staff().finance();
        long advance = all(finance).getFirst().id();
        authorities.as(finance, () -> payments.approve(List.of(advance)));
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(advance), newYear));

        // whatever gets past the service: a due date after the batch's execution, a booking before it or before the due date
        assertThatThrownBy(() -> jdbc.sql("update payment_instruction set due_on = due_on + 30 where id = ?").param(advance).update())
                .hasMessageContaining("before it is due");
        assertThatThrownBy(() -> jdbc.sql("update payment_instruction set status = 'PAID', paid_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today()), advance).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update payment_batch set status = 'PAID', paid_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today()), file.batchId()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update payment_batch set execution_date = ? where id = ?")
                .params(java.sql.Date.valueOf(LocalDate.of(2027, 1, 2)), file.batchId()).update())
                .as("a Saturday").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(all(finance).getFirst().status()).isEqualTo(PaymentStatus.APPROVED);
    }

    @Test
    void the_export_pays_from_the_funds_own_account_in_the_municipalitys_name_and_refuses_without_one() throws Exception {
        GrantWithAdvances.Grant grant = grants.create("Gemeente Betaalrekening");
        String finance = grant.staff().finance();
        long fundId = jdbc.sql("select fund_id from grant_call where id = ?").param(grant.callId()).query(Long.class).single();
        long first = all(finance).getFirst().id();
        authorities.as(finance, () -> payments.approve(List.of(first)));
        LocalDate due = executable(finance, List.of(first));

        // the administrator removes the fund's paying account: nothing can be exported
        authorities.as(grant.staff().admin(), () -> funds.save(funds.fund(fundId), null));
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(first), due)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.noPayingAccount"));

        // an account that is the organisation's own: the payment would go to the account it is paid from
        authorities.as(grant.staff().admin(), () -> funds.save(funds.fund(fundId),
                new nl.gemeenschapsfonds.fund.PayingAccount.Form("Gemeente Betaalrekening", "NL91 ABNA 0417 1643 00", "ABNANL2A")));
        String firstReference = all(finance).getFirst().reference();
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.export(List.of(first), due)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.creditorIsDebtor");
                    assertThat(e.problems().getFirst().args()).containsExactly(firstReference);
                });
        long second = all(finance).get(1).id();
        assertThatThrownBy(() -> authorities.as(finance, () -> payments.approve(List.of(second))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("payments.creditorIsDebtor"));

        authorities.as(grant.staff().admin(), () -> funds.save(funds.fund(fundId), nl.gemeenschapsfonds.test.TestPayingAccounts.FORM));
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(first), due));
        var xml = Pain001Xml.parse(file.content());
        assertThat(Pain001Xml.texts(xml, "IBAN").getFirst()).isEqualTo(nl.gemeenschapsfonds.test.TestPayingAccounts.IBAN);
        assertThat(Pain001Xml.texts(xml, "BIC")).contains("BNGHNL2G");
        assertThat(Pain001Xml.texts(xml, "Nm")).contains("Gemeente Testdorp").doesNotContain("Gemeenschapsfonds");
    }
}
