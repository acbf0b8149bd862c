package nl.gemeenschapsfonds.fund;

public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED
}
