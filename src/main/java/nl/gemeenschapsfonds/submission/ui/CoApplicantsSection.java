package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.submission.CoApplicantItem;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * The partner organisations of an application and their roles, to read (issue 21, ADR 0030): on the reviewer's page
 * ({@link ApplicationSections#coApplicantsForStaff(long)}, one line in the review module's view), on the applicant's application page and in the
 * submitted application. Shows nothing when the application names no partner.
 */
@NamedInterface("coapplicants")
public class CoApplicantsSection extends Composite<VerticalLayout> {

    CoApplicantsSection(List<CoApplicantItem> partners, boolean asSection) {
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("co-applicants");
        setVisible(!partners.isEmpty());
        if (partners.isEmpty()) {
            return;
        }
        box.add(asSection ? new H2(getTranslation("coapp.heading")) : new H3(getTranslation("coapp.heading")));
        DescriptionList list = new DescriptionList();
        list.setId("co-applicants-list");
        list.addClassName("call-answers");
        for (CoApplicantItem partner : partners) {
            list.add(new DescriptionList.Term(getTranslation("coapp.partner", partner.legalName(),
                            partner.kvkNumber() == null ? "-" : partner.kvkNumber())),
                    new DescriptionList.Description(partner.role()));
        }
        box.add(list);
    }
}
