package nl.gemeenschapsfonds.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo staff sign in without a second factor, so {@code ./mvnw} shows every role in one step: the
 * embedded default lists their addresses in {@code app.identity.demo-without-second-factor}. The prod
 * profile refuses to start with any address there: in production every staff account has a second factor.
 */
@Component
class SecondFactorExemptions {

    static final String PROPERTY = "app.identity.demo-without-second-factor";

    private final Set<String> addresses;

    SecondFactorExemptions(Environment environment, @Value("${" + PROPERTY + ":}") String addresses) {
        this.addresses = Arrays.stream(addresses.split(","))
                .map(address -> address.strip().toLowerCase(Locale.ROOT))
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (!this.addresses.isEmpty() && environment.matchesProfiles("prod")) {
            throw new IllegalStateException(PROPERTY + " is for the demo only; the prod profile does not start with it set ("
                    + this.addresses.size() + " address(es)). Remove it: every staff account needs a second factor.");
        }
    }

    boolean exempt(String email) {
        return addresses.contains(email.toLowerCase(Locale.ROOT));
    }
}
