package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What applicants rely on once a call is published: who may apply, how the money is divided, the
 * maximum grant, the co-financing rules (and what counts for them), the amount settled at once, and the
 * assessment criteria with their weights. Changing any of these after publication is an amendment: it
 * needs a reason, is audited and shown on the public page of the call (Awb 4:25 and legal certainty:
 * the rules are known before an application is made). Texts, dates and deadlines stay editable; a
 * ceiling may not go below what is committed (the ledger refuses it).
 */
public final class CallAmendments {

    /** The fewest characters (without the spaces around) of a reason applicants can read something in, e.g. "x" is none. */
    public static final int MIN_REASON_LENGTH = 20;

    private CallAmendments() {
    }

    /** Whether the reason says something: at least {@value #MIN_REASON_LENGTH} characters and two words. */
    public static boolean explains(String reason) {
        String text = reason == null ? "" : reason.strip();
        return text.length() >= MIN_REASON_LENGTH && text.split("\\s+").length >= 2;
    }

    /**
     * The settings applicants relied on that differ between the published call and the new data, as the
     * keys of their labels in the call editor (e.g. {@code call.minPrivateShare}); empty when nothing they
     * relied on changes.
     */
    public static List<String> reliedOnChanges(CallData published, CallData changed) {
        List<String> changes = new ArrayList<>();
        if (!published.facilityTypes().equals(changed.facilityTypes())) {
            changes.add("call.facilityTypes");
        }
        if (published.allocationMethod() != changed.allocationMethod()) {
            changes.add("call.allocationMethod");
        }
        amount(changes, "call.maxGrant", published.maxGrant(), changed.maxGrant());
        amount(changes, "call.minPrivateShare", published.minPrivateSharePercent(), changed.minPrivateSharePercent());
        if (published.minPrivateSharePercent() != null && !published.privateShareCounts().equals(changed.privateShareCounts())) {
            changes.add("call.privateShareCounts");
        }
        amount(changes, "call.maxFundShare", published.maxFundSharePercent(), changed.maxFundSharePercent());
        amount(changes, "call.maxInKindShare", published.maxInKindSharePercent(), changed.maxInKindSharePercent());
        if (published.grantMaxMunicipal() != changed.grantMaxMunicipal()) {
            changes.add("call.grantMaxMunicipal");
        }
        amount(changes, "call.settleAtOnceUpTo", published.settleAtOnceUpTo(), changed.settleAtOnceUpTo());
        if (!sameCriteria(published.criteria(), changed.criteria())) {
            changes.add("call.section.criteria");
        }
        return changes;
    }

    private static void amount(List<String> changes, String key, BigDecimal before, BigDecimal after) {
        boolean same = before == null || after == null ? Objects.equals(before, after) : before.compareTo(after) == 0;
        if (!same) {
            changes.add(key);
        }
    }

    private static boolean sameCriteria(List<Criterion> before, List<Criterion> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Criterion a = before.get(i);
            Criterion b = after.get(i);
            if (!Objects.equals(a.nameNl(), b.nameNl()) || !Objects.equals(a.nameEn(), b.nameEn())
                    || a.maxScore() != b.maxScore() || a.weight().compareTo(b.weight()) != 0) {
                return false;
            }
        }
        return true;
    }
}
