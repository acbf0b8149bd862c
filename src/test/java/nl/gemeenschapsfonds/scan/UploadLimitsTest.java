package nl.gemeenschapsfonds.scan;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Tomcat's limits on request bodies match the largest upload the application takes, so none is cut off early or swallowed unbounded. */
class UploadLimitsTest {

    @Test
    void multipart_and_swallow_limits_cover_the_largest_upload_with_room_only_for_the_framing() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UploadLimitsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        long largest = Long.parseLong(properties.getProperty("app.attachments.max-bytes"));
        for (String limit : new String[]{"server.tomcat.max-swallow-size", "spring.servlet.multipart.max-file-size",
                "spring.servlet.multipart.max-request-size"}) {
            long bytes = DataSize.parse(properties.getProperty(limit)).toBytes();
            assertThat(bytes).as(limit).isBetween(largest, largest + 2 * 1024 * 1024);
        }
    }
}
