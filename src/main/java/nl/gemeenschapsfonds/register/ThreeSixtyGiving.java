package nl.gemeenschapsfonds.register;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register as 360Giving data (standard 1.4): a data package in JSON and the spreadsheet flavour as CSV with the
 * standard's column titles, for one authority or the whole installation. See docs/open-data.md for the choices:
 * grant ids {@code 360G-<prefix>-<reference>}, recipients {@code NL-KVK-<kvk>}, the authority as funder with its
 * org-id (or {@code 360G-<prefix>-<authority code>}), the co-financing in {@code additional_data}.
 */
@Service
public class ThreeSixtyGiving {

    static final String VERSION = "1.4";
    static final List<String> CSV_COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Applied For",
            "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Planned Dates:Duration (months)", "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Company Number",
            "Recipient Org:City", "Recipient Org:Country", "Funding Org:Identifier", "Funding Org:Name",
            "Beneficiary Location:Name", "Beneficiary Location:Country Code", "Beneficiary Location:Geographic Code",
            "Beneficiary Location:Geographic Code Type", "Grant Programme:Code", "Grant Programme:Title",
            "From An Open Call?", "Last Modified", "Data Source");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final GrantRegister register;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String prefix;
    private final String baseUrl;

    ThreeSixtyGiving(GrantRegister register, JdbcClient jdbc, Clock clock,
                     @Value("${app.open-data.360giving-prefix}") String prefix, @Value("${app.base-url}") String baseUrl) {
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = prefix;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The grant's identifier in 360Giving. */
    public String grantId(String reference) {
        return "360G-" + prefix + "-" + reference;
    }

    /** The listed grants as 360Giving grant objects (empty when there are none). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<Map<String, Object>> grants(String authorityCode) {
        Map<Long, String> funderIds = new LinkedHashMap<>();
        jdbc.sql("select authority_id, org_id from register_funder_identifier")
                .query((rs, row) -> funderIds.put(rs.getLong(1), rs.getString(2))).list();
        List<RegisterItem> items = new ArrayList<>();
        register.each(RegisterFilter.ALL.withAuthority(authorityCode), items::add);
        List<Map<String, Object>> grants = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += GrantRegister.MAX_PAGE) {
            List<RegisterItem> chunk = items.subList(from, Math.min(items.size(), from + GrantRegister.MAX_PAGE));
            Map<Long, List<Map<String, Object>>> coFinancing = coFinancing(chunk);
            chunk.forEach(item -> grants.add(grant(item, funderIds, coFinancing.getOrDefault(item.applicationId(), List.of()))));
        }
        return grants;
    }

    /** The data package; empty when nothing is listed (the standard asks for at least one grant). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> json(String authorityCode) {
        List<Map<String, Object>> grants = grants(authorityCode);
        if (grants.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> pkg = new LinkedHashMap<>();
        String whose = authorityCode == null ? "alle gemeenten" : register.authorityName(authorityCode).orElse(authorityCode);
        pkg.put("title", "Subsidieregister Gemeenschapsfonds — " + whose);
        pkg.put("description", "Verleende subsidies uit het Gemeenschapsfonds (360Giving " + VERSION + ").");
        pkg.put("identifier", "360G-" + prefix + (authorityCode == null ? "" : "-" + authorityCode));
        pkg.put("version", VERSION);
        pkg.put("issued", LocalDate.now(clock).toString());
        pkg.put("license", "https://creativecommons.org/publicdomain/zero/1.0/");
        pkg.put("downloadURL", baseUrl + path(authorityCode, "json"));
        pkg.put("accessURL", baseUrl + "/subsidieregister");
        pkg.put("grants", grants);
        return Optional.of(JSON.writeValueAsString(pkg));
    }

    /** The spreadsheet flavour: one row per grant, the standard's column titles, amounts with a decimal point. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public String csv(String authorityCode) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (Map<String, Object> grant : grants(authorityCode)) {
                printer.printRecord(csvRow(grant));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The stable path of an export: the installation's, or one authority's. */
    public static String path(String authorityCode, String extension) {
        return authorityCode == null ? "/open-data/360giving." + extension
                : "/open-data/360giving/" + authorityCode + "." + extension;
    }

    // ---- mapping ----

    /** The confirmed co-financing of a chunk of grants, in one query. */
    private Map<Long, List<Map<String, Object>>> coFinancing(List<RegisterItem> items) {
        Map<Long, List<Map<String, Object>>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select application_id, funder_name, year, amount, kind from register_grant_cofinancing
                        where application_id = any(?) order by application_id, position""")
                .param(items.stream().map(RegisterItem::applicationId).toArray(Long[]::new))
                .query((rs, row) -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("funderName", rs.getString(2));
                    line.put("year", rs.getInt(3));
                    line.put("amount", rs.getBigDecimal(4));
                    line.put("currency", "EUR");
                    line.put("kind", rs.getString(5));
                    return lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(line);
                }).list();
        return lines;
    }

    private Map<String, Object> grant(RegisterItem item, Map<Long, String> funderIds, List<Map<String, Object>> coFinancing) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("id", grantId(item.reference()));
        grant.put("title", item.title());
        grant.put("description", item.description() == null || item.description().isBlank() ? item.title() : item.description());
        grant.put("currency", "EUR");
        if (item.amountRequested() != null) {
            grant.put("amountAppliedFor", item.amountRequested());
        }
        grant.put("amountAwarded", item.grantedTotal());
        grant.put("awardDate", item.decisionDate().toString());
        if (item.startDate() != null && item.endDate() != null) {
            Map<String, Object> planned = new LinkedHashMap<>();
            planned.put("startDate", item.startDate().toString());
            planned.put("endDate", item.endDate().toString());
            planned.put("duration", ChronoUnit.MONTHS.between(item.startDate(), item.endDate().plusDays(1)));
            grant.put("plannedDates", List.of(planned));
        }
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("id", item.kvkNumber() != null ? "NL-KVK-" + item.kvkNumber() : "360G-" + prefix + "-ORG-" + item.reference());
        recipient.put("name", item.organisationName());
        if (item.kvkNumber() != null) {
            recipient.put("companyNumber", item.kvkNumber());
        }
        if (item.municipalityName() != null) {
            recipient.put("addressLocality", item.municipalityName());
        }
        recipient.put("addressCountry", "NL");
        grant.put("recipientOrganization", List.of(recipient));
        Map<String, Object> funder = new LinkedHashMap<>();
        funder.put("id", funderIds.getOrDefault(item.authorityId(), "360G-" + prefix + "-" + item.authorityCode()));
        funder.put("name", item.authorityName());
        grant.put("fundingOrganization", List.of(funder));
        String locationCode = item.facilityMunicipalityCode() != null ? item.facilityMunicipalityCode() : item.municipalityCode();
        String locationName = item.facilityMunicipalityCode() != null ? item.facilityMunicipalityName() : item.municipalityName();
        if (locationCode != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("name", locationName);
            location.put("countryCode", "NL");
            location.put("geoCode", locationCode);
            location.put("geoCodeType", "CBS-GM");
            grant.put("beneficiaryLocation", List.of(location));
        }
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("code", "call-" + item.callId());
        programme.put("title", item.callTitleNl());
        grant.put("grantProgramme", List.of(programme));
        grant.put("fromOpenCall", "Yes");
        grant.put("dateModified", DateTimeFormatter.ISO_INSTANT.format(item.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        grant.put("dataSource", baseUrl + "/subsidieregister/" + item.reference());
        Map<String, Object> additional = new LinkedHashMap<>();
        if (item.facilityType() != null) {
            additional.put("facilityType", item.facilityType().name());
        }
        Map<String, Object> perYear = new LinkedHashMap<>();
        item.grantedPerYear().forEach((year, amount) -> perYear.put(String.valueOf(year), amount));
        additional.put("amountAwardedPerYear", perYear);
        additional.put("status", item.status().name());
        if (item.settledAmount() != null) {
            additional.put("amountSettled", item.settledAmount());
            additional.put("settlementDate", item.settledOn().toString());
        }
        additional.put("coFinancingConfirmed", coFinancing);
        grant.put("additional_data", additional);
        return grant;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> csvRow(Map<String, Object> grant) {
        Map<String, Object> planned = first(grant.get("plannedDates"));
        Map<String, Object> recipient = first(grant.get("recipientOrganization"));
        Map<String, Object> funder = first(grant.get("fundingOrganization"));
        Map<String, Object> location = first(grant.get("beneficiaryLocation"));
        Map<String, Object> programme = first(grant.get("grantProgramme"));
        List<Object> row = new ArrayList<>();
        row.add(grant.get("id"));
        row.add(grant.get("title"));
        row.add(grant.get("description"));
        row.add(grant.get("currency"));
        row.add(plain(grant.get("amountAppliedFor")));
        row.add(plain(grant.get("amountAwarded")));
        row.add(grant.get("awardDate"));
        row.add(planned.get("startDate"));
        row.add(planned.get("endDate"));
        row.add(planned.get("duration"));
        row.add(recipient.get("id"));
        row.add(recipient.get("name"));
        row.add(recipient.get("companyNumber"));
        row.add(recipient.get("addressLocality"));
        row.add(recipient.get("addressCountry"));
        row.add(funder.get("id"));
        row.add(funder.get("name"));
        row.add(location.get("name"));
        row.add(location.get("countryCode"));
        row.add(location.get("geoCode"));
        row.add(location.get("geoCodeType"));
        row.add(programme.get("code"));
        row.add(programme.get("title"));
        row.add(grant.get("fromOpenCall"));
        row.add(grant.get("dateModified"));
        row.add(grant.get("dataSource"));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return list instanceof List<?> items && !items.isEmpty() ? (Map<String, Object>) items.getFirst() : Map.of();
    }

    private static Object plain(Object amount) {
        return amount instanceof BigDecimal value ? value.toPlainString() : amount;
    }
}
