/**
 * The shared kernel: translations, formats of money and dates, the embedded database, and the
 * application shell (layout, error pages). No business rules, and no dependency on a feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.gemeenschapsfonds.base;
