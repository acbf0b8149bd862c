package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.submission.KindOfWork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A project page for a funder: the marketplace facts, the financing plan's totals and the funder's own
 * pledges. Other funders' pledges appear only in the total pledged, never one by one. {@code condition} is the
 * grant's co-financing condition, or null. {@code story} is what the project is and where: the description,
 * the activities and the facility, as the applicant wrote them.
 */
public record ProjectForFunder(MarketplaceItem project, SortedMap<Integer, BigDecimal> costsPerYear,
                               BigDecimal grant, BigDecimal municipal, BigDecimal coFinancing, BigDecimal privateFunding,
                               SortedSet<Integer> years, boolean openForPledges, List<PledgeItem> myPledges,
                               CoFinancingCondition condition, Story story) {

    /** The project in the applicant's words, and the place: name, street, postcode and town, the kind of work. */
    public record Story(String description, String activities, String facilityName, String facilityStreet,
                        String facilityPostcode, String facilityCity, KindOfWork kindOfWork,
                        LocalDate startDate, LocalDate endDate) {
    }
}
