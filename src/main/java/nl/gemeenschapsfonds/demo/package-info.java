/** Demo data for the embedded default: never loaded with the prod profile. */
package nl.gemeenschapsfonds.demo;
