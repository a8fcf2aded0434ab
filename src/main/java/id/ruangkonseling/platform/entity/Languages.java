package id.ruangkonseling.platform.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the service speaks — Bahasa Indonesia first, English too — and how one is chosen. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private Languages() {
    }

    /** A supported language named by its tag ({@code id}, {@code en-GB} …), if it is one. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The person's own choice when they made one, else the best match of their browser's
     * {@code Accept-Language}, else Indonesian.
     */
    public static Locale choose(String chosen, String acceptLanguage) {
        return supported(chosen).or(() -> bestMatch(acceptLanguage)).orElse(INDONESIAN);
    }

    /** The other language, for the switch offered on every page. */
    public static Locale other(Locale current) {
        return INDONESIAN.getLanguage().equals(current.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    private static Optional<Locale> bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
