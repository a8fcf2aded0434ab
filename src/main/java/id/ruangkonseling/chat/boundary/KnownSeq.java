package id.ruangkonseling.chat.boundary;

import java.util.Optional;

/**
 * The last message number a poll says it has: its {@code after}, or its {@code If-None-Match: "17"} (quoted or
 * not, weak or not) when that says more. Read alike by the resource and by the idle poll's fast path.
 */
final class KnownSeq {

    private KnownSeq() {
    }

    static long of(long after, String ifNoneMatch) {
        return Math.max(Math.max(after, 0), tag(ifNoneMatch).orElse(after));
    }

    /** The ETag of the page that ends with message {@code lastSeq}, as sent: {@code "17"}. */
    static String etag(long lastSeq) {
        return "\"" + lastSeq + "\"";
    }

    private static Optional<Long> tag(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        String tag = ifNoneMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
