package nl.gemeenschapsfonds.submission;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of the applicant's application page that another module contributes, such as the
 * decision letter and the objection button of the review module. The submission module shows
 * every such bean without depending on the modules that provide them.
 */
public interface ApplicantPanel {

    /** The panel for this application of the signed-in applicant, if there is something to show. */
    Optional<Component> panelFor(long applicationId);

    /**
     * Whether members of a co-applicant organisation see this panel too (issue 21, ADR 0030): only what they may read,
     * such as the decision. Panels of the lead's own work (payments, reports, pledges, supplements) are not shown to them.
     */
    default boolean forPartners() {
        return false;
    }

    /** Panels are shown in this order, lowest first. */
    default int order() {
        return 100;
    }
}
