package nl.gemeenschapsfonds.register;

/** A listed grant is granted until it is settled. */
public enum RegisterStatus {
    GRANTED, SETTLED
}
