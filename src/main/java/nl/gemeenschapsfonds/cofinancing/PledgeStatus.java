package nl.gemeenschapsfonds.cofinancing;

public enum PledgeStatus {
    PLEDGED, CONFIRMED, RECEIVED, VERIFIED, WITHDRAWN
}
