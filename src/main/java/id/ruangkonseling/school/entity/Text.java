package id.ruangkonseling.school.entity;

import java.util.Optional;

/** The entities' checks on the text they are given, from an LMS or from a person. */
public final class Text {

    private Text() {
    }

    /** Stripped text; a missing or blank value is a programming error, not user input. */
    public static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    /** Stripped text, or {@code null} where the LMS sent nothing: a missing name or email is normal. */
    public static String optional(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** Required text of at most {@code maxLength} characters. */
    public static String required(String value, String what, int maxLength) {
        String text = required(value, what);
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(what + " is at most " + maxLength + " characters");
        }
        return text;
    }
}
