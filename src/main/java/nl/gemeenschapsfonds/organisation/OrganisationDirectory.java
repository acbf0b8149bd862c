package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Organisations}: the only reader of the {@code organisation} and {@code funder} tables for other modules. */
@Service
class OrganisationDirectory implements Organisations {

    private static final String ORGANISATION = """
            select id, legal_name, kvk_number, legal_form, street, postcode, city, municipality_code, iban,
                   account_holder, phone
            from organisation""";

    private static final String FUNDER = """
            select id, name, kind, active, kvk_number, contact_name, contact_email, contact_phone from funder""";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    OrganisationDirectory(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationFacts> organisation(long organisationId) {
        return jdbc.sql(ORGANISATION + " where id = ?").param(organisationId).query(OrganisationDirectory::organisation)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, OrganisationFacts> organisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(ORGANISATION + " where id in (:ids)").param("ids", List.copyOf(organisationIds))
                .query(OrganisationDirectory::organisation).list().stream()
                .collect(Collectors.toMap(OrganisationFacts::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idByKvkNumber(String kvkNumber) {
        return kvkNumber == null ? Optional.empty()
                : jdbc.sql("select id from organisation where kvk_number = ?").param(kvkNumber).query(Long.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FunderFacts> funder(long funderId) {
        return jdbc.sql(FUNDER + " where id = ?").param(funderId).query(OrganisationDirectory::funder).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, FunderFacts> funders(Collection<Long> funderIds) {
        if (funderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(FUNDER + " where id in (:ids)").param("ids", List.copyOf(funderIds))
                .query(OrganisationDirectory::funder).list().stream()
                .collect(Collectors.toMap(FunderFacts::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FunderFacts.Contact> funderContacts(long funderId) {
        return accounts.enabledUsersOfFunder(funderId).stream()
                .map(user -> new FunderFacts.Contact(user.email(), user.language())).toList();
    }

    private static OrganisationFacts organisation(ResultSet rs, int row) throws SQLException {
        String legalForm = rs.getString("legal_form");
        return new OrganisationFacts(rs.getLong("id"), rs.getString("legal_name"), rs.getString("kvk_number"),
                legalForm == null ? null : LegalForm.valueOf(legalForm), rs.getString("street"), rs.getString("postcode"),
                rs.getString("city"), rs.getString("municipality_code"), rs.getString("iban"),
                rs.getString("account_holder"), rs.getString("phone"));
    }

    private static FunderFacts funder(ResultSet rs, int row) throws SQLException {
        return new FunderFacts(rs.getLong("id"), rs.getString("name"), FunderKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"), rs.getString("kvk_number"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"));
    }
}
