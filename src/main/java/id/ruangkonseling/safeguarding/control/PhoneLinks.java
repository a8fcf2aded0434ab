package id.ruangkonseling.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers in a help contact's "how to reach them", as the school wrote it, made into links a phone
 * follows: {@code tel:} to call, or {@code https://wa.me/} for a number written after "WhatsApp" or "WA" (which
 * wants the country code, so an Indonesian 0… becomes 62…). Everything else stays the words as written.
 */
public final class PhoneLinks {

    /** Digits in groups joined by a space or a hyphen, not part of a time ("07.00-15.00") or a word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.:/])\\+?\\d+(?:[ -]\\d+)*(?![\\w.:/]\\d)");
    private static final Pattern WHATSAPP = Pattern.compile("(?i)\\b(whatsapp|wa)\\W*$");
    /** The shortest number to call: 110, 112, 119, 129. */
    private static final int SHORTEST = 3;
    private static final String INDONESIA = "62";

    /** A piece of the text: words as written ({@code href} empty), or a number as written and where it leads. */
    public record Part(String text, String href) {
    }

    private PhoneLinks() {
    }

    /** The text in pieces, in order; joined, the pieces' texts are the text again. */
    public static List<Part> of(String reach) {
        List<Part> parts = new ArrayList<>();
        Matcher number = NUMBER.matcher(reach);
        int from = 0;
        while (number.find()) {
            String digits = number.group().replaceAll("[ -]", "");
            if (digits.replace("+", "").length() < SHORTEST) {
                continue;
            }
            String before = reach.substring(from, number.start());
            if (!before.isEmpty()) {
                parts.add(new Part(before, ""));
            }
            parts.add(new Part(number.group(), WHATSAPP.matcher(before).find()
                    ? "https://wa.me/" + international(digits) : "tel:" + digits));
            from = number.end();
        }
        if (from < reach.length()) {
            parts.add(new Part(reach.substring(from), ""));
        }
        return parts;
    }

    private static String international(String digits) {
        if (digits.startsWith("+")) {
            return digits.substring(1);
        }
        return digits.startsWith("0") ? INDONESIA + digits.substring(1) : digits;
    }
}
