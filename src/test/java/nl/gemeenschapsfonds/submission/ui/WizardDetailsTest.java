package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.KindOfWork;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the wizard saves of what is typed in steps 2 and 3, when a save refused some fields. */
class WizardDetailsTest {

    private static final FacilityDetails SAVED_FACILITY = new FacilityDetails(FacilityType.COMMUNITY_CENTRE, "Buurthuis",
            "Dorpsstraat 1", "8011 AB", "Zwolle", "GM0193", KindOfWork.RENOVATION);
    private static final ProjectDetails SAVED_PROJECT = new ProjectDetails("Dak", "Een nieuw dak", "Ouderen", 120,
            "Koffie", "Kerk", "Dak vervangen", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    @Test
    void everything_typed_is_saved_when_nothing_was_refused() {
        FacilityDetails typed = new FacilityDetails(FacilityType.COMMUNITY_CENTRE, "Het Anker", "Kade 2", "1234 AB", "Kampen",
                "GM0166", KindOfWork.RENOVATION);

        assertThat(typed.toSave(SAVED_FACILITY, Set.of())).isEqualTo(typed);
    }

    @Test
    void a_refused_field_keeps_its_saved_value_and_the_rest_is_saved_as_typed() {
        FacilityDetails typed = new FacilityDetails(FacilityType.COMMUNITY_CENTRE, "Het Anker", "Kade 2", "1234 AB", "Kampen",
                "GM0166", KindOfWork.RENOVATION);

        FacilityDetails toSave = typed.toSave(SAVED_FACILITY, Set.of("facilityName"));

        assertThat(toSave.facilityName()).isEqualTo("Buurthuis");
        assertThat(toSave.facilityCity()).isEqualTo("Kampen");
    }

    @Test
    void a_postcode_that_is_no_postcode_is_not_saved_and_a_refused_one_keeps_the_saved_one() {
        FacilityDetails typed = new FacilityDetails(null, "", "", "12345", "", null, null);

        assertThat(typed.toSave(SAVED_FACILITY, Set.of()).facilityPostcode()).isNull();
        assertThat(typed.toSave(SAVED_FACILITY, Set.of("facilityPostcode")).facilityPostcode()).isEqualTo("8011 AB");
    }

    @Test
    void a_refused_end_date_keeps_the_saved_pair_of_dates_together() {
        ProjectDetails typed = new ProjectDetails("Dak", "", "", 80, "", "", "", LocalDate.of(2028, 6, 1), LocalDate.of(2028, 1, 1));

        ProjectDetails toSave = typed.toSave(SAVED_PROJECT, Set.of("endDate"), Set.of());

        assertThat(toSave.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(toSave.endDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(toSave.expectedVisitorsPerWeek()).isEqualTo(80);
    }

    @Test
    void a_field_the_browser_could_not_read_keeps_its_saved_value_alone() {
        ProjectDetails typed = new ProjectDetails("Dak", "", "", null, "", "", "", LocalDate.of(2028, 6, 1), null);

        ProjectDetails toSave = typed.toSave(SAVED_PROJECT, Set.of(), Set.of("endDate", "expectedVisitors"));

        assertThat(toSave.endDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(toSave.startDate()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(toSave.expectedVisitorsPerWeek()).isEqualTo(120);
    }
}
