package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.KeptDrafts;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.report.CostLineItem;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReductionReason;
import nl.gemeenschapsfonds.report.ReportAttachmentItem;
import nl.gemeenschapsfonds.report.ReportDetail;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.ReportStatus;
import nl.gemeenschapsfonds.report.SettlementCase;
import nl.gemeenschapsfonds.report.SettlementForm;
import nl.gemeenschapsfonds.report.SettlementItem;
import nl.gemeenschapsfonds.report.SettlementKind;
import nl.gemeenschapsfonds.report.SettlementPolicy;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.report.SettlementStatus;
import nl.gemeenschapsfonds.security.Role;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One grant after the decision, for the authority: its reports (a reviewer accepts, asks for more, or reminds when
 * the final report is late), and its settlement: a reviewer proposes with reductions per cost line and sees the
 * co-financing rules on what actually arrived; a decision maker who did not propose settles; finance records a
 * repayment.
 */
@Route("aftercare/:applicationId")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_, Role.FINANCE_})
class SettlementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final SettlementService settlements;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<Integer, DecimalField> reductions = new HashMap<>();
    private final Map<Integer, Select<ReductionReason>> reasons = new HashMap<>();
    private final Map<Integer, TextField> notes = new HashMap<>();
    private final Div effects = new Div();
    private final Span settledPreview = new Span();
    private long applicationId;
    private SettlementCase grant;

    SettlementView(ReportService reports, SettlementService settlements, AuthenticationContext authentication, Clock clock) {
        this.reports = reports;
        this.settlements = settlements;
        this.authentication = authentication;
        this.clock = clock;
        setId("settlement-view");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, "applicationId", settlements::settlementCase).ifPresent(found -> {
            grant = found;
            applicationId = found.applicationId();
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return grant == null ? getTranslation("aftercare.title") : getTranslation("aftercare.title") + " " + grant.reference();
    }

    private void reload() {
        grant = settlements.settlementCase(applicationId);
        render();
    }

    private void render() {
        removeAll();
        fields.clear();
        Locale locale = getLocale();
        add(new H1(grant.reference() + " · " + grant.title()));
        add(new Paragraph(grant.organisation()));
        GrantMoney money = GrantMoney.of(grant);
        Paragraph facts = new Paragraph(getTranslation(money.settled() ? "aftercarePage.factsSettled" : "aftercarePage.facts",
                Formats.money(grant.granted(), locale), Formats.money(money.owed(), locale), Formats.money(money.paid(), locale),
                Formats.money(money.stillToPay(), locale), money.scheduled().signum() > 0
                        ? getTranslation("aftercarePage.scheduled", Formats.money(money.scheduled(), locale))
                        : getTranslation("aftercarePage.noneScheduled")));
        facts.setId("settlement-facts");
        add(facts);
        if (grant.openPayments().signum() > 0 && (grant.settlement() == null || grant.settlement().status() != SettlementStatus.SETTLED)) {
            Paragraph netting = new Paragraph(getTranslation("settlement.openWillBeCancelled", Formats.money(grant.openPayments(), locale)));
            netting.setId("settlement-open-payments");
            add(netting);
        }

        add(new H2(getTranslation("aftercare.reports")));
        for (ReportDetail report : reports.reportsForStaff(applicationId)) {
            add(new StaffReportCard(report, reports, authentication.hasRole(Role.REVIEWER_),
                    LocalDate.ofInstant(clock.instant(), Formats.ZONE), this::act));
        }

        add(new H2(getTranslation("settlement.title")));
        SettlementItem settlement = grant.settlement();
        if (settlement != null && settlement.status() == SettlementStatus.SETTLED) {
            add(settled(settlement, locale));
        } else {
            if (settlement != null) {
                add(proposed(settlement, locale));
            }
            if (grant.proposable() != null && authentication.hasRole(Role.REVIEWER_)) {
                add(proposalForm(settlement, locale));
            } else if (grant.proposable() == null && settlement == null) {
                add(new Paragraph(getTranslation("settlement.notReady")));
            }
        }
        add(new Button(getTranslation("action.back"), click -> ReportNavigation.toAftercare()));
    }

    private VerticalLayout proposalForm(SettlementItem existing, Locale locale) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("settlement-proposal-form");
        form.add(new H3(getTranslation(grant.proposable() == SettlementKind.OWN_MOTION ? "settlement.proposeOwnMotion"
                : "settlement.propose")));
        Map<Integer, SettlementForm.Reduction> before = new HashMap<>();
        if (existing != null) {
            existing.reductions().forEach(r -> before.put(r.position(), r));
        } else {
            // settling on own motion starts from what the report supports (Awb 4:47); the reviewer may change it
            grant.supported().forEach(r -> before.put(r.position(), r));
        }
        boolean moreTermPassed = grant.finalReport() != null
                && SettlementPolicy.moreTermPassed(grant.finalReport(), LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        if (moreTermPassed) {
            Paragraph why = new Paragraph(getTranslation("settlement.moreTermPassed",
                    Formats.date(grant.finalReport().moreDueOn(), locale)));
            why.setId("settlement-more-term-passed");
            form.add(why);
        }
        reductions.clear();
        reasons.clear();
        notes.clear();
        for (CostLineItem line : grant.costLines()) {
            DecimalField amount = new DecimalField(getTranslation("settlement.reductionLine",
                    getTranslation("costLines.kind." + line.category()), String.valueOf(line.year()), orEmpty(line.description()),
                    Formats.money(line.budget(), locale), line.spent() == null ? "–" : Formats.money(line.spent(), locale)));
            amount.setId("settlement-reduction-" + line.position());
            amount.setPrefixComponent(new Span("− €"));
            Select<ReductionReason> reason = new Select<>();
            reason.setLabel(getTranslation("settlement.reason"));
            reason.setId("settlement-reason-" + line.position());
            reason.setItems(ReductionReason.values());
            reason.setItemLabelGenerator(r -> getTranslation("reduction." + r));
            reason.setEmptySelectionAllowed(true);
            TextField note = new TextField(getTranslation("settlement.note"));
            note.setId("settlement-note-" + line.position());
            SettlementForm.Reduction old = before.get(line.position());
            if (old != null) {
                amount.setValue(old.amount());
                reason.setValue(old.reason());
                note.setValue(orEmpty(old.note()));
            }
            amount.addValueChangeListener(change -> showEffects(locale));
            reductions.put(line.position(), amount);
            reasons.put(line.position(), reason);
            notes.put(line.position(), note);
            fields.put("reduction-" + line.position(), amount);
            fields.put("reason-" + line.position(), reason);
            fields.put("note-" + line.position(), note);
            HorizontalLayout row = new HorizontalLayout(amount, reason, note);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            form.add(row);
        }
        TextArea motivation = new TextArea(getTranslation("settlement.motivation"));
        motivation.setId("settlement-motivation");
        motivation.setWidthFull();
        motivation.setValue(existing != null ? orEmpty(existing.motivation()) : moreTermPassed
                ? getTranslation("settlement.moreTermPassed.motivation", Formats.date(grant.finalReport().moreDueOn(), locale)) : "");
        fields.put("motivation", motivation);
        // the motivation as typed survives a reload until proposed; per version, never shown over a newer proposal
        String kept = "settlement/" + applicationId + "/" + (existing == null ? 0 : existing.version());
        KeptDrafts.keep(motivation, kept);
        settledPreview.setId("settlement-preview");
        effects.setId("settlement-effects");
        form.add(motivation, settledPreview, pledges(locale), effects);
        showEffects(locale);
        Button propose = new Button(getTranslation("settlement.proposeButton"), click -> {
            if (ProblemMessages.anyUnreadable(reductions.values())) {
                notify(getTranslation("form.unreadable"), NotificationVariant.LUMO_ERROR);
                return;
            }
            ProblemMessages.clear(fields);
            act(() -> {
                settlements.propose(new SettlementForm(applicationId, existing == null ? 0 : existing.version(),
                        currentReductions(), motivation.getValue()));
                KeptDrafts.forget(kept);
            }, "settlement.proposed", fields);
        });
        propose.setId("settlement-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(propose);
        return form;
    }

    private Div pledges(Locale locale) {
        Div div = new Div();
        if (grant.pledges().isEmpty()) {
            return div;
        }
        div.add(new H3(getTranslation("report.cofinancingTitle")));
        UnorderedList list = new UnorderedList();
        for (PledgeItem pledge : grant.pledges()) {
            list.add(new ListItem(getTranslation("settlement.pledgeLine", pledge.funderName(), Formats.money(pledge.amount(), locale),
                    pledge.receivedAmount() == null ? "–" : Formats.money(pledge.receivedAmount(), locale),
                    getTranslation("pledge.status." + pledge.status()))));
        }
        div.add(list);
        return div;
    }

    private List<SettlementForm.Reduction> currentReductions() {
        List<SettlementForm.Reduction> list = new ArrayList<>();
        reductions.forEach((position, field) -> {
            if (field.getValue() != null && field.getValue().signum() != 0) {
                list.add(new SettlementForm.Reduction(position, field.getValue(), reasons.get(position).getValue(),
                        notes.get(position).getValue()));
            }
        });
        return list;
    }

    /** The settled amount and the co-financing rules on what arrived, as the reductions stand now. */
    private void showEffects(Locale locale) {
        if (reductions.values().stream().anyMatch(DecimalField::isInvalid)) {
            return;
        }
        List<SettlementForm.Reduction> current = currentReductions();
        BigDecimal reduced = current.stream().map(SettlementForm.Reduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        settledPreview.setText(getTranslation("settlement.preview", Formats.money(grant.granted().subtract(reduced), locale)));
        effects.removeAll();
        List<CoFinancingRule.Result> results = settlements.effects(applicationId, current);
        if (results.isEmpty()) {
            effects.add(new Paragraph(getTranslation("settlement.noRules")));
            return;
        }
        effects.add(new H3(getTranslation("settlement.rulesTitle")));
        UnorderedList list = new UnorderedList();
        for (CoFinancingRule.Result result : results) {
            ListItem item = new ListItem((result.met() ? getTranslation("rule.met") : getTranslation("rule.notMet")) + ": "
                    + getTranslation(result.ruleKey(), Formats.money(result.actual(), locale), Formats.money(result.limit(), locale)));
            item.addClassName(result.met() ? "rule-met" : "rule-not-met");
            list.add(item);
        }
        effects.add(list);
    }

    private Div proposed(SettlementItem settlement, Locale locale) {
        Div div = new Div();
        div.setId("settlement-proposed");
        div.add(new Paragraph(getTranslation("settlement.proposedSummary", getTranslation("settlement.kind." + settlement.kind()),
                Formats.money(settlement.settled(), locale), Formats.money(settlement.granted(), locale), settlement.proposedBy())));
        reductionList(div, settlement, locale);
        if (authentication.hasRole(Role.DECISION_MAKER_)) {
            Button decide = new Button(getTranslation("settlement.decide"), click -> act(
                    () -> settlements.decide(settlement.id(), settlement.version()), "settlement.decided", Map.of()));
            decide.setId("settlement-decide");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            div.add(decide);
        }
        return div;
    }

    private Div settled(SettlementItem settlement, Locale locale) {
        Div div = new Div();
        div.setId("settlement-settled");
        div.add(new Paragraph(getTranslation("settlement.settledSummary", getTranslation("settlement.kind." + settlement.kind()),
                Formats.money(settlement.settled(), locale), Formats.money(settlement.granted(), locale),
                Formats.date(settlement.decisionDate(), locale), orEmpty(settlement.decidedBy()))));
        if (settlement.released() != null) {
            div.add(new Paragraph(getTranslation("settlement.releasedSummary", Formats.money(settlement.released(), locale))));
        }
        if (settlement.finalPayment() != null) {
            div.add(new Paragraph(getTranslation("settlement.finalPaymentSummary", Formats.money(settlement.finalPayment(), locale))));
        }
        reductionList(div, settlement, locale);
        settlements.letter(applicationId).ifPresent(pdf -> {
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(new ByteArrayInputStream(pdf),
                    SettlementService.letterFileName(grant.reference(), locale), "application/pdf", pdf.length)),
                    getTranslation("settlement.letter"));
            letter.setId("settlement-letter");
            div.add(new Div(letter));
        });
        SettlementItem.RepaymentClaim claim = settlement.claim();
        if (claim != null) {
            Paragraph claimText = new Paragraph(claim.received()
                    ? getTranslation("settlement.claimReceived", Formats.money(claim.amount(), locale), Formats.date(claim.receivedOn(), locale))
                    : getTranslation("settlement.claimOpen", Formats.money(claim.amount(), locale), Formats.date(claim.dueOn(), locale)));
            claimText.setId("settlement-claim");
            div.add(claimText);
            if (!claim.received() && authentication.hasRole(Role.FINANCE_)) {
                DatePicker on = DatePickers.create(getTranslation("settlement.repaidOn"), locale);
                on.setId("settlement-repaid-on");
                on.setValue(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
                Button record = new Button(getTranslation("settlement.recordRepayment"), click -> act(
                        () -> settlements.recordRepayment(claim.id(), claim.version(), on.getValue()), "settlement.repaymentRecorded",
                        Map.of("repaidOn", on)));
                record.setId("settlement-record-repayment");
                HorizontalLayout row = new HorizontalLayout(on, record);
                row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
                div.add(row);
            }
        }
        return div;
    }

    private void reductionList(Div div, SettlementItem settlement, Locale locale) {
        if (settlement.reductions().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (SettlementForm.Reduction reduction : settlement.reductions()) {
            CostLineItem line = grant.costLines().get(reduction.position());
            list.add(new ListItem(getTranslation("settlement.reductionShown", getTranslation("costLines.kind." + line.category()),
                    String.valueOf(line.year()), Formats.money(reduction.amount(), locale), getTranslation("reduction." + reduction.reason()),
                    orEmpty(reduction.note()))));
        }
        div.add(list);
    }

    private void act(Runnable action, String doneKey, Map<String, ? extends HasValidation> problemFields) {
        ProblemMessages.clear(problemFields);
        try {
            action.run();
            notify(getTranslation(doneKey), NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, problemFields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException conflict) {
            notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        } catch (BudgetRefusedException refused) {
            notify(getTranslation("settlement.ledgerRefused"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
