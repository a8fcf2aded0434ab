package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Indonesian and English say the same things: every key is in both bundles, no value is empty, and a
 * text with {@code {0}}-style placeholders has the same ones in both languages.
 */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Map<String, String> indonesian = Bundles.of("id");
    private final Map<String, String> english = Bundles.of("en");

    @Test
    void everyKeyIsInBothLanguages() {
        assertEquals(Set.of(), missingFrom(english, indonesian), "keys in the Indonesian bundle but not the English one");
        assertEquals(Set.of(), missingFrom(indonesian, english), "keys in the English bundle but not the Indonesian one");
        assertTrue(indonesian.size() > 100, "the bundles were read: " + indonesian.size() + " keys");
    }

    @Test
    void noTextIsEmpty() {
        for (String language : Bundles.LANGUAGES) {
            Set<String> empty = new TreeSet<>();
            Bundles.of(language).forEach((key, value) -> {
                if (value.isBlank()) {
                    empty.add(key);
                }
            });
            assertEquals(Set.of(), empty, "empty texts in messages_" + language);
        }
    }

    @Test
    void placeholdersMatchAcrossLanguages() {
        Map<String, String> mismatches = new TreeMap<>();
        indonesian.forEach((key, text) -> {
            String other = english.get(key);
            if (other != null && !placeholders(text).equals(placeholders(other))) {
                mismatches.put(key, placeholders(text) + " in Indonesian, " + placeholders(other) + " in English");
            }
        });
        assertEquals(Map.of(), mismatches);
    }

    @Test
    void aPlaceholderIsFoundWhereOneIsWritten() {
        assertEquals(Set.of("0"), placeholders(english.get("home.greetingNamed")));
        assertEquals(Set.of(), placeholders("no placeholder here"));
    }

    private static Set<String> missingFrom(Map<String, String> bundle, Map<String, String> reference) {
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(bundle.keySet());
        return missing;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
