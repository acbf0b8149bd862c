package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.KvkNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a funder's details must be, as the administrator saves them and as a funder registers itself (pure Java,
 * {@code FunderPolicyTest}). Each problem names its field. Whether a name or KvK number is taken already the caller
 * answers (the database's unique indexes guard it too).
 */
final class FunderPolicy {

    static final int MAX_NAME = 200;

    private FunderPolicy() {
    }

    /**
     * The problems of a funder as the administrator saves it: {@code name} (required, unique, at most 200),
     * {@code kind}, {@code kvkNumber} (8 digits, unique), {@code contactName}, {@code contactEmail}, {@code contactPhone}.
     */
    static List<Problem> problemsOf(FunderData data, Predicate<String> nameTaken, Predicate<String> kvkTaken) {
        List<Problem> problems = new ArrayList<>();
        AccountInput.text("name", data.name(), MAX_NAME, problems);
        if (!data.name().isBlank() && nameTaken.test(data.name())) {
            problems.add(new Problem("name", "funders.validation.nameTaken"));
        }
        if (data.kind() == null) {
            problems.add(new Problem("kind", "validation.required"));
        }
        if (data.kvkNumber() != null) {
            if (!KvkNumber.isValid(data.kvkNumber())) {
                problems.add(new Problem("kvkNumber", "organisation.validation.kvk"));
            } else if (kvkTaken.test(data.kvkNumber())) {
                problems.add(new Problem("kvkNumber", "funders.validation.kvkTaken"));
            }
        }
        if (data.contactName() != null && data.contactName().length() > MAX_NAME) {
            problems.add(new Problem("contactName", "validation.tooLong", MAX_NAME));
        }
        if (data.contactEmail() != null && !AccountInput.isEmail(data.contactEmail())) {
            problems.add(new Problem("contactEmail", "account.validation.email"));
        }
        if (data.contactPhone() != null && !OrganisationProfiles.PHONE.matcher(data.contactPhone()).matches()) {
            problems.add(new Problem("contactPhone", "organisation.validation.phone"));
        }
        return problems;
    }

    /**
     * The problems of a funder's own registration: {@code name}, {@code kind}, {@code contactName}, {@code email},
     * {@code password}, {@code passwordRepeat}, and a name taken already.
     */
    static List<Problem> problemsOf(FunderRegistrationData data, Predicate<String> nameTaken) {
        List<Problem> problems = new ArrayList<>();
        AccountInput.text("name", data.name(), MAX_NAME, problems);
        if (data.kind() == null) {
            problems.add(new Problem("kind", "validation.required"));
        }
        AccountInput.text("contactName", data.contactName(), MAX_NAME, problems);
        AccountInput.email("email", data.email(), problems);
        AccountInput.password(data.password(), data.passwordRepeat(), data.email(), problems);
        if (!data.name().isBlank() && nameTaken.test(data.name())) {
            problems.add(new Problem("name", "funders.validation.nameTaken"));
        }
        return problems;
    }
}
