package nl.gemeenschapsfonds.submission;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a file is, from its bytes alone (Apache Tika's magic numbers and the OOXML container
 * detectors). The name is deliberately not given to Tika: an executable called {@code begroting.pdf}
 * is {@code application/x-msdownload}.
 */
@Component
class ContentSniffer {

    private final Detector detector = new DefaultDetector();

    /** The base media type, e.g. {@code application/pdf}; {@code application/octet-stream} when unknown. */
    String detect(byte[] content) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return detector.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
