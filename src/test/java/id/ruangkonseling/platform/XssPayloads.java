package id.ruangkonseling.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS battery's payloads ({@code xss/payloads.txt}, after the OWASP cheat sheets), one by one or packed
 * into few texts, so that a page shows many at once and a test stays within a field's length and the send limits.
 */
final class XssPayloads {

    /** Every payload, stripped as the entities keep text, in the file's order. */
    static final List<String> ALL = read();

    private XssPayloads() {
    }

    /** The payloads of at most {@code maxLength} characters. */
    static List<String> fitting(int maxLength) {
        return ALL.stream().filter(payload -> payload.length() <= maxLength).toList();
    }

    /** The payloads in {@code count} texts or fewer, one a line, each text holding about as many. */
    static List<String> inTexts(int count) {
        int each = (ALL.size() + count - 1) / count;
        List<String> texts = new ArrayList<>();
        for (int from = 0; from < ALL.size(); from += each) {
            texts.add(String.join("\n", ALL.subList(from, Math.min(ALL.size(), from + each))));
        }
        return texts;
    }

    /** The payloads that fit, packed one a line into as few texts of at most {@code maxLength} as they go. */
    static List<String> packed(int maxLength) {
        return packed(maxLength, "\n");
    }

    /** As {@link #packed(int)}, joined by {@code separator} (a space, for names). */
    static List<String> packed(int maxLength, String separator) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String payload : fitting(maxLength)) {
            if (!text.isEmpty() && text.length() + separator.length() + payload.length() > maxLength) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.isEmpty() ? "" : separator).append(payload);
        }
        if (!text.isEmpty()) {
            texts.add(text.toString());
        }
        return texts;
    }

    /** How a payload reads on a page: an HTML parser drops a null byte from text, or shows it as U+FFFD in a field. */
    static String asShown(String payload) {
        return payload.replace("\u0000", "").replace("\uFFFD", "");
    }

    /**
     * How a payload reads as a name or course title from the LMS: the service keeps a line break or tab
     * there as a space and drops other control characters (a name is one line), then as {@link #asShown}.
     */
    static String asNamed(String payload) {
        return asShown(payload.replaceAll("[\\t\\n\\r]", " ").replaceAll("\\p{Cntrl}", ""));
    }

    private static List<String> read() {
        try (InputStream file = XssPayloads.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(line -> line.replace("{NUL}", "\u0000").replace("{TAB}", "\t").replace("{NL}", "\n").strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
