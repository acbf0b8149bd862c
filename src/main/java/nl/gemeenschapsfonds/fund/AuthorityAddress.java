package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The postal address of the authority that owns the funds and calls: where an applicant sends an
 * objection (bezwaar) to a decision. The authority's ADMIN sets it; letters print it.
 */
@Service
public class AuthorityAddress {

    static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    AuthorityAddress(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The name and postal address of the signed-in administrator's authority (address empty when not set). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Postal mine() {
        long authority = currentUser.require().requireAuthority();
        return jdbc.sql("select name, postal_address from authority where id = ?").param(authority)
                .query((rs, row) -> new Postal(rs.getString(1), rs.getString(2))).single();
    }

    /** Sets the postal address of the administrator's own authority; lines as typed, blank lines dropped. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveMine(String postalAddress) {
        String address = postalAddress == null ? "" : postalAddress.lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        if (address.isEmpty()) {
            throw new InvalidInputException("postalAddress", "authorityAddress.required");
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidInputException("postalAddress", "validation.tooLong", MAX_LENGTH);
        }
        PostalAddressPolicy.problem(address).ifPresent(problem -> {
            throw new InvalidInputException("postalAddress", problem);
        });
        long authority = currentUser.require().requireAuthority();
        List<String> rows = jdbc.sql("select postal_address from authority where id = ?").param(authority)
                .query(String.class).list();
        String before = rows.isEmpty() ? null : rows.getFirst();
        jdbc.sql("update authority set postal_address = ? where id = ?").params(address, authority).update();
        audit.record("AUTHORITY_ADDRESS", "Authority", authority, before, address, null);
    }

    /** The postal address of the authority that owns this call, for its letters; empty when not set. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> ofCall(long callId) {
        return jdbc.sql("""
                        select a.postal_address from authority a join fund f on f.authority_id = a.id
                        join grant_call c on c.fund_id = f.id where c.id = ?""")
                .param(callId).query(String.class).optional().filter(address -> address != null && !address.isBlank());
    }

    /** An authority's name and postal address (null when not set). */
    public record Postal(String name, String address) {
    }
}
