package nl.gemeenschapsfonds.cofinancing;

public enum PledgeKind {
    CASH, IN_KIND
}
