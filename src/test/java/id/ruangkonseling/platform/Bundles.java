package id.ruangkonseling.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The two message bundles and the sources that use them, as the bundle checks read them (from the project folder). */
final class Bundles {

    static final Path FOLDER = Path.of("src/main/resources/id/ruangkonseling/i18n");
    static final List<String> LANGUAGES = List.of("id", "en");

    private Bundles() {
    }

    /** The bundle of {@code language}: key → value, sorted by key. */
    static Map<String, String> of(String language) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> bundle = new TreeMap<>();
        properties.forEach((key, value) -> bundle.put((String) key, (String) value));
        return bundle;
    }

    /** Every page and template of the web root. */
    static List<Path> pages() {
        return files(Path.of("webapp"), ".xhtml");
    }

    /** Every Java source of the application. */
    static List<Path> javaSources() {
        return files(Path.of("src/main/java"), ".java");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String ending) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
