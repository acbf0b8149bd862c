package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.CoApplicantItem;
import nl.gemeenschapsfonds.submission.CoApplicants;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whom a decision concerns, for its letter and mail: the applying organisation with its postal address, and the
 * partner organisations the application names (issue 21.5, ADR 0030) with their role. The decision is addressed to
 * the applicant; the partners are named where the applicant is, because they read the decision too.
 */
@Component
class DecisionAddressees {

    private final Organisations organisations;
    private final CoApplicants coApplicants;

    DecisionAddressees(Organisations organisations, CoApplicants coApplicants) {
        this.organisations = organisations;
        this.coApplicants = coApplicants;
    }

    /** The applying organisation's name, then its postal address lines. */
    List<String> applicant(long organisationId) {
        return organisations.organisation(organisationId).orElseThrow().addressLines();
    }

    /** Each partner as "legal name (role)", in the order the application names them; empty without partners. */
    List<String> partners(long applicationId) {
        return coApplicants.forStaff(applicationId).stream().map(DecisionAddressees::named).toList();
    }

    private static String named(CoApplicantItem partner) {
        return partner.role() == null || partner.role().isBlank() ? partner.legalName()
                : partner.legalName() + " (" + partner.role() + ")";
    }
}
