package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.export.Spreadsheets;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.fund.FacilityType;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The register's files at stable addresses, for everybody: 360Giving JSON and CSV for the installation and per
 * authority ({@code /open-data/360giving/GM0193.json}), and the register's filtered list as CSV or XLSX (the same
 * filters as the page, as query parameters). Public like the register page; see docs/open-data.md.
 */
@RestController
public class OpenDataController {

    private final ThreeSixtyGiving threeSixtyGiving;
    private final RegisterExport export;
    private final Clock clock;

    OpenDataController(ThreeSixtyGiving threeSixtyGiving, RegisterExport export, Clock clock) {
        this.threeSixtyGiving = threeSixtyGiving;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/open-data/360giving.json")
    ResponseEntity<?> installationJson() {
        return json(null);
    }

    @GetMapping("/open-data/360giving.csv")
    ResponseEntity<byte[]> installationCsv() {
        return file(threeSixtyGiving.csv(null).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "360giving.csv");
    }

    @GetMapping("/open-data/360giving/{authority}.json")
    ResponseEntity<?> authorityJson(@PathVariable String authority) {
        return json(authority);
    }

    @GetMapping("/open-data/360giving/{authority}.csv")
    ResponseEntity<byte[]> authorityCsv(@PathVariable String authority) {
        return file(threeSixtyGiving.csv(authority).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "360giving-" + safe(authority) + ".csv");
    }

    @GetMapping("/open-data/subsidieregister.csv")
    ResponseEntity<byte[]> registerCsv(@RequestParam(required = false) String authority, @RequestParam(required = false) Long call,
                                       @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) FacilityType facility,
                                       @RequestParam(required = false) String municipality,
                                       @RequestParam(defaultValue = "nl") String lang) {
        RegisterFilter filter = new RegisterFilter(authority, call, year, facility, municipality);
        return file(export.csv(filter, locale(lang)), Spreadsheets.CSV_CONTENT_TYPE, fileName("csv"));
    }

    @GetMapping("/open-data/subsidieregister.xlsx")
    ResponseEntity<byte[]> registerXlsx(@RequestParam(required = false) String authority, @RequestParam(required = false) Long call,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) FacilityType facility,
                                        @RequestParam(required = false) String municipality,
                                        @RequestParam(defaultValue = "nl") String lang) {
        RegisterFilter filter = new RegisterFilter(authority, call, year, facility, municipality);
        return file(export.xlsx(filter, locale(lang)), Spreadsheets.XLSX_CONTENT_TYPE, fileName("xlsx"));
    }

    /** The link to the register's list as a file, with the filter. */
    public static String registerFile(RegisterFilter filter, String extension, Locale locale) {
        StringBuilder url = new StringBuilder("open-data/subsidieregister." + extension + "?lang=" + locale.getLanguage());
        if (filter.authorityCode() != null) {
            url.append("&authority=").append(java.net.URLEncoder.encode(filter.authorityCode(), StandardCharsets.UTF_8));
        }
        if (filter.callId() != null) {
            url.append("&call=").append(filter.callId());
        }
        if (filter.year() != null) {
            url.append("&year=").append(filter.year());
        }
        if (filter.facilityType() != null) {
            url.append("&facility=").append(filter.facilityType().name());
        }
        if (filter.municipalityCode() != null) {
            url.append("&municipality=").append(filter.municipalityCode());
        }
        return url.toString();
    }

    private ResponseEntity<?> json(String authority) {
        return threeSixtyGiving.json(authority)
                .<ResponseEntity<?>>map(body -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                        .body(body))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "No published grants" + (authority == null ? "" : " for authority " + authority));
                    problem.setTitle("Not Found");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                });
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(content);
    }

    private String fileName(String extension) {
        return "subsidieregister-" + LocalDate.now(clock.withZone(Formats.ZONE)) + "." + extension;
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Translations.ENGLISH : Translations.DUTCH;
    }

    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
