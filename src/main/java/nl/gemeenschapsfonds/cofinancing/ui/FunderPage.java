package nl.gemeenschapsfonds.cofinancing.ui;

/** A page for a funder's users: it opens only while the funder is active ({@link FunderPageGuard}). */
interface FunderPage {
}
