package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.SignInCheck;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users of a funder that is not active (waiting for an administrator, rejected, or switched off) cannot sign in. */
@Component
class FunderSignIn implements SignInCheck {

    private final JdbcClient jdbc;

    FunderSignIn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean allows(SignedInUser user) {
        if (user.role() != Role.FUNDER || user.funderId() == null) {
            return true;
        }
        return jdbc.sql("select active from funder where id = ?").param(user.funderId()).query(Boolean.class)
                .optional().orElse(false);
    }
}
