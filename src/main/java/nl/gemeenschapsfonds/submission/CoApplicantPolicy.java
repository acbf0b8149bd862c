package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.KvkNumber;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether a partner organisation may be named on an application (issue 21, ADR 0030): by the KvK number of an
 * organisation registered here, not the applying organisation itself, each once, and always with its role.
 * Each problem names its field, so the wizard shows it there.
 */
final class CoApplicantPolicy {

    static final String KVK = "coApplicantKvk";
    static final String ROLE = "coApplicantRole";
    static final int ROLE_MAX = 200;

    private CoApplicantPolicy() {
    }

    /**
     * The problems with naming the organisation that has {@code kvkNumber} ({@code registered}: its id if one is
     * registered) as partner in {@code role}, on an application of {@code lead} that names {@code named} already.
     */
    static List<Problem> problems(String kvkNumber, String role, Optional<Long> registered, long lead,
                                  Collection<Long> named) {
        List<Problem> problems = new ArrayList<>();
        if (kvkNumber == null || kvkNumber.isBlank()) {
            problems.add(new Problem(KVK, "coapp.kvk.required"));
        } else if (!KvkNumber.isValid(kvkNumber)) {
            problems.add(new Problem(KVK, "coapp.kvk.format"));
        } else if (registered.isEmpty()) {
            problems.add(new Problem(KVK, "coapp.kvk.unknown", new KvkNumber(kvkNumber).value()));
        } else if (registered.get() == lead) {
            problems.add(new Problem(KVK, "coapp.kvk.own"));
        } else if (named.contains(registered.get())) {
            problems.add(new Problem(KVK, "coapp.kvk.duplicate"));
        }
        problems.addAll(roleProblems(role));
        return problems;
    }

    /** A role is required and fits its column. */
    static List<Problem> roleProblems(String role) {
        if (role == null || role.isBlank()) {
            return List.of(new Problem(ROLE, "coapp.role.required"));
        }
        if (role.strip().length() > ROLE_MAX) {
            return List.of(new Problem(ROLE, "coapp.role.tooLong", ROLE_MAX));
        }
        return List.of();
    }
}
