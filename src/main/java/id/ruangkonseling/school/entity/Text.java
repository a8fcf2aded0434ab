package id.ruangkonseling.school.entity;

import id.ruangkonseling.platform.entity.Characters;

/** The entities' checks on the text a person gives them; what an LMS sends goes through {@link LmsText}. */
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

    /** Required text of at most {@code maxLength} characters (code points, as people count them), stripped. */
    public static String required(String value, String what, int maxLength) {
        String text = required(value, what);
        if (Characters.count(text) > maxLength) {
            throw new IllegalArgumentException(what + " is at most " + maxLength + " characters");
        }
        return text;
    }
}
