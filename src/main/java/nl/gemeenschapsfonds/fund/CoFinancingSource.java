package nl.gemeenschapsfonds.fund;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of private co-financing a call's "private co-financing at least x%" rule may count: money of
 * private funders, the organisation's own money, and work in kind (volunteer hours × hourly rate). The
 * administrator sets per call which count; the applicant reads it in the rule, the overview uses the same words.
 */
public enum CoFinancingSource {
    PRIVATE_FUNDERS("funders"), OWN_FUNDS("own"), IN_KIND("inKind");

    /** What the rule counted before a call could say it: all three. */
    public static final Set<CoFinancingSource> ALL = Set.copyOf(EnumSet.allOf(CoFinancingSource.class));

    private final String code;

    CoFinancingSource(String code) {
        this.code = code;
    }

    /** The part of a translation key that names this source, e.g. {@code cofinancingSource.funders}. */
    public String code() {
        return code;
    }

    /** The words for this source, the same as the co-financing overview's ("Private financiers", "Eigen middelen", "In natura"). */
    public String labelKey() {
        return switch (this) {
            case PRIVATE_FUNDERS -> "cofinOverview.private";
            case OWN_FUNDS -> "cofinOverview.own";
            case IN_KIND -> "cofinOverview.inKind";
        };
    }

    /** The words for a set of sources, e.g. "private financiers en eigen middelen": key {@code cofinancingSources.<codes>}. */
    public static String wordsKey(Set<CoFinancingSource> sources) {
        return "cofinancingSources." + codes(sources);
    }

    /** "funders.own" for private funders and own money: in this order, for translation keys. */
    public static String codes(Set<CoFinancingSource> sources) {
        return EnumSet.copyOf(sources).stream().map(CoFinancingSource::code).collect(Collectors.joining("."));
    }

    /** As stored: "PRIVATE_FUNDERS,OWN_FUNDS". */
    static String stored(Set<CoFinancingSource> sources) {
        if (sources == null || sources.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(sources).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<CoFinancingSource> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return ALL;
        }
        EnumSet<CoFinancingSource> sources = EnumSet.noneOf(CoFinancingSource.class);
        for (String name : stored.split(",")) {
            sources.add(valueOf(name.trim()));
        }
        return Set.copyOf(sources);
    }
}
