package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.submission.ApplicantPanel;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** On the applicant's application page: the decision letter, and objecting while the period runs. */
@org.springframework.stereotype.Component
class DecisionPanel implements ApplicantPanel {

    private final DecisionService decisions;
    private final Clock clock;

    DecisionPanel(DecisionService decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panelFor(long applicationId) {
        return decisions.myDecision(applicationId).map(decision -> {
            UI ui = UI.getCurrent();
            VerticalLayout panel = new VerticalLayout();
            panel.setId("decision-panel");
            panel.setPadding(false);
            panel.add(new H2(ui.getTranslation("applicantDecision.title")));
            panel.add(new Paragraph(ui.getTranslation("applicantDecision.kind." + decision.kind(),
                    Formats.date(decision.date(), ui.getLocale()))));
            if (!decision.grantedPerYear().isEmpty()) {
                panel.add(grantedAmounts(ui, decision));
            }
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(decision.letter()), decision.fileName(), "application/pdf", decision.letter().length)),
                    ui.getTranslation("applicantDecision.letter"));
            letter.setId("decision-letter");
            HorizontalLayout actions = new HorizontalLayout(letter);
            LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
            String deadline = Formats.date(decision.objectionDeadline(), ui.getLocale());
            if (!decision.mayObject()) {
                panel.add(new Paragraph(ui.getTranslation("coapp.decision.leadObjects")));
            } else if (!today.isAfter(decision.objectionDeadline())) {
                panel.add(new Paragraph(ui.getTranslation("applicantDecision.objectUntil", deadline)));
                Anchor object = new Anchor(ReviewNavigation.objection(applicationId), ui.getTranslation("applicantDecision.object"));
                object.setId("decision-object");
                actions.add(object);
            } else {
                panel.add(new Paragraph(ui.getTranslation("applicantDecision.objectionPassed", deadline)));
            }
            panel.add(actions);
            return panel;
        });
    }

    /** What was granted, per year and in total, and against what was asked: the outcome in money. */
    private static com.vaadin.flow.component.Component grantedAmounts(UI ui, DecisionService.DecisionSummary decision) {
        java.util.Locale locale = ui.getLocale();
        com.vaadin.flow.component.html.Div money = new com.vaadin.flow.component.html.Div();
        money.setId("decision-granted");
        String total = Formats.money(decision.granted(), locale);
        money.add(new Paragraph(decision.asked() != null && decision.granted().compareTo(decision.asked()) < 0
                ? ui.getTranslation("applicantDecision.grantedPartly", total, Formats.money(decision.asked(), locale))
                : ui.getTranslation("applicantDecision.grantedFully", total)));
        com.vaadin.flow.component.html.UnorderedList years = new com.vaadin.flow.component.html.UnorderedList();
        decision.grantedPerYear().forEach((year, amount) -> years.add(new com.vaadin.flow.component.html.ListItem(
                ui.getTranslation("applicantDecision.grantedYear", String.valueOf(year), Formats.money(amount, locale)))));
        money.add(years);
        return money;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean forPartners() {
        return true; // co-applicants read the decision (issue 21, coapp21)
    }
}
