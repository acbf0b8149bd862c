package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.fund.FacilityType;

/** What the register is narrowed to; every part may be empty. {@code year}: a budget year with money granted. */
public record RegisterFilter(String authorityCode, Long callId, Integer year, FacilityType facilityType,
                             String municipalityCode) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, null);

    public RegisterFilter {
        authorityCode = blankToNull(authorityCode);
        municipalityCode = blankToNull(municipalityCode);
    }

    public RegisterFilter withAuthority(String code) {
        return new RegisterFilter(code, callId, year, facilityType, municipalityCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
