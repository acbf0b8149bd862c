package nl.gemeenschapsfonds.submission;

/** What a cost line is for. */
public enum CostCategory {
    CONSTRUCTION, SUSTAINABILITY, FURNISHING, STAFF, ACTIVITIES, OPERATING, OTHER
}
