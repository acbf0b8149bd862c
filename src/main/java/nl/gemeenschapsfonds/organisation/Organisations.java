package nl.gemeenschapsfonds.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public read API of this module for the others: what payment, report, review, register and the API read of an
 * applicant organisation and of a funder, instead of querying the {@code organisation} and {@code funder} tables.
 * <p>
 * For other modules' services only (they have checked who may see the application the organisation belongs to, or
 * run as a scheduled job without a signed-in user), so its methods carry no {@code @PreAuthorize}; views never use
 * it (fund.FundsApiTest checks that). Lists take a collection of ids and answer in one query.
 */
public interface Organisations {

    /** An applicant organisation as recorded; empty when there is none with this id. */
    Optional<OrganisationFacts> organisation(long organisationId);

    /** The organisations with these ids that exist, by id (one query). */
    Map<Long, OrganisationFacts> organisations(Collection<Long> organisationIds);

    /** Who a grant is paid to: the organisation's legal name, its IBAN (as recorded, possibly none) and account holder. */
    default Optional<Payee> payee(long organisationId) {
        return organisation(organisationId).map(OrganisationFacts::payee);
    }

    /** The id of the organisation with this KvK number, if one is registered. */
    Optional<Long> idByKvkNumber(String kvkNumber);

    /** A funder (co-financier) as recorded; empty when there is none with this id. */
    Optional<FunderFacts> funder(long funderId);

    /** The funders with these ids that exist, by id (one query). */
    Map<Long, FunderFacts> funders(Collection<Long> funderIds);

    /** Where mail to a funder goes: its enabled users, each with their language. */
    List<FunderFacts.Contact> funderContacts(long funderId);
}
