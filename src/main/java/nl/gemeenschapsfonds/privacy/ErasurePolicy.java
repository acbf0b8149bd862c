package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationContacts;

import java.util.List;
import java.util.Optional;

/**
 * When a person may be erased (issue 17 item 4): an applicant or funder user who is not the only contact of an open
 * application — the authority must be able to reach the applicant while the procedure or the grant runs, so another
 * contact is set first. Staff accounts are not erased: what staff did are acts of the authority, kept under the
 * Archiefwet; their accounts are switched off instead. Nobody erases their own account, and an account only once.
 */
final class ErasurePolicy {

    private ErasurePolicy() {
    }

    static Optional<ErasureRefusedException> refusal(UserAccounts.AccountFacts person, long adminId,
                                                     List<ApplicationContacts.OpenApplication> openAsContact) {
        if (person.erased()) {
            return Optional.of(new ErasureRefusedException("privacy.erase.already", List.of()));
        }
        if (person.id() == adminId) {
            return Optional.of(new ErasureRefusedException("privacy.erase.self", List.of()));
        }
        if (person.role().isStaff()) {
            return Optional.of(new ErasureRefusedException("privacy.erase.staff", List.of()));
        }
        if (!openAsContact.isEmpty()) {
            return Optional.of(new ErasureRefusedException("privacy.erase.onlyContact", List.of(String.join(", ",
                    openAsContact.stream().map(ApplicationContacts.OpenApplication::reference).toList()))));
        }
        return Optional.empty();
    }
}
