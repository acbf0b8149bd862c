package nl.gemeenschapsfonds.security;

/**
 * The six roles of the product. A user has one. The constants below are for
 * {@code @RolesAllowed} and {@code @PreAuthorize}, which need compile-time strings.
 */
public enum Role {
    APPLICANT, REVIEWER, DECISION_MAKER, FINANCE, FUNDER, ADMIN;

    public static final String APPLICANT_ = "APPLICANT";
    public static final String REVIEWER_ = "REVIEWER";
    public static final String DECISION_MAKER_ = "DECISION_MAKER";
    public static final String FINANCE_ = "FINANCE";
    public static final String FUNDER_ = "FUNDER";
    public static final String ADMIN_ = "ADMIN";

    /** Staff roles work for an authority (a municipality or the national fund). */
    public boolean isStaff() {
        return this == REVIEWER || this == DECISION_MAKER || this == FINANCE || this == ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
