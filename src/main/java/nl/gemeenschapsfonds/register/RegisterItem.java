package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.fund.FacilityType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SortedMap;

/** A published grant: only what is public. */
public record RegisterItem(long applicationId, String reference, String authorityCode, String authorityName, long callId,
                           String callTitleNl, String callTitleEn, String organisationName, String kvkNumber,
                           String municipalityCode, String municipalityName, String title, String description,
                           FacilityType facilityType, String facilityMunicipalityCode, String facilityMunicipalityName,
                           boolean partly, BigDecimal amountRequested, BigDecimal grantedTotal,
                           SortedMap<Integer, BigDecimal> grantedPerYear, BigDecimal settledAmount, LocalDate settledOn,
                           LocalDate decisionDate, LocalDate startDate, LocalDate endDate, Instant updatedAt,
                           long authorityId) {

    public RegisterStatus status() {
        return settledAmount == null ? RegisterStatus.GRANTED : RegisterStatus.SETTLED;
    }

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }
}
