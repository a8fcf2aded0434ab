package id.ruangkonseling.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * An LTI 1.1 consumer for the tests, signing launch forms as Moodle's {@code mod/lti} does (OAuth 1.0a,
 * HMAC-SHA1, token secret empty). Written apart from the tool's signer on purpose: a bug the two
 * shared would otherwise pass every test.
 */
public final class TestConsumer {

    private final String key;
    private final String secret;

    public TestConsumer(String key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    /** A consumer issued to a new school, stored as the console stores one. */
    public static TestConsumer issuedIn(DataSource database, String schoolName) throws SQLException {
        TestConsumer consumer = new TestConsumer("it-" + UUID.randomUUID(), "secret-" + UUID.randomUUID());
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement school = connection.prepareStatement("INSERT INTO school (issuer, client_id, "
                    + "deployment_id, name, time_zone, created_at) VALUES ('lti-1.1', ?, ?, ?, 'Asia/Jakarta', CURRENT_TIMESTAMP)")) {
                school.setString(1, consumer.key);
                school.setString(2, consumer.key);
                school.setString(3, schoolName);
                school.executeUpdate();
            }
            try (PreparedStatement row = connection.prepareStatement("INSERT INTO lti11_consumer (consumer_key, secret, "
                    + "school_id, created_at) SELECT ?, ?, id, CURRENT_TIMESTAMP FROM school WHERE issuer = 'lti-1.1' AND client_id = ?")) {
                row.setString(1, consumer.key);
                row.setString(2, consumer.secret);
                row.setString(3, consumer.key);
                row.executeUpdate();
            }
        }
        return consumer;
    }

    public String key() {
        return key;
    }

    /** The fields Moodle 3.x posts for a learner's launch of an external tool, before signing. */
    public Map<String, String> moodleLaunch(String userId, String roles) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lti_version", "LTI-1p0");
        form.put("lti_message_type", "basic-lti-launch-request");
        form.put("resource_link_id", "3");
        form.put("resource_link_title", "Ruang Konseling");
        form.put("user_id", userId);
        form.put("roles", roles);
        form.put("lis_person_name_given", "Siti");
        form.put("lis_person_name_family", "Rahmā");
        form.put("lis_person_name_full", "Siti Rahmā");
        form.put("lis_person_contact_email_primary", "siti@sekolah.test");
        form.put("context_id", "9");
        form.put("context_title", "Matematika XI");
        form.put("context_label", "MAT-XI");
        form.put("launch_presentation_locale", "id");
        form.put("launch_presentation_document_target", "iframe");
        form.put("tool_consumer_instance_name", "Moodle SMA Negeri 2");
        form.put("ext_lms", "moodle-2");
        form.put("oauth_callback", "about:blank");
        form.put("oauth_consumer_key", key);
        form.put("oauth_version", "1.0");
        form.put("oauth_nonce", UUID.randomUUID().toString().replace("-", ""));
        form.put("oauth_timestamp", Long.toString(Instant.now().getEpochSecond()));
        form.put("oauth_signature_method", "HMAC-SHA1");
        return form;
    }

    /** {@code form} with its {@code oauth_signature} for a POST to {@code url} (no query). */
    public Map<String, String> signed(Map<String, String> form, String url) {
        SortedMap<String, String> sorted = new TreeMap<>(); // a form's names are distinct: sorting by name is enough
        form.forEach((name, value) -> sorted.put(percent(name), percent(value)));
        String parameters = sorted.entrySet().stream().map(pair -> pair.getKey() + "=" + pair.getValue())
                .collect(Collectors.joining("&"));
        String base = "POST&" + percent(url) + "&" + percent(parameters);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((percent(secret) + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            Map<String, String> signed = new LinkedHashMap<>(form);
            signed.put("oauth_signature", Base64.getEncoder().encodeToString(
                    mac.doFinal(base.getBytes(StandardCharsets.UTF_8))));
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5849 §3.6, byte by byte. */
    private static String percent(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
