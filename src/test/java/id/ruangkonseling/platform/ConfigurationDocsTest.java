package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of {@code docs/operations.md} names exactly the settings the service reads:
 * every MicroProfile Config key of the main code and the web root ({@code @ConfigProperty},
 * {@code ${MPCONFIG=…}} placeholders, {@code ConfigProvider} look-ups), as its {@code RK_…} environment
 * name, and every {@code RK_…} variable the run scripts in {@code deploy/} read. Test-only settings
 * ({@code src/test}) are not the operator's business and are not collected.
 */
class ConfigurationDocsTest {

    private static final Path DOC = Path.of("docs/operations.md");
    private static final String TABLE_HEADING = "## Configuration";

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([^:}]+)");
    private static final Pattern CONFIG_LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"(rk\\.[^\"]+)\"");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\\s*\"(RK_[A-Z0-9_]+)\"");
    /** A shell read of a variable: {@code $RK_X} or {@code ${RK_X…}}; an assignment alone is no read. */
    private static final Pattern SHELL_READ = Pattern.compile("\\$\\{?(RK_[A-Z0-9_]+)");
    private static final Pattern DOCUMENTED = Pattern.compile("`(RK_[A-Z0-9_]+)`");

    @Test
    void theConfigurationTableNamesExactlyTheSettingsTheCodeReads() {
        Set<String> read = new TreeSet<>();
        read.addAll(readByJava());
        read.addAll(readByRunScripts());
        Set<String> documented = documented();

        Set<String> undocumented = new TreeSet<>(read);
        undocumented.removeAll(documented);
        Set<String> unread = new TreeSet<>(documented);
        unread.removeAll(read);
        assertTrue(undocumented.isEmpty() && unread.isEmpty(),
                "The configuration table of " + DOC + " is out of step with the code.\n"
                        + "  read by the code, missing from the table: " + undocumented + "\n"
                        + "  in the table, read by nothing: " + unread);
    }

    @Test
    void eachKindOfReadIsFoundSoAnEmptyResultCannotPassUnnoticed() {
        Set<String> java = readByJava();
        assertTrue(java.contains("RK_SESSION_IDLE_MINUTES"), "@ConfigProperty keys are collected: " + java);
        assertTrue(java.contains("RK_DB_DRIVER"), "${MPCONFIG=…} placeholders are collected: " + java);
        Set<String> scripts = readByRunScripts();
        assertTrue(scripts.contains("RK_HEAP"), "variables deploy/run.sh reads are collected: " + scripts);
        assertFalse(documented().isEmpty(), "the table of " + DOC + " is found under '" + TABLE_HEADING + "'");
    }

    @Test
    void aKeyIsNamedAsMicroProfileFindsItInTheEnvironment() {
        assertEquals("RK_DB_URL", environmentName("rk.db.url"));
        assertEquals("RK_LTI11_KEYS", environmentName("rk.lti11.keys"));
        assertEquals("RK_SOME_DASHED_KEY", environmentName("rk.some-dashed.key"));
    }

    /** MicroProfile Config's environment name of a key: non-alphanumerics become '_', upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> readByJava() {
        Set<String> names = new TreeSet<>();
        for (Path file : files(List.of(Path.of("src/main/java"), Path.of("src/main/resources"), Path.of("webapp")))) {
            String text = read(file);
            for (Pattern key : List.of(CONFIG_PROPERTY, MPCONFIG, CONFIG_LOOKUP)) {
                Matcher found = key.matcher(text);
                while (found.find()) {
                    names.add(environmentName(found.group(1).strip()));
                }
            }
            Matcher variable = GETENV.matcher(text);
            while (variable.find()) {
                names.add(variable.group(1));
            }
        }
        return names;
    }

    private static Set<String> readByRunScripts() {
        Set<String> names = new TreeSet<>();
        for (Path script : files(List.of(Path.of("deploy")))) {
            if (!script.toString().endsWith(".sh")) {
                continue;
            }
            for (String line : read(script).lines().toList()) {
                if (line.strip().startsWith("#")) {
                    continue; // a comment names variables without reading them
                }
                Matcher found = SHELL_READ.matcher(line);
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        }
        return names;
    }

    /** The {@code RK_…} names in the first column of the table under {@value #TABLE_HEADING}. */
    private static Set<String> documented() {
        List<String> lines = read(DOC).lines().toList();
        int heading = lines.indexOf(TABLE_HEADING);
        assertTrue(heading >= 0, DOC + " has a section '" + TABLE_HEADING + "'");
        Set<String> names = new TreeSet<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                String firstColumn = line.substring(1).split("\\|", 2)[0];
                Matcher name = DOCUMENTED.matcher(firstColumn);
                while (name.find()) {
                    names.add(name.group(1));
                }
            } else if (inTable) {
                break; // the first table under the heading is the configuration table
            }
        }
        return names;
    }

    private static List<Path> files(List<Path> roots) {
        return roots.stream().filter(Files::isDirectory).flatMap(root -> {
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile)
                        .filter(file -> file.toString().matches(".*\\.(java|xml|properties|xhtml|sh)$"))
                        .toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
