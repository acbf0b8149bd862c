package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.report.ApplicantSettlement;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementKind;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.submission.ApplicantPanel;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** On the applicant's application page: the reports the decision asks for, with deadlines, and the settlement. */
@org.springframework.stereotype.Component
class ReportsPanel implements ApplicantPanel {

    private final ReportService reports;
    private final SettlementService settlements;
    private final Clock clock;

    ReportsPanel(ReportService reports, SettlementService settlements, Clock clock) {
        this.reports = reports;
        this.settlements = settlements;
        this.clock = clock;
    }

    @Override
    public Optional<Component> panelFor(long applicationId) {
        List<ObligationItem> owed = reports.myObligations(applicationId);
        Optional<ApplicantSettlement> settlement = settlements.mySettlement(applicationId);
        if (owed.isEmpty() && settlement.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        VerticalLayout panel = new VerticalLayout();
        panel.setId("reports-panel");
        panel.setPadding(false);
        if (!owed.isEmpty()) {
            panel.add(new H2(ui.getTranslation("reports.title")));
            for (ObligationItem report : owed) {
                Div row = new Div();
                row.setId("report-" + report.id());
                Span status = new Span(ui.getTranslation("report.status." + report.status()));
                status.getElement().getThemeList().add(report.overdue(today) ? "badge error" : "badge");
                row.add(new Paragraph(ui.getTranslation("reports.line", Labels.kind(ui, report),
                        Formats.date(report.currentDue(), locale))), status);
                if (report.status().editable()) {
                    Button open = new Button(ui.getTranslation(report.submittedAt() == null ? "reports.fillIn" : "reports.complete"),
                            click -> ReportNavigation.toReport(applicationId, report.id()));
                    open.setId("report-open-" + report.id());
                    row.add(open);
                }
                panel.add(row);
            }
        }
        settlement.ifPresent(s -> panel.add(settlementBlock(ui, locale, s, applicationId)));
        return Optional.of(panel);
    }

    private Component settlementBlock(UI ui, Locale locale, ApplicantSettlement settlement, long applicationId) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setId("settlement-summary");
        block.add(new H2(ui.getTranslation("applicantSettlement.title")));
        block.add(new Paragraph(ui.getTranslation(settlement.kind() == SettlementKind.AT_ONCE
                ? "applicantSettlement.atOnce" : "applicantSettlement.settled",
                Formats.money(settlement.settled(), locale), Formats.money(settlement.granted(), locale),
                Formats.date(settlement.decisionDate(), locale))));
        if (settlement.finalPayment() != null) {
            block.add(new Paragraph(ui.getTranslation("applicantSettlement.finalPayment", Formats.money(settlement.finalPayment(), locale))));
        }
        if (settlement.repayment() != null) {
            block.add(new Paragraph(ui.getTranslation("applicantSettlement.repayment", Formats.money(settlement.repayment(), locale),
                    Formats.date(settlement.repaymentDue(), locale))));
        }
        if (settlement.letter() != null) {
            byte[] pdf = settlement.letter();
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), settlement.fileName(), "application/pdf", pdf.length)),
                    ui.getTranslation("applicantSettlement.letter"));
            letter.setId("settlement-letter");
            block.add(new HorizontalLayout(letter));
        }
        if (settlement.kind() != SettlementKind.AT_ONCE && settlement.objectionDeadline() != null) {
            // a settlement is a decision (Awb 4:46): the applicant may object to it, within its own term (ADR 0029)
            block.add(new Paragraph(ui.getTranslation("applicantSettlement.objectionTerm",
                    Formats.date(settlement.objectionDeadline(), locale))));
            Anchor object = new Anchor("applications/" + applicationId + "/settlement-objection",
                    ui.getTranslation("applicantSettlement.object"));
            object.setId("settlement-object");
            block.add(new HorizontalLayout(object));
        }
        return block;
    }

    @Override
    public int order() {
        return 40;
    }
}
