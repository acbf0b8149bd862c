package nl.gemeenschapsfonds.submission;

import jakarta.servlet.http.HttpServletResponse;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Downloads of attachments over plain HTTP, so the browser saves them with their name. The request
 * passes the application's security filter chain (signed in, or redirected to the sign-in page) and
 * then the service, which checks role and scope: an applicant gets their own organisation's files,
 * a reviewer or decision maker those of their authority's submitted applications; everything else
 * is 404. The file is always offered as a download ({@code Content-Disposition: attachment}), with
 * the type found at upload, {@code nosniff}, and a sandboxing Content-Security-Policy, so nothing
 * uploaded is ever run in the application's origin.
 */
@RestController
public class AttachmentDownloadController {

    static final String PATTERN = "/attachments/**";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private final AttachmentService attachments;

    AttachmentDownloadController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /** The link to an attachment, relative to the application's base URL (as Vaadin's pages have it). */
    public static String path(long applicationId, long attachmentId) {
        return "attachments/" + applicationId + "/" + attachmentId;
    }

    @GetMapping("/attachments/{applicationId}/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long applicationId, @PathVariable long attachmentId,
                                    Authentication authentication, HttpServletResponse response) {
        AttachmentDownload file = hasRole(authentication, Role.APPLICANT)
                ? attachments.download(applicationId, attachmentId)
                : attachments.downloadForStaff(applicationId, attachmentId);
        // replace, not add to, what the security headers filter set for every response
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    /**
     * {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>} (RFC 6266). Browsers
     * use the UTF-8 name; the plain one is for old clients, and header values must be ASCII, so
     * accents are dropped from it (Spring's own fallback keeps Latin-1 letters such as ö).
     */
    static String contentDisposition(String fileName) {
        String full = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
        String extended = full.substring(full.indexOf("; filename*="));
        return ContentDisposition.attachment().filename(ascii(fileName)).build() + extended;
    }

    static String ascii(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.replaceAll("[^\\x20-\\x7E]", "_");
    }

    private static boolean hasRole(Authentication authentication, Role role) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
