package nl.gemeenschapsfonds.security;

import java.util.List;
import java.util.Set;

/**
 * What one module holds about a person, for the person's request to see their data (inzage, AVG art. 15; issue 17,
 * docs/adr/0025-inzage-erasure-mail-preferences.md). Each module that keeps personal data implements it next to its
 * own tables, so it reads only what it owns; the {@code privacy} module collects every source into one ZIP.
 * Sources answer only what belongs to the subject: their own account, their organisation's applications they are the
 * contact of ({@link Subject#applicationIds()}), their funder's pledges — never another organisation's data.
 */
public interface PersonalDataSource {

    /** Who asked: their account, and the applications they are the contact of (found by submission). */
    record Subject(long userId, String email, String displayName, Role role, Long organisationId, Long funderId,
                   Set<Long> applicationIds) {
        public Subject {
            applicationIds = Set.copyOf(applicationIds);
        }
    }

    /** A file in the ZIP, under {@code documents/}. */
    record Document(String path, byte[] content) {
    }

    /** One module's part: a name, its data as records, lists and maps (written as JSON), and its documents. */
    record Section(String name, Object data, List<Document> documents) {
        public Section {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** This module's part for the subject. Called by the privacy module after it checked who may ask. */
    Section collect(Subject subject);

    /**
     * Rows as a JDBC query answers them ({@code listOfRows()}), with times and dates as ISO text and binary columns
     * left out (documents go into the ZIP as files), so they can be written as JSON.
     */
    static List<java.util.Map<String, Object>> rows(List<java.util.Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            java.util.Map<String, Object> clean = new java.util.LinkedHashMap<>();
            row.forEach((column, value) -> {
                if (value instanceof byte[]) {
                    return;
                }
                clean.put(column, switch (value) {
                    case null -> null;
                    case java.sql.Timestamp time -> time.toInstant().toString();
                    case java.sql.Date date -> date.toLocalDate().toString();
                    case java.time.temporal.TemporalAccessor time -> time.toString();
                    case Number number -> number;
                    case Boolean bool -> bool;
                    default -> value.toString();
                });
            });
            return clean;
        }).toList();
    }
}
