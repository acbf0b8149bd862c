package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.security.OrganisationsByKvk;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Answers security's question which organisation has a KvK number, for a first eHerkenning sign-in. */
@Component
class KvkDirectory implements OrganisationsByKvk {

    private final OrganisationRepository organisations;

    KvkDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organisationWithKvk(String kvkNumber) {
        return organisations.findByKvkNumber(kvkNumber).map(Organisation::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> kvkOf(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getKvkNumber);
    }
}
