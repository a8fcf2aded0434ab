package id.ruangkonseling.lti.control;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code Link} header (RFC 8288) by which a platform pages a roster: the target whose
 * {@code rel} includes {@code next}, resolved against the page's own address.
 */
final class LinkHeader {

    private LinkHeader() {
    }

    /** The next page named by these {@code Link} header values, if any; malformed entries are skipped. */
    static Optional<URI> next(List<String> headerValues, URI page) {
        for (String value : headerValues) {
            int at = 0;
            while (true) {
                int open = value.indexOf('<', at);
                int close = open < 0 ? -1 : value.indexOf('>', open);
                if (close < 0) {
                    break;
                }
                int end = endOfParameters(value, close + 1);
                if (relIncludesNext(value.substring(close + 1, end))) {
                    return resolve(page, value.substring(open + 1, close).strip());
                }
                at = end;
            }
        }
        return Optional.empty();
    }

    /** Where a link's parameters end: the next comma outside quotes. */
    private static int endOfParameters(String value, int from) {
        boolean quoted = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return value.length();
    }

    private static boolean relIncludesNext(String parameters) {
        for (String parameter : parameters.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("rel")) {
                String relations = nameAndValue[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                return List.of(relations.split("\\s+")).contains("next");
            }
        }
        return false;
    }

    private static Optional<URI> resolve(URI page, String target) {
        try {
            // java.net.URI follows RFC 2396 here; RFC 3986 keeps the page's path for a query-only reference
            URI next = target.startsWith("?") ? URI.create(page.toString().replaceFirst("[?#].*$", "") + target)
                    : page.resolve(target);
            return "http".equals(next.getScheme()) || "https".equals(next.getScheme()) ? Optional.of(next) : Optional.empty();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
