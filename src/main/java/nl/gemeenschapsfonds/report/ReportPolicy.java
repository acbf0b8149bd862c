package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a report, pure: what can be stored while typing (nothing that the database cannot hold), what a
 * submitted report must contain, what a reviewer's request for more needs, and which files are accepted (by their
 * first bytes, never their name). Each problem names its field, as the form does.
 */
public final class ReportPolicy {

    /** The longest text a report field takes. */
    public static final int MAX_TEXT = 4000;

    private ReportPolicy() {
    }

    /** Only what cannot be stored: a text too long, visitors out of range, a negative or oversized amount. */
    public static List<Problem> storableProblems(ReportForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.activities() != null && form.activities().length() > MAX_TEXT) {
            problems.add(new Problem("activities", "validation.tooLong", MAX_TEXT));
        }
        if (form.lonelinessChange() != null && form.lonelinessChange().length() > MAX_TEXT) {
            problems.add(new Problem("lonelinessChange", "validation.tooLong", MAX_TEXT));
        }
        if (form.visitorsPerWeek() != null && (form.visitorsPerWeek() < 0 || form.visitorsPerWeek() > 100_000)) {
            problems.add(new Problem("visitorsPerWeek", "validation.between", 0, 100_000));
        }
        form.spent().forEach((position, amount) -> amount(problems, "spent-" + position, amount));
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            amount(problems, "pledge-" + receipt.pledgeId(), receipt.amount());
        }
        return problems;
    }

    /**
     * Everything filled in: activities, visitors, what changed, the money spent on every cost line (by position), both
     * date (not after {@code today}) and amount for every pledge that arrived; and an accountant's statement when
     * {@code accountantThreshold} is not null (the grant is above it) and none is attached.
     */
    public static List<Problem> submitProblems(ReportForm form, Collection<Integer> costLinePositions, LocalDate today,
                                               boolean accountantAttached, BigDecimal accountantThreshold) {
        List<Problem> problems = storableProblems(form);
        if (blank(form.activities())) {
            problems.add(new Problem("activities", "report.validation.activitiesRequired"));
        }
        if (form.visitorsPerWeek() == null) {
            problems.add(new Problem("visitorsPerWeek", "report.validation.visitorsRequired"));
        }
        if (blank(form.lonelinessChange())) {
            problems.add(new Problem("lonelinessChange", "report.validation.lonelinessRequired"));
        }
        for (Integer position : costLinePositions) {
            if (form.spent().get(position) == null) {
                problems.add(new Problem("spent-" + position, "report.validation.spentRequired"));
            }
        }
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            if ((receipt.receivedOn() == null) != (receipt.amount() == null)) {
                problems.add(new Problem("pledge-" + receipt.pledgeId(), "report.validation.receiptBoth"));
            } else if (receipt.receivedOn() != null && receipt.receivedOn().isAfter(today)) {
                problems.add(new Problem("pledge-" + receipt.pledgeId(), "report.validation.receiptFuture"));
            }
        }
        if (accountantThreshold != null && !accountantAttached) {
            // an amount: the screen writes it the user's way (ProblemMessages)
            problems.add(new Problem("attachments", "report.validation.accountantRequired", accountantThreshold));
        }
        return problems;
    }

    /** A request for more needs its text (at most {@link #MAX_TEXT}) and a term of 1 to 90 days. */
    public static List<Problem> moreAskedProblems(String request, Integer days) {
        List<Problem> problems = new ArrayList<>();
        if (blank(request)) {
            problems.add(new Problem("moreText", "report.validation.moreTextRequired"));
        } else if (request.length() > MAX_TEXT) {
            problems.add(new Problem("moreText", "validation.tooLong", MAX_TEXT));
        }
        if (!termInDays(days)) {
            problems.add(new Problem("moreDays", "validation.between", 1, 90));
        }
        return problems;
    }

    /** A term the reviewer gives: 1 to 90 days. */
    public static boolean termInDays(Integer days) {
        return days != null && days >= 1 && days <= 90;
    }

    /** The type by the file's first bytes, never by its name: PDF, JPEG or PNG. */
    public static Optional<String> mediaType(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** A file name as stored: letters, digits, spaces and {@code ._()-} only, at most 200 characters. */
    public static String fileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "bestand" : fileName.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void amount(List<Problem> problems, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            problems.add(new Problem(field, "validation.notNegative"));
        } else if (amount != null && !Amounts.storable(amount)) {
            problems.add(new Problem(field, "validation.amount"));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
