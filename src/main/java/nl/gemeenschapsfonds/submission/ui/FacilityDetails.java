package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.KindOfWork;

import java.util.Set;

/** Step 2 of the wizard as a record: the facility and the kind of work. */
public record FacilityDetails(FacilityType facilityType, String facilityName, String facilityStreet, String facilityPostcode,
                       String facilityCity, String facilityMunicipalityCode, KindOfWork kindOfWork) {

    static FacilityDetails of(ApplicationDraft draft) {
        return new FacilityDetails(draft.facilityType(), draft.facilityName(), draft.facilityStreet(), draft.facilityPostcode(),
                draft.facilityCity(), draft.facilityMunicipalityCode(), draft.kindOfWork());
    }

    /**
     * What to save of what is typed: a field the last save refused ({@code keepSaved}) keeps its saved value, and a
     * postcode that is no postcode is not saved (it stays on screen with its message).
     */
    FacilityDetails toSave(FacilityDetails saved, Set<String> keepSaved) {
        return new FacilityDetails(facilityType, pick(keepSaved, "facilityName", facilityName, saved.facilityName),
                pick(keepSaved, "facilityStreet", facilityStreet, saved.facilityStreet),
                keepSaved.contains("facilityPostcode") ? saved.facilityPostcode
                        : Postcode.isValid(facilityPostcode) ? facilityPostcode : null,
                pick(keepSaved, "facilityCity", facilityCity, saved.facilityCity), facilityMunicipalityCode, kindOfWork);
    }

    static <T> T pick(Set<String> keepSaved, String name, T typed, T saved) {
        return keepSaved.contains(name) ? saved : typed;
    }
}
