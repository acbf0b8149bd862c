package nl.gemeenschapsfonds.register;

import java.util.List;

/**
 * One page of the register, read by keyset: {@code next} is the cursor of the page after it, or null on the last
 * page. There is no count of all pages: that would read every row on every page.
 */
public record RegisterPage(List<RegisterItem> items, String next) {
}
