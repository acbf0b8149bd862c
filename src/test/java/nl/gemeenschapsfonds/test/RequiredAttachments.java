package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.submission.AttachmentKind;
import nl.gemeenschapsfonds.submission.AttachmentService;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;

/** Uploads a real small PDF for every required attachment kind, as the signed-in applicant would. */
@Component
public class RequiredAttachments {

    private final AttachmentService attachments;

    RequiredAttachments(AttachmentService attachments) {
        this.attachments = attachments;
    }

    public void addTo(long applicationId) {
        for (AttachmentKind kind : AttachmentKind.REQUIRED) {
            byte[] pdf = HtmlPdf.render("<html><body><p>" + kind + "</p></body></html>");
            attachments.upload(applicationId, kind, kind.name().toLowerCase() + ".pdf", new ByteArrayInputStream(pdf));
        }
    }
}
