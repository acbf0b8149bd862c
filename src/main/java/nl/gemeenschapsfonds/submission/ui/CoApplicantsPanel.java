package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.submission.ApplicantPanel;
import nl.gemeenschapsfonds.submission.CoApplicantItem;
import nl.gemeenschapsfonds.submission.CoApplicants;
import nl.gemeenschapsfonds.submission.PartnerApplicationItem;

import java.util.List;
import java.util.Optional;

/**
 * On the applicant's application page (issue 21): the partner organisations, and for a member of a partner
 * organisation who it reads the application of and that reading is all it may do.
 */
@org.springframework.stereotype.Component
class CoApplicantsPanel implements ApplicantPanel {

    private final CoApplicants coApplicants;

    CoApplicantsPanel(CoApplicants coApplicants) {
        this.coApplicants = coApplicants;
    }

    @Override
    public Optional<Component> panelFor(long applicationId) {
        List<CoApplicantItem> partners = coApplicants.of(applicationId);
        if (partners.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.setId("co-applicants-panel");
        Optional<PartnerApplicationItem> asPartner = coApplicants.asPartner(applicationId);
        asPartner.ifPresent(item -> {
            Paragraph note = new Paragraph(UI.getCurrent().getTranslation("coapp.readOnlyNote", item.leadOrganisation(), item.role()));
            note.setId("co-applicants-note");
            note.addClassName("status-explanation");
            panel.add(note);
        });
        panel.add(new CoApplicantsSection(partners, true));
        return Optional.of(panel);
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean forPartners() {
        return true; // co-applicants read the decision (issue 21, coapp21)
    }
}
