package nl.gemeenschapsfonds.payment.ui;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.GridSelection;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentsViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    DecisionService decisions;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.gemeenschapsfonds.test.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void backToToday() {
        clock.reset();
    }

    private record Granted(Staff staff, String reference) {
    }

    /** A new authority with one grant of 30.000 in 2027, paid in two advances: 10.000 next week, 20.000 in two months. */
    private Granted grantWithTwoAdvances() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Betaalscherm");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long id = applications.awaitingDecision(staff, authorities.newApplicant("Buurthuis"), call, Map.of(2027, amount("30000")), 8);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(Map.of(2027, amount("30000"))), null, null, null,
                List.of(new DecisionForm.Advance(today.plusWeeks(1), 2027, amount("10000")),
                        new DecisionForm.Advance(today.plusMonths(2), 2027, amount("20000"))),
                null, "Draagt bij aan ontmoeting.")));
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
        return new Granted(staff, reference);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PaymentListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("payments-grid"));
    }

    private static int row(Grid<PaymentListItem> grid, String reference) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(row -> GridKt._get(grid, row).reference().equals(reference))
                .findFirst().orElseThrow();
    }

    @Test
    void finance_approves_the_due_payment_exports_it_and_confirms_the_batch_paid() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        _get(PaymentsView.class);

        // by default the payments due within a month: only the first advance
        Grid<PaymentListItem> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).reference()).isEqualTo(granted.reference() + "-1");
        assertThat(GridKt._getFormatted(grid, 0, "reference")).as("reference, organisation and IBAN in one cell")
                .startsWith(granted.reference() + "-1").contains("Buurthuis").endsWith("NL91ABNA0417164300");
        assertThat(GridKt._getFormatted(grid, 0, "amount")).isEqualTo("€ 10.000,00");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Gepland");

        grid.select(GridKt._get(grid, 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-approve")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Goedgekeurd");
        assertThat(notificationTexts()).contains("Goedgekeurd: 1 betaling(en).");

        // approved ahead of its due date; the money does not leave before it is due
        LocalDate due = GridKt._get(grid(), 0).dueOn();
        LocalDate executed = nl.gemeenschapsfonds.payment.PaymentDatesPolicy.earliestFor(due, due);
        grid().select(GridKt._get(grid(), 0));
        DatePicker executionDate = _get(DatePicker.class, spec -> spec.withId("payments-execution-date"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-export")));
        assertThat(executionDate.isInvalid()).isTrue();
        assertThat(executionDate.getErrorMessage()).startsWith("Betaling " + granted.reference() + "-1 is pas verschuldigd op "
                + Formats.date(due, java.util.Locale.of("nl")));
        assertThat(_find(Anchor.class, spec -> spec.withId("payments-export-download"))).isEmpty();

        executionDate.setValue(due);
        grid().select(GridKt._get(grid(), 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-export")));
        Anchor download = _get(Anchor.class, spec -> spec.withId("payments-export-download"));
        String xml = new String(DownloadKt._download(download), StandardCharsets.UTF_8);
        assertThat(xml).contains("<EndToEndId>" + granted.reference() + "-1</EndToEndId>", "<NbOfTxs>1</NbOfTxs>",
                "<CtrlSum>10000.00</CtrlSum>", "<ReqdExctnDt>" + executed + "</ReqdExctnDt>");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("payments-export-result")).getElement()
                .getTextRecursively()).contains("Uitvoeringsdatum voor de bank: " + Formats.date(executed, java.util.Locale.of("nl")));

        // the day the bank executed it: "paid" asks for the booking date and for confirmation
        clock.travelTo(executed);
        navigate("payments");
        long batchId = GridKt._get(grid(), 0).batchId();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-batch-" + batchId + "-paid")));
        DatePicker paidOn = _get(DatePicker.class, spec -> spec.withId("payments-paid-on"));
        assertThat(paidOn.getValue()).as("asked, not assumed").isNull();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-mark-paid-confirm")));
        assertThat(paidOn.isInvalid()).isTrue();
        assertThat(paidOn.getErrorMessage()).isEqualTo("Vul de boekdatum van het bankafschrift in.");
        paidOn.setValue(executed.minusDays(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-mark-paid-confirm")));
        assertThat(paidOn.getErrorMessage()).startsWith("De boekdatum kan niet vóór de uitvoeringsdatum");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).as("nothing booked").startsWith("Goedgekeurd");

        paidOn.setValue(executed);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-mark-paid-confirm")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Betaald");
        assertThat(_find(Button.class, spec -> spec.withId("payments-batch-" + batchId + "-paid"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("payments-batch-" + batchId + "-download"))).isNotNull();
        // pay24's walk at 500 px: the batch's line, its link and "paid" wrap instead of squeezing the line into a column
        assertThat(_get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withId("payments-batch-" + batchId)).isWrap()).isTrue();
    }

    @Test
    void holding_without_a_reason_is_refused_next_to_the_field_and_with_a_reason_the_payment_is_held() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        Grid<PaymentListItem> grid = grid();
        grid.select(GridKt._get(grid, row(grid, granted.reference() + "-1")));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-hold")));
        TextField reason = _get(TextField.class, spec -> spec.withId("payments-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Geef een reden.");

        reason.setValue("Onderzoek naar besteding");
        grid().select(GridKt._get(grid(), row(grid(), granted.reference() + "-1")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-hold")));
        assertThat(GridKt._getFormatted(grid(), row(grid(), granted.reference() + "-1"), "status"))
                .isEqualTo("Aangehouden: Onderzoek naar besteding");
    }

    /** The ids of the components under {@code root} in the order of the page (depth first), as the keyboard reaches them. */
    private static List<String> idsInPageOrder(com.vaadin.flow.component.Component root) {
        List<String> ids = new java.util.ArrayList<>();
        root.getId().ifPresent(ids::add);
        root.getChildren().forEach(child -> ids.addAll(idsInPageOrder(child)));
        return ids;
    }

    @Test
    void the_actions_on_chosen_payments_appear_where_the_hint_said_when_the_first_payment_is_chosen_and_stay() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        // issue 20 item 3 (pay24): an idle page holds none of the actions, and says where they will appear
        assertThat(_find(Button.class, spec -> spec.withId("payments-approve"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("payments-reason"))).isEmpty();
        assertThat(_find(DatePicker.class, spec -> spec.withId("payments-execution-date"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("payments-export"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("payments-actions-hint")).getText())
                .startsWith("Kies een of meer betalingen in de lijst: hier verschijnen dan de acties (goedkeuren, aanhouden,");
        assertThat(idsInPageOrder(_get(PaymentsView.class)))
                .containsSubsequence("payments-grid", "payments-total", "payments-actions-hint", "payments-export-result");

        grid().select(GridKt._get(grid(), 0));
        assertThat(_find(Paragraph.class, spec -> spec.withId("payments-actions-hint"))).as("the actions in its place").isEmpty();
        // in the hint's place, in the order the keyboard has always reached them
        assertThat(idsInPageOrder(_get(PaymentsView.class))).containsSubsequence("payments-grid", "payments-total",
                "payments-approve", "payments-reason", "payments-hold", "payments-release", "payments-cancel",
                "payments-confirm-iban", "payments-execution-date", "payments-export", "payments-export-result",
                "payments-import-statement", "payments-batches");
        assertThat(_get(DatePicker.class, spec -> spec.withId("payments-execution-date")).getHelperText())
                .startsWith("Een weekend of TARGET2-sluitingsdag");
        // pay24's walk: as wide as the reason, so that its helper and its message are not a column of five lines
        assertThat(_get(DatePicker.class, spec -> spec.withId("payments-execution-date")).getWidth()).isEqualTo("min(100%, 24rem)");

        // the choice cleared (as after every action): the actions stay, with what was typed, and say what is missing
        TextField reason = _get(TextField.class, spec -> spec.withId("payments-reason"));
        reason.setValue("Onderzoek naar besteding");
        grid().deselectAll();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-hold")));
        assertThat(notificationTexts()).contains("Kies eerst een of meer betalingen.");
        assertThat(_get(TextField.class, spec -> spec.withId("payments-reason")).getValue()).isEqualTo("Onderzoek naar besteding");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).as("nothing held").isEqualTo("Gepland");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-approve")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).as("nothing approved").isEqualTo("Gepland");

        grid().select(GridKt._get(grid(), 0));
        assertThat(_find(Button.class, spec -> spec.withId("payments-approve"))).as("built once").hasSize(1);
    }

    @Test
    void the_hint_and_the_actions_speak_english_in_english() throws Exception {
        Granted granted = grantWithTwoAdvances();
        useEnglish();
        login(granted.staff().finance());
        navigate("payments");
        assertThat(_get(Paragraph.class, spec -> spec.withId("payments-actions-hint")).getText())
                .isEqualTo("Choose one or more payments in the list: the actions then appear here (approve, hold, release, "
                        + "cancel, confirm new IBAN, export as a SEPA file).");
        grid().select(GridKt._get(grid(), 0));
        assertThat(_get(Button.class, spec -> spec.withId("payments-approve")).getText()).isEqualTo("Approve");
        assertThat(_get(TextField.class, spec -> spec.withId("payments-reason")).getLabel()).isEqualTo("Reason (to hold or cancel)");
        assertThat(_get(Button.class, spec -> spec.withId("payments-export")).getText()).isEqualTo("Export as SEPA file");
        grid().deselectAll();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-release")));
        assertThat(notificationTexts()).contains("Choose one or more payments first.");
    }

    @Test
    void the_view_is_for_finance_only_and_finance_of_another_authority_sees_no_payments() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().decisionMaker());
        navigate("payments");
        assertThat(_find(PaymentsView.class)).isEmpty();

        login(DemoUsers.FINANCE);
        navigate("payments");
        _get(PaymentsView.class);
        assertThat(payments.payments(PaymentFilter.all())).extracting(PaymentListItem::reference)
                .noneMatch(reference -> reference.startsWith(granted.reference()));
    }

    @Test
    void the_list_shows_its_total_and_the_chosen_total_and_a_changed_iban_is_confirmed_before_approval() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        Paragraph total = _get(Paragraph.class, spec -> spec.withId("payments-total"));
        assertThat(total.getText()).isEqualTo("1 betaling(en) in de lijst, samen € 10.000,00; gekozen: 0, samen € 0,00.");
        assertThat(GridKt._getFormatted(grid(), 0, "year")).isEqualTo("2027");

        jdbc.sql("""
                update organisation set iban = 'NL20INGB0001234567' where id = (select a.organisation_id
                    from grant_application a where a.reference = ?)""").param(granted.reference()).update();
        // the same route again keeps the view: open it afresh, as after another page
        navigate("payments/statement");
        navigate("payments");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Gepland (IBAN gewijzigd in NL20INGB0001234567: bevestigen)");
        grid().select(GridKt._get(grid(), 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("payments-total")).getText())
                .isEqualTo("1 betaling(en) in de lijst, samen € 10.000,00; gekozen: 1, samen € 10.000,00.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-approve")));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Het IBAN van de organisatie is gewijzigd"));

        grid().select(GridKt._get(grid(), 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-confirm-iban")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Gepland");
        assertThat(GridKt._getFormatted(grid(), 0, "reference")).endsWith("NL20INGB0001234567");

        grid().select(GridKt._get(grid(), 0));
        _get(TextField.class, spec -> spec.withId("payments-reason")).setValue("Project gaat niet door");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-cancel")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Vervallen: Project gaat niet door");
    }

    @Test
    void an_execution_date_that_cannot_be_read_is_said_at_the_field_with_the_typed_text_kept_and_nothing_is_exported()
            throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        grid().select(GridKt._get(grid(), 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-approve")));
        grid().select(GridKt._get(grid(), 0));
        DatePicker executionDate = _get(DatePicker.class, spec -> spec.withId("payments-execution-date"));
        // what typed text that is no date leaves on the server: no value, the text kept in the browser's input, the
        // field marked invalid by Vaadin (as the picker's "unparsable-change" listener does it)
        executionDate.getElement().setProperty("_inputElementValue", "31-13-2027");
        var fromBrowser = DatePicker.class.getDeclaredMethod("setModelValue", LocalDate.class, boolean.class);
        fromBrowser.setAccessible(true);
        fromBrowser.invoke(executionDate, null, true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-export")));

        assertThat(executionDate.isInvalid()).isTrue();
        assertThat(executionDate.getErrorMessage()).as("not \"Kies de uitvoeringsdatum\"")
                .isEqualTo("Deze datum is niet te lezen; schrijf hem als dd-mm-jjjj.");
        assertThat(executionDate.getElement().getProperty("_inputElementValue")).as("what was typed is kept").isEqualTo("31-13-2027");
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Een datum of bedrag is niet te lezen"));
        assertThat(_find(Anchor.class, spec -> spec.withId("payments-export-download"))).isEmpty();
        assertThat(GridKt._get(grid(), 0).batchId()).as("nothing exported").isNull();
        assertThat(grid().getSelectedItems()).as("the choice is kept").hasSize(1);

        // an empty date still gets "Kies de uitvoeringsdatum"
        executionDate.getElement().setProperty("_inputElementValue", "");
        fromBrowser.invoke(executionDate, null, true);
        executionDate.setInvalid(false);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-export")));
        assertThat(executionDate.getErrorMessage()).isEqualTo("Kies de uitvoeringsdatum.");
    }

    @Test
    void the_filter_panel_is_built_when_first_opened_and_the_filter_lives_in_the_url_as_removable_chips() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        assertThat(_find(DatePicker.class, spec -> spec.withId("payments-due-up-to"))).as("no filter fields yet").isEmpty();
        // by default the payments due within a month, said by a chip
        assertThat(_get(Button.class, spec -> spec.withId("payments-chip-due")).getText()).startsWith("Vervalt uiterlijk op: ");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        // removing the due chip: all payments, and the URL says so (a reload keeps it)
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-chip-due")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString()).isEqualTo("due=all");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        navigate("payments/statement");
        navigate("payments?due=all&status=SCHEDULED&year=2027");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("payments-chip-due"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("payments-chip-status")).getText()).isEqualTo("Status: Gepland");
        assertThat(_get(Button.class, spec -> spec.withId("payments-chip-year")).getText()).isEqualTo("Begrotingsjaar: 2027");
        assertThat(_find(DatePicker.class, spec -> spec.withId("payments-due-up-to"))).isEmpty();

        // the panel, opened, shows the filter from the URL; a change goes into the URL
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-filter-button")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("payments-due-up-to")).getValue()).isNull();
        @SuppressWarnings("unchecked")
        Select<nl.gemeenschapsfonds.payment.PaymentStatus> status = _get(Select.class, spec -> spec.withId("payments-status"));
        assertThat(status.getValue()).isEqualTo(nl.gemeenschapsfonds.payment.PaymentStatus.SCHEDULED);
        status.setValue(nl.gemeenschapsfonds.payment.PaymentStatus.PAID);
        assertThat(GridKt._size(grid())).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("status=PAID").contains("year=2027").contains("due=all");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-chip-clear")));
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(status.getValue()).isNull();
    }

    @Test
    void the_columns_finance_chooses_are_remembered_per_user() throws Exception {
        Granted granted = grantWithTwoAdvances();
        login(granted.staff().finance());
        navigate("payments");
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).containsExactly(GridSelection.KEY, "reference", "status", "dueOn", "amount", "year");
        // issue 20 item 3 (mem23): the choice is the "Kolommen" section of the filter panel; a tick applies at once
        ButtonKt._click(_get(Button.class, spec -> spec.withId("payments-filter-button")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withId("payments-column-choice"));
        choice.setValue(java.util.Set.of("amount", "call"));
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).containsExactly(GridSelection.KEY, "reference", "status", "amount", "call");

        navigate("payments/statement");
        logout();
        login(granted.staff().finance());
        navigate("payments");
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).as("remembered")
                .containsExactly(GridSelection.KEY, "reference", "status", "amount", "call");
        logout();
        login(DemoUsers.FINANCE);
        navigate("payments/statement");
        navigate("payments");
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey).as("another user's choice is their own")
                .doesNotContain("call");
    }
}
