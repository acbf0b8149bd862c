package nl.gemeenschapsfonds.fund;

/** The meeting places the Gemeenschapsfonds builds and keeps. */
public enum FacilityType {
    /** buurthuis, dorpshuis */
    COMMUNITY_CENTRE,
    /** verenigingsgebouw */
    ASSOCIATION_BUILDING,
    /** dorpswinkel */
    VILLAGE_SHOP
}
