package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.submission.ApplicantPanel;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** On the applicant's application page: what the reviewer asked to supplement, and until when. */
@Component
class SupplementPanel implements ApplicantPanel {

    private final IntakeService intake;

    SupplementPanel(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panelFor(long applicationId) {
        return intake.myOpenRequest(applicationId).map(request -> {
            UI ui = UI.getCurrent();
            VerticalLayout panel = new VerticalLayout();
            panel.setId("supplement-panel");
            panel.setPadding(false);
            panel.add(new H2(ui.getTranslation("applicantSupplement.title")));
            Paragraph asked = new Paragraph(request.text());
            asked.setId("supplement-asked");
            Paragraph due = new Paragraph(ui.getTranslation("applicantSupplement.until", Formats.date(request.dueOn(), ui.getLocale())));
            due.setId("supplement-due");
            panel.add(asked, due);
            return panel;
        });
    }

    @Override
    public int order() {
        return 5;
    }
}
