package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.submission.TestApplications;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the wizard's attachments step (the kind, the upload and its button) fits in 320 CSS px, the width
 * WCAG 1.4.10 names, without anything scrolling sideways.
 */
class AttachmentsStepReflowBrowserIT extends BrowserTest {

    @Autowired
    TestApplications applications;

    @Test
    @SuppressWarnings("unchecked")
    void the_attachments_step_fits_in_320_css_pixels() {
        long draft = applications.draft(applications.newCall(), DemoUsers.APPLICANT);
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        open("login");
        login(DemoUsers.APPLICANT, DemoUsers.PASSWORD);
        waitForId("my-applications-view");
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            open("applications/" + draft + "/edit?step=6");
            waitForId("attachments-upload");
            List<String> tooWide = (List<String>) js("""
                    const found = [];
                    const scan = root => {
                        for (const element of root.querySelectorAll('*')) {
                            const style = getComputedStyle(element);
                            if (['auto', 'scroll'].includes(style.overflowX) && element.clientWidth > 0
                                    && element.scrollWidth > element.clientWidth + 1) {
                                found.push(element.localName + (element.id ? '#' + element.id : '')
                                    + (element.getAttribute('part') ? '[part=' + element.getAttribute('part') + ']' : '')
                                    + ' scrolls sideways: ' + element.scrollWidth + ' px in ' + element.clientWidth + ' px');
                            }
                            if (element.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                                    && element.getBoundingClientRect().width > 0) {
                                found.push(element.localName + (element.id ? '#' + element.id : '')
                                    + (element.getAttribute('part') ? '[part=' + element.getAttribute('part') + ']' : '')
                                    + (element.getAttribute('slot') ? '[slot=' + element.getAttribute('slot') + ']' : '')
                                    + ' ends at ' + Math.round(element.getBoundingClientRect().right) + ' px, '
                                    + Math.round(element.getBoundingClientRect().width) + ' px wide');
                            }
                            if (element.shadowRoot) {
                                scan(element.shadowRoot);
                            }
                        }
                    };
                    scan(document);
                    return found;""");
            assertThat(tooWide).as("what is wider than 320 px on the attachments step").isEmpty();
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
