package id.ruangkonseling.school.entity;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * A name or title as an LMS sends it, made to fit its column: an LMS may send anything, and a name that
 * is too long or holds control characters must never keep a person out. Every LMS text the tool stores
 * (LTI 1.3 and 1.1 launches, the course roster) passes through here. The log says that a text was cut,
 * never the text.
 */
public final class LmsText {

    private static final Logger LOG = System.getLogger(LmsText.class.getName());

    private LmsText() {
    }

    /**
     * The text without control characters (a line break or tab becomes a space), stripped, and cut to at
     * most {@code maxLength} UTF-16 characters — never inside a surrogate pair, so the cut text holds no
     * half character and fits the column on H2 and MariaDB alike; {@code null} when nothing is left.
     */
    public static String fitted(String value, String what, int maxLength) {
        String text = cleaned(value);
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(maxLength)) ? maxLength - 1 : maxLength;
        String cut = text.substring(0, end).strip();
        LOG.log(Level.INFO, "An LMS sent a {0} of {1} characters, longer than its column of {2}; the first {3} are kept",
                what, text.length(), maxLength, cut.length());
        return cut.isEmpty() ? null : cut;
    }

    /**
     * As {@link #fitted}, but a text that does not fit whole is dropped ({@code null}): a cut e-mail
     * address would be somebody else's.
     */
    public static String whole(String value, String what, int maxLength) {
        String text = cleaned(value);
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        LOG.log(Level.INFO, "An LMS sent an {0} of {1} characters, longer than its column of {2}; it is not kept",
                what, text.length(), maxLength);
        return null;
    }

    /** Without control characters and unpaired surrogates, stripped; {@code null} for nothing. */
    static String cleaned(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                text.append(c).append(value.charAt(++i));
            } else if (Character.isISOControl(c)) {
                if (Character.isWhitespace(c)) {
                    text.append(' ');
                }
            } else if (!Character.isSurrogate(c)) {
                text.append(c);
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
