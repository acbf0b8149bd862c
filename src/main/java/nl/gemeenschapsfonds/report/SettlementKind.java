package nl.gemeenschapsfonds.report;

/**
 * How a grant is settled: at once with the decision (a small grant, no report), after the final report, or on the
 * authority's own motion (ambtshalve, Awb 4:44 lid 3–4) when no final report came after a reminder with a new term.
 */
public enum SettlementKind {
    AT_ONCE, REPORT, OWN_MOTION
}
