package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.security.SignedInRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download of "Mijn gegevens" (issue 17 item 3): a plain GET, so the browser saves the ZIP; the service checks the
 * role (applicant or funder user) and answers only the signed-in person's data. Anonymous requests meet the sign-in page.
 */
@RestController
public class MyDataController {

    /** The link on the account page, relative to the application's base URL. */
    public static final String PATH = "my-data/mijn-gegevens.zip";

    private final PersonalDataExport export;

    MyDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/" + PATH)
    ResponseEntity<byte[]> download() {
        byte[] zip = export.mine();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(PersonalDataExport.fileName()).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(zip.length)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(zip);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @Bean
    static SignedInRequests myDataDownload() {
        return SignedInRequests.of("/my-data/**");
    }
}
