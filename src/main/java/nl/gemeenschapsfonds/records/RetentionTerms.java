package nl.gemeenschapsfonds.records;

import java.util.EnumMap;
import java.util.Map;

/** The retention terms of a fund in years, one per closing outcome: what the administrator's form edits. */
public record RetentionTerms(Integer refused, Integer notConsidered, Integer withdrawn, Integer settled, Integer repaid) {

    public static RetentionTerms of(RetentionPolicy policy) {
        return new RetentionTerms(policy.years(RetentionOutcome.REFUSED), policy.years(RetentionOutcome.NOT_CONSIDERED),
                policy.years(RetentionOutcome.WITHDRAWN), policy.years(RetentionOutcome.SETTLED),
                policy.years(RetentionOutcome.REPAID));
    }

    public Map<RetentionOutcome, Integer> asMap() {
        Map<RetentionOutcome, Integer> map = new EnumMap<>(RetentionOutcome.class);
        map.put(RetentionOutcome.REFUSED, refused);
        map.put(RetentionOutcome.NOT_CONSIDERED, notConsidered);
        map.put(RetentionOutcome.WITHDRAWN, withdrawn);
        map.put(RetentionOutcome.SETTLED, settled);
        map.put(RetentionOutcome.REPAID, repaid);
        return map;
    }

    /** The form's field for an outcome (the Binder's property name, also the field of a refusal). */
    public static String field(RetentionOutcome outcome) {
        return switch (outcome) {
            case REFUSED -> "refused";
            case NOT_CONSIDERED -> "notConsidered";
            case WITHDRAWN -> "withdrawn";
            case SETTLED -> "settled";
            case REPAID -> "repaid";
            case GRANTED -> throw new IllegalArgumentException("no term for GRANTED");
        };
    }
}
