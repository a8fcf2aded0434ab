package id.ruangkonseling.lti.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Addresses that platforms send and that the tool sends back to them. */
public final class LtiAddresses {

    private LtiAddresses() {
    }

    /** An absolute address, or empty for anything else a platform may send. */
    public static Optional<URI> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** {@code base} with these query parameters added, each encoded; parameters without a value are left out. */
    public static URI withQuery(URI base, Map<String, String> parameters) {
        String query = form(parameters);
        String separator = base.getRawQuery() == null ? "?" : "&";
        return URI.create(base + (query.isEmpty() ? "" : separator + query));
    }

    /** Parameters as a query or an {@code application/x-www-form-urlencoded} body; those without a value are left out. */
    public static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
