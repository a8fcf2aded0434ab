package id.ruangkonseling.safeguarding.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The crisis phrases every school starts with, from {@code crisis-lexicon.txt} beside this package's
 * resources (Indonesian and English, formal and informal spellings), in the matcher's normal form.
 */
public final class ShippedLexicon {

    static final String RESOURCE = "/id/ruangkonseling/safeguarding/crisis-lexicon.txt";

    private static final List<String> PHRASES = read();

    private ShippedLexicon() {
    }

    /** The shipped phrases in the file's order, each once. */
    public static List<String> phrases() {
        return PHRASES;
    }

    private static List<String> read() {
        try (InputStream in = Objects.requireNonNull(ShippedLexicon.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> phrases = new LinkedHashSet<>();
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(CrisisMatcher::normalize).forEach(phrases::add);
            return List.copyOf(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped crisis lexicon cannot be read", e);
        }
    }
}
