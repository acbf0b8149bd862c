package nl.gemeenschapsfonds.security;

import java.util.Optional;

/**
 * Finds the applicant organisation with a KvK number, for a first eHerkenning sign-in. The organisation
 * feature implements it; security knows nothing of organisations beyond this question.
 */
public interface OrganisationsByKvk {

    /** The id of the organisation registered with this KvK number (8 digits), if any. */
    Optional<Long> organisationWithKvk(String kvkNumber);

    /** The KvK number of this organisation, if it has one. */
    Optional<String> kvkOf(long organisationId);
}
