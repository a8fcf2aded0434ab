package id.ruangkonseling.platform.entity;

/**
 * Text measured as people see it: a length counts characters (code points), so that an emoji is one and
 * not two; text of nothing but spaces and invisible characters (zero-width, NUL and other control or
 * format characters) is empty.
 */
public final class Characters {

    private Characters() {
    }

    /** How many characters {@code text} has, as a person counts them. */
    public static int count(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether {@code text} is missing or shows nothing at all. */
    public static boolean empty(String text) {
        return text == null || text.codePoints().allMatch(Characters::invisible);
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL || type == Character.FORMAT
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}
