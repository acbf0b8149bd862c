package nl.gemeenschapsfonds.organisation;

/** The legal form of an applicant organisation; labels under {@code legalForm.<NAME>} in the translations. */
public enum LegalForm {
    VERENIGING, STICHTING, COOPERATIE, BV, OTHER
}
