package id.ruangkonseling.lti.control;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a HMAC-SHA1 signatures as RFC 5849 §3.4 defines them, computed with the JDK's {@link Mac}:
 * the signature base string of a request and whether a signature the LMS sent matches it.
 */
public final class OAuthSignature {

    static final String SIGNATURE = "oauth_signature";

    private OAuthSignature() {
    }

    /**
     * §3.4.1: the method, the base string URI (without query: its parameters are in {@code parameters})
     * and the normalized parameters, {@code oauth_signature} left out.
     */
    public static String baseString(String method, URI requestUri, Map<String, List<String>> parameters) {
        String normalized = parameters.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(SIGNATURE))
                .flatMap(parameter -> parameter.getValue().stream()
                        .map(value -> new String[] {encode(parameter.getKey()), encode(value)}))
                // by name, then value; not as "name=value" strings, where "a2=" would sort before "a="
                .sorted(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]))
                .map(pair -> pair[0] + "=" + pair[1])
                .collect(Collectors.joining("&"));
        return method.toUpperCase(Locale.ROOT) + "&" + encode(baseStringUri(requestUri)) + "&" + encode(normalized);
    }

    /** §3.4.2: the HMAC-SHA1 signature of a base string, Base64 as sent in {@code oauth_signature}. */
    public static String sign(String baseString, String consumerSecret, String tokenSecret) {
        return Base64.getEncoder().encodeToString(hmac(baseString, consumerSecret, tokenSecret));
    }

    /** Whether {@code signature} (Base64) is the one for this base string; compared in constant time. */
    public static boolean matches(String signature, String baseString, String consumerSecret, String tokenSecret) {
        byte[] sent;
        try {
            sent = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sent, hmac(baseString, consumerSecret, tokenSecret));
    }

    /** §3.6: UTF-8, then every byte but the unreserved characters as %XX with upper-case hex digits. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** §3.4.1.2: lower-case scheme and host, the port only when it is not the scheme's default. */
    static String baseStringUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    private static byte[] hmac(String baseString, String consumerSecret, String tokenSecret) {
        String key = encode(consumerSecret) + "&" + encode(tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException everyJdkHasHmacSha1) {
            throw new IllegalStateException("HmacSHA1 is not available", everyJdkHasHmacSha1);
        }
    }
}
