package nl.gemeenschapsfonds.security;

import java.util.List;

/**
 * Plain HTTP paths outside Vaadin (a download controller, say) that any signed-in user may request;
 * the feature declares a bean of this, and its service checks role and scope. Without it the Vaadin
 * filter chain denies every path that is not a view. Anonymous requests are sent to the sign-in page.
 */
public record SignedInRequests(List<String> patterns) {

    public SignedInRequests {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty() || patterns.stream().anyMatch(pattern -> !pattern.startsWith("/"))) {
            throw new IllegalArgumentException("Patterns must start with '/': " + patterns);
        }
    }

    public static SignedInRequests of(String... patterns) {
        return new SignedInRequests(List.of(patterns));
    }
}
