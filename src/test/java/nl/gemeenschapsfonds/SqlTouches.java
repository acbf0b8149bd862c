package nl.gemeenschapsfonds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which tables the code and the migrations touch, read from their text: the tables the Flyway migrations
 * create, the entity mappings ({@code @Table}, {@code @CollectionTable}, …) and repositories of the Java
 * sources, and the tables named after {@code from}, {@code join}, {@code into}, {@code update} in the SQL
 * and JPQL strings of the Java sources (literals and text blocks of one statement read as one text, so
 * SQL built by concatenation is seen too). Used by {@link TableOwnershipTest}; deliberately simple text
 * reading, no SQL parser: the SQL here is written by us and the exceptions list shows what it finds.
 */
final class SqlTouches {

    static final Path SOURCES = Path.of("src/main/java/nl/gemeenschapsfonds");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern MAPPING = Pattern.compile(
            "@(?:jakarta\\.persistence\\.)?(Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\([^)]*?\\bname\\s*=\\s*\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile("@(?:jakarta\\.persistence\\.)?Entity\\b[^{;]*?\\bclass\\s+(\\w+)");
    private static final Pattern REPOSITORY = Pattern.compile(
            "\\binterface\\s+\\w+\\s+extends\\s+(?:\\w+\\.)*\\w*Repository\\s*<\\s*((?:\\w+\\.)*\\w+)\\s*,");
    /** A keyword that names a table next, then the table or entity, then more of them after commas ("from a x, b y"). */
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?"
                    + "([A-Za-z_][\\w.]*(?:\\s+(?:as\\s+)?(?!where\\b|on\\b|join\\b|set\\b|left\\b|inner\\b|group\\b|order\\b)[a-z_]\\w*)?"
                    + "(?:\\s*,\\s*[A-Za-z_][\\w.]*(?:\\s+(?:as\\s+)?(?!where\\b|on\\b|join\\b|set\\b|left\\b|inner\\b|group\\b|order\\b)[a-z_]\\w*)?)*)");
    private static final Pattern NAME_IN_LIST = Pattern.compile("(?:^|,)\\s*([A-Za-z_][\\w.]*)");
    private static final Pattern DOLLAR_BODY = Pattern.compile("(?is)create\\s+(?:or\\s+replace\\s+)?function\\s+(\\w+)\\s*\\(.*?\\$\\$(.*?)\\$\\$");
    private static final Pattern VIEW = Pattern.compile("(?is)create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(\\w+)\\s+as\\s+(.*?);");
    private static final Pattern TRIGGER = Pattern.compile(
            "(?is)create\\s+trigger\\s+\\w+.*?\\bon\\s+(\\w+).*?execute\\s+(?:function|procedure)\\s+(\\w+)");

    /** A source file (path under {@link #SOURCES} without ".java", e.g. "payment/PaymentSchedule") and a table it touches. */
    record Touch(String file, String table) implements Comparable<Touch> {

        String module() {
            return file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        }

        @Override
        public int compareTo(Touch other) {
            return (file + " " + table).compareTo(other.file + " " + other.table);
        }
    }

    private SqlTouches() {
    }

    /** Every table the migrations create and none drops (a dropped name is never created again). */
    static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        for (String sql : migrations().values()) {
            Matcher m = CREATE_TABLE.matcher(withoutSqlComments(sql));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase());
            }
            Matcher drop = DROP_TABLE.matcher(withoutSqlComments(sql));
            while (drop.find()) {
                dropped.add(drop.group(1).toLowerCase());
            }
        }
        tables.removeAll(dropped);
        return tables;
    }

    /** Every view the migrations create. */
    static Set<String> views() {
        Set<String> views = new TreeSet<>();
        for (String sql : migrations().values()) {
            Matcher m = VIEW.matcher(withoutSqlComments(sql));
            while (m.find()) {
                views.add(m.group(1).toLowerCase());
            }
        }
        return views;
    }

    /** The migrations' text by file name. */
    static Map<String, String> migrations() {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> texts.put(f.getFileName().toString(), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The main Java sources by file (path under {@link #SOURCES} without ".java"). */
    static Map<String, String> sources() {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String name = SOURCES.relativize(f).toString().replace('\\', '/');
                texts.put(name.substring(0, name.length() - ".java".length()), read(f));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Entity class simple name → its table, from {@code @Entity} classes and their {@code @Table}. */
    static Map<String, String> entityTables(Map<String, String> sources) {
        Map<String, String> entities = new TreeMap<>();
        sources.values().forEach(source -> {
            Matcher entity = ENTITY.matcher(source);
            if (entity.find()) {
                Matcher table = MAPPING.matcher(source);
                String name = table.find() && table.group(1).equals("Table") ? table.group(2) : snakeCase(entity.group(1));
                entities.put(entity.group(1), name.toLowerCase());
            }
        });
        return entities;
    }

    /**
     * Which tables (or views: any names in {@code tables}) each source file touches: in mappings, through its
     * repositories, and in its SQL and JPQL strings.
     */
    static Set<Touch> touches(Map<String, String> sources, Set<String> tables) {
        Map<String, String> entities = entityTables(sources);
        Set<Touch> touches = new TreeSet<>();
        sources.forEach((file, source) -> {
            Matcher mapping = MAPPING.matcher(source);
            while (mapping.find()) {
                touches.add(new Touch(file, mapping.group(2).toLowerCase()));
            }
            Matcher repository = REPOSITORY.matcher(source);
            while (repository.find()) {
                String entity = lastSegment(repository.group(1));
                if (entities.containsKey(entity)) {
                    touches.add(new Touch(file, entities.get(entity)));
                }
            }
            for (String text : statementStrings(source)) {
                for (String name : namedTables(text)) {
                    String table = tables.contains(name.toLowerCase()) ? name.toLowerCase() : entities.get(lastSegment(name));
                    if (table != null) {
                        touches.add(new Touch(file, table));
                    }
                }
            }
        });
        return touches;
    }

    /**
     * Views and functions (trigger functions) of the migrations that read tables: name → the tables it
     * reads plus, for a trigger function, the table it guards.
     */
    static Map<String, Set<String>> databaseObjects(Set<String> tables) {
        Map<String, Set<String>> objects = new TreeMap<>();
        Map<String, String> triggerTables = new LinkedHashMap<>();
        for (String sql : migrations().values()) {
            String text = withoutSqlComments(sql);
            Matcher trigger = TRIGGER.matcher(text);
            while (trigger.find()) {
                triggerTables.put(trigger.group(2).toLowerCase(), trigger.group(1).toLowerCase());
            }
            for (Pattern pattern : List.of(DOLLAR_BODY, VIEW)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    Set<String> read = new TreeSet<>();
                    for (String name : namedTables(m.group(2))) {
                        if (tables.contains(name.toLowerCase())) {
                            read.add(name.toLowerCase());
                        }
                    }
                    objects.put(m.group(1).toLowerCase(), read);
                }
            }
        }
        triggerTables.forEach((function, table) -> objects.computeIfAbsent(function, f -> new TreeSet<>()).add(table));
        return objects;
    }

    /** The table or entity names a piece of SQL or JPQL names after from, join, into, update. */
    static Set<String> namedTables(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
        while (m.find()) {
            Matcher name = NAME_IN_LIST.matcher(m.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /**
     * The string literals and text blocks of each statement of a Java source, joined with spaces: a
     * statement ends at a semicolon or a brace outside strings and comments.
     */
    static List<String> statementStrings(String source) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                statement.append(' ').append(source, i + 3, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder literal = new StringBuilder();
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    literal.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    statement.append(' ').append(literal);
                }
                i = j + 1;
            } else {
                if (c == ';' || c == '{' || c == '}') {
                    if (!statement.isEmpty()) {
                        statements.add(statement.toString());
                        statement.setLength(0);
                    }
                }
                i++;
            }
        }
        if (!statement.isEmpty()) {
            statements.add(statement.toString());
        }
        return statements;
    }

    private static int endOf(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ");
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
