package nl.gemeenschapsfonds.records;

/** Why an application's records may not be destroyed for now (a legal hold). */
public enum HoldKind {
    OBJECTION, APPEAL, FRAUD_INVESTIGATION
}
