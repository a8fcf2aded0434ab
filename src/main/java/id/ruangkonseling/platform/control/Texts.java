package id.ruangkonseling.platform.control;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The one way a text of the bundles gets its values: {@link MessageFormat}'s {@code {0}}, {@code {1}} …
 * in the text's language (numbers as that language writes them). An apostrophe in a bundle text is just an
 * apostrophe ("the counselor's"), not MessageFormat's quote, which would swallow the rest of the text.
 */
public final class Texts {

    private Texts() {
    }

    public static String format(String text, Locale locale, Object... values) {
        return values.length == 0 ? text : new MessageFormat(text.replace("'", "''"), locale).format(values);
    }
}
