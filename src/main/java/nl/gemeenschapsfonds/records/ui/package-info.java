/** The administrator's screens for retention rules and destruction lists, the staff's retention panel, and the public privacy page. */
package nl.gemeenschapsfonds.records.ui;
