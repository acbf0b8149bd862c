package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.submission.ApplicantPanel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** On the applicant's application page: the pledges of funders, their status, and recording money received. */
@org.springframework.stereotype.Component
class PledgesPanel implements ApplicantPanel {

    private final PledgeService pledges;

    PledgesPanel(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Override
    public Optional<Component> panelFor(long applicationId) {
        List<PledgeItem> items = pledges.pledgesOnMyApplication(applicationId);
        if (items.isEmpty() && pledges.condition(applicationId).isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout panel = new VerticalLayout();
        panel.setId("pledges-panel");
        panel.setPadding(false);
        render(panel, applicationId, items);
        return Optional.of(panel);
    }

    private void render(VerticalLayout panel, long applicationId, List<PledgeItem> items) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        panel.removeAll();
        panel.add(new H2(ui.getTranslation("applicantPledges.title")));
        pledges.condition(applicationId).ifPresent(condition -> panel.add(ConditionText.of(panel, condition)));
        for (PledgeItem pledge : items) {
            Div card = new Div();
            card.setId("applicant-pledge-" + pledge.id());
            card.add(new Paragraph(ui.getTranslation("applicantPledges.pledge", pledge.funderName(),
                    Formats.money(pledge.amount(), locale), String.valueOf(pledge.year()),
                    ui.getTranslation("pledge.kind." + pledge.kind()), ui.getTranslation("pledge.status." + pledge.status()))));
            if (pledge.description() != null) {
                card.add(new Paragraph(pledge.description()));
            }
            if (pledge.conditions() != null) {
                card.add(new Paragraph(ui.getTranslation("pledge.conditionsShown", pledge.conditions())));
            }
            if (pledge.receivedAmount() != null) {
                card.add(new Paragraph(ui.getTranslation("pledge.receivedShown", Formats.money(pledge.receivedAmount(), locale),
                        Formats.date(pledge.receivedOn(), locale), Formats.money(pledge.difference(), locale))));
                card.add(new Span(ui.getTranslation(pledge.receiptConfirmedByFunderAt() == null
                        ? "applicantPledges.awaitingFunder" : "applicantPledges.funderConfirmed")));
            }
            if (pledge.withdrawalReason() != null) {
                card.add(new Paragraph(ui.getTranslation("pledge.withdrawnShown", pledge.withdrawalReason())));
            }
            if (pledge.status() == PledgeStatus.CONFIRMED) {
                DatePicker receivedOn = DatePickers.create(ui.getTranslation("applicantPledges.receivedOn"), locale);
                receivedOn.setId("applicant-pledge-received-on-" + pledge.id());
                DecimalField amount = new DecimalField(ui.getTranslation("applicantPledges.receivedAmount"));
                amount.setId("applicant-pledge-received-amount-" + pledge.id());
                amount.setValue(pledge.amount());
                Button record = new Button(ui.getTranslation("applicantPledges.record"));
                record.setId("applicant-pledge-record-" + pledge.id());
                record.addClickListener(click -> PledgeActions.run(panel,
                        () -> pledges.recordReceipt(pledge.id(), pledge.version(), receivedOn.getValue(), amount.getValue()),
                        "applicantPledges.recorded", Map.of("receivedOn", receivedOn, "receivedAmount", amount),
                        () -> render(panel, applicationId, pledges.pledgesOnMyApplication(applicationId))));
                HorizontalLayout form = new HorizontalLayout(receivedOn, amount, record);
                form.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
                card.add(form);
            }
            panel.add(card);
        }
    }

    @Override
    public int order() {
        return 50;
    }
}
