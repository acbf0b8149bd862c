package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.security.Role;

/** The demo users the demo data loader creates, one per role (see README.md). */
public final class DemoUsers {

    public static final String PASSWORD = "Welkom-demo-2027";
    public static final String APPLICANT = "aanvrager@gemeenschapsfonds.test";
    public static final String APPLICANT_WELSUM = "aanvrager.welsum@gemeenschapsfonds.test";
    public static final String REVIEWER = "beoordelaar@gemeenschapsfonds.test";
    public static final String DECISION_MAKER = "budgethouder@gemeenschapsfonds.test";
    public static final String FINANCE = "financien@gemeenschapsfonds.test";
    public static final String FUNDER = "financier@gemeenschapsfonds.test";
    public static final String ADMIN = "beheerder@gemeenschapsfonds.test";

    private DemoUsers() {
    }

    public static String of(Role role) {
        return switch (role) {
            case APPLICANT -> APPLICANT;
            case REVIEWER -> REVIEWER;
            case DECISION_MAKER -> DECISION_MAKER;
            case FINANCE -> FINANCE;
            case FUNDER -> FUNDER;
            case ADMIN -> ADMIN;
        };
    }
}
