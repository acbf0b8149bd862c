package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationContacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Mijn gegevens" (issue 17 item 3, AVG art. 15): a ZIP with {@code my-data.json} — everything every module holds
 * about the person, one section per module — and the documents under {@code documents/}. Each module answers for its
 * own tables through its {@link PersonalDataSource}; this service only decides who the subject is and which
 * applications are theirs (those of their organisation they are the contact of), so nothing of another organisation
 * can enter the ZIP.
 */
@Service
public class PersonalDataExport {

    static final String JSON = "my-data.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataSource> sources;
    private final UserAccounts accounts;
    private final ApplicationContacts contacts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSource> sources, UserAccounts accounts, ApplicationContacts contacts,
                       CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.accounts = accounts;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in applicant's or funder user's own data. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FUNDER')")
    @Transactional(readOnly = true)
    public byte[] mine() {
        return zip(subject(accounts.account(currentUser.require().id()).orElseThrow()));
    }

    /**
     * The data of the person with account {@code userId}, who asked by letter {@code letterReference}; recorded in the
     * audit trail (who produced it, for which account, which letter — not what it holds).
     *
     * @throws IllegalArgumentException when the letter reference is blank or the account does not exist
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] forLetter(long userId, String letterReference) {
        if (letterReference == null || letterReference.isBlank()) {
            throw new IllegalArgumentException("A letter reference is required");
        }
        UserAccounts.AccountFacts account = accounts.account(userId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + userId));
        byte[] zip = zip(subject(account));
        audit.record("PERSONAL_DATA_PROVIDED", "AppUser", userId, null, null, "letter " + letterReference.strip());
        return zip;
    }

    /** The file name of the ZIP. */
    public static String fileName() {
        return "mijn-gegevens.zip";
    }

    private PersonalDataSource.Subject subject(UserAccounts.AccountFacts account) {
        Set<Long> applications = account.role() == Role.APPLICANT && account.organisationId() != null
                ? contacts.ofContact(account.organisationId(), account.email()) : Set.of();
        return new PersonalDataSource.Subject(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), account.funderId(), applications);
    }

    private byte[] zip(PersonalDataSource.Subject subject) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("producedAt", clock.instant().toString());
        json.put("about", Map.of("userId", subject.userId(), "email", subject.email(), "name", subject.displayName(),
                "role", subject.role().name()));
        Map<String, Object> sections = new LinkedHashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (PersonalDataSource source : sources) {
                PersonalDataSource.Section section = source.collect(subject);
                sections.put(section.name(), section.data());
                for (PersonalDataSource.Document document : section.documents()) {
                    zip.putNextEntry(new ZipEntry("documents/" + safe(document.path())));
                    zip.write(document.content());
                    zip.closeEntry();
                }
            }
            json.put("sections", sections);
            zip.putNextEntry(new ZipEntry(JSON));
            zip.write(MAPPER.writeValueAsBytes(json));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A path inside the ZIP: no way up, no absolute path. */
    static String safe(String path) {
        return path.replace('\\', '/').replace("..", "_").replaceAll("^/+", "").replaceAll("[\\p{Cntrl}]", "_");
    }
}
