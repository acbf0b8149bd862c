/** Letters and mail bodies from Thymeleaf templates that an authority can override in its own folder. */
package nl.gemeenschapsfonds.base.templates;
