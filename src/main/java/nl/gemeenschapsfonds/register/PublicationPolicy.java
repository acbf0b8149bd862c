package nl.gemeenschapsfonds.register;

import java.util.Set;

/**
 * Who may be named in the register: organisations that are legal persons only (vereniging, stichting, coöperatie,
 * bv). A legal form "other" may be a sole trader or a natural person, whose name the register never publishes
 * (AVG; the register lists organisations only), so it is left out, as is an organisation without a legal form.
 */
public final class PublicationPolicy {

    private static final Set<String> LEGAL_PERSONS = Set.of("VERENIGING", "STICHTING", "COOPERATIE", "BV");

    private PublicationPolicy() {
    }

    public static boolean mayName(String legalForm) {
        return legalForm != null && LEGAL_PERSONS.contains(legalForm);
    }
}
