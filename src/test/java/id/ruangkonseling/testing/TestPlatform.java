package id.ruangkonseling.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * An LTI 1.3 platform for the tests, driven as Moodle drives a tool: it publishes its keys over HTTP
 * (the JDK's server, on loopback), starts logins with a POST, and answers the tool's authorization
 * request with a signed {@code id_token} posted to the tool's redirect URI. What a browser opens (the
 * course page, the authorization endpoint) may be served over HTTPS on another port
 * ({@link #servingBrowsersOverHttps}); the issuer, its keys and services stay on plain HTTP.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "test-client";
    public static final String DEPLOYMENT_ID = "1";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final Set<Integer> PORTS_USED = ConcurrentHashMap.newKeySet();
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    private volatile RSAKey key;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final HttpServer http;
    private HttpsServer browserFacing;
    private String clientId = CLIENT_ID;
    private String deploymentId = DEPLOYMENT_ID;
    private volatile String receivedRegistration;
    private volatile String receivedRegistrationAuthorization;
    private volatile URI toolJwks;
    private PlatformServices services;

    private TestPlatform(RSAKey key, HttpServer http) {
        this.key = key;
        this.published.add(key);
        this.http = http;
    }

    public static TestPlatform start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-platform-key").generate();
            HttpServer http = onAPortNotUsedBefore();
            TestPlatform platform = new TestPlatform(key, http);
            http.createContext("/jwks", exchange -> platform.answer(exchange,
                    new JWKSet(platform.published.stream().<JWK>map(RSAKey::toPublicJWK).toList()).toString()));
            platform.services = new PlatformServices(http, platform::issuer, () -> platform.clientId, () -> platform.toolJwks);
            http.createContext("/.well-known/openid-configuration", exchange -> platform.answer(exchange, platform.openidConfiguration()));
            http.createContext("/register", exchange -> {
                platform.receivedRegistration = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                platform.receivedRegistrationAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                platform.clientId = "registered-client";
                platform.deploymentId = "7";
                platform.answer(exchange, "{\"client_id\":\"registered-client\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{\"deployment_id\":\"7\"}}");
            });
            http.start();
            return platform;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The issuer is this server's address and the shared database keeps every platform registered in a
     * run, so a port the system hands out a second time would register the same issuer twice and fail.
     */
    private static HttpServer onAPortNotUsedBefore() throws IOException {
        for (int attempt = 1; ; attempt++) {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            if (PORTS_USED.add(http.getAddress().getPort()) || attempt == 50) {
                return http;
            }
            http.stop(0);
        }
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String openidConfiguration() {
        return "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + browserBase() + "/auth\","
                + "\"token_endpoint\":\"" + issuer() + "/token\",\"jwks_uri\":\"" + issuer() + "/jwks\","
                + "\"registration_endpoint\":\"" + issuer() + "/register\"}";
    }

    /**
     * Rotates this platform's signing key as a platform does: the new key is published beside the old
     * one and signs every launch from now on. Answers the new key's id.
     */
    public String rotateKey() {
        try {
            RSAKey next = new RSAKeyGenerator(2048).keyID("test-platform-key-" + (published.size() + 1)).generate();
            published.add(next);
            key = next;
            return next.getKeyID();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an LMS admin's "add LTI Advantage tool" sends the tool: this platform's configuration. */
    public String openidConfigurationUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** The tool's client registration as this platform received it, and its Authorization header. */
    public String receivedRegistration() {
        return receivedRegistration;
    }

    public String receivedRegistrationAuthorization() {
        return receivedRegistrationAuthorization;
    }

    public String issuer() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Registers this platform and its one deployment (a school) in the tool's database. */
    public TestPlatform registerIn(DataSource database, String schoolName) throws SQLException {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement platform = connection.prepareStatement("INSERT INTO lti_platform "
                    + "(issuer, client_id, auth_login_url, auth_token_url, jwks_url, registered_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                platform.setString(1, issuer());
                platform.setString(2, CLIENT_ID);
                platform.setString(3, browserBase() + "/auth");
                platform.setString(4, issuer() + "/token");
                platform.setString(5, issuer() + "/jwks");
                platform.executeUpdate();
            }
            try (PreparedStatement school = connection.prepareStatement("INSERT INTO school "
                    + "(issuer, client_id, deployment_id, name, time_zone, created_at) VALUES (?, ?, ?, ?, 'Asia/Jakarta', CURRENT_TIMESTAMP)")) {
                school.setString(1, issuer());
                school.setString(2, CLIENT_ID);
                school.setString(3, DEPLOYMENT_ID);
                school.setString(4, schoolName);
                school.executeUpdate();
            }
        }
        return this;
    }

    /**
     * A whole launch of {@code person} with these LTI roles through the tool's login and launch, in the
     * given browser; {@code adjust} changes the id_token's claims before signing. Answers the tool's
     * response to the launch post.
     */
    public Launched launch(Http browser, PayaraMicro tool, String person, List<String> roles,
                           UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return launch(browser, tool.uri(""), person, roles, adjust);
    }

    /** As {@link #launch(Http, PayaraMicro, String, List, UnaryOperator)}, to the tool at {@code toolBase} (a proxy, say). */
    public Launched launch(Http browser, URI toolBase, String person, List<String> roles,
                           UnaryOperator<JWTClaimsSet.Builder> adjust) {
        String target = toolBase + "/lti/launch";
        toolJwks = URI.create(toolBase + "/.well-known/jwks.json");
        HttpResponse<String> login = browser.postForm("/lti/login", form(Map.of("iss", issuer(), "login_hint", person,
                "target_link_uri", target, "client_id", clientId, "lti_deployment_id", deploymentId,
                "lti_message_hint", "{\"cmid\":3}")));
        Map<String, String> authorization = query(URI.create(login.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("the tool did not redirect the login: " + login.statusCode() + " " + login.body()))));
        String idToken = sign(adjust.apply(claims(person, roles, authorization.get("nonce"), target)));
        String state = authorization.get("state");
        URI redirect = URI.create(authorization.get("redirect_uri"));
        return new Launched(idToken, state, browser.postForm(redirect.getPath(), form(Map.of("id_token", idToken, "state", state))));
    }

    /** What the platform posted and what the tool answered. */
    public record Launched(String idToken, String state, HttpResponse<String> answer) {
    }

    private JWTClaimsSet.Builder claims(String person, List<String> roles, String nonce, String target) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(person)
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce)
                .claim("name", "Siti Rahma")
                .claim(LTI + "deployment_id", deploymentId)
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "target_link_uri", target)
                .claim(LTI + "resource_link", Map.of("id", "3", "title", "Ruang Konseling"))
                .claim(LTI + "roles", roles)
                .claim(LTI + "context", Map.of("id", "9", "label", "MAT-XI", "title", "Matematika XI", "type", List.of("CourseSection")))
                .claim(LTI + "launch_presentation", Map.of("locale", "id", "document_target", "iframe"))
                .claim(NRPS, Map.of("context_memberships_url", services.membershipsUrl("9"), "service_versions", List.of("2.0")));
    }

    /** The Deep Linking, token and roster endpoints of this platform, and what they received. */
    public PlatformServices services() {
        return services;
    }

    /** Turns a launch into a Deep Linking request, as Moodle sends when a teacher adds the tool to a course. */
    public UnaryOperator<JWTClaimsSet.Builder> deepLinking(String data) {
        return claims -> claims.claim(LTI + "message_type", "LtiDeepLinkingRequest").claim(LTI + "resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", services.deepLinkReturnUrl(), "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"), "accept_multiple", false,
                        "auto_create", true, "data", data));
    }

    /** Launches from another course ({@code contextId}), whose roster this platform serves at its own address. */
    public UnaryOperator<JWTClaimsSet.Builder> fromCourse(String contextId, String title) {
        return claims -> claims.claim(LTI + "context", Map.of("id", contextId, "title", title, "type", List.of("CourseSection")))
                .claim(NRPS, Map.of("context_memberships_url", services.membershipsUrl(contextId), "service_versions", List.of("2.0")));
    }

    /** Launches from a course whose LMS offers no roster service (no Names and Role Provisioning claim). */
    public UnaryOperator<JWTClaimsSet.Builder> fromCourseWithoutRoster(String contextId, String title) {
        return claims -> claims.claim(LTI + "context", Map.of("id", contextId, "title", title, "type", List.of("CourseSection")))
                .claim(NRPS, null);
    }

    private String sign(JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Lets a real browser launch from this platform, as Moodle's course page does: {@code /course}
     * shows the tool in an iframe ({@code ?target=iframe}) or links to it in a new window, and
     * {@code /auth}, the authorization endpoint, answers the tool with an auto-posting form. The
     * {@code lti_message_hint} carries the person's LTI role.
     */
    public TestPlatform servingBrowsers(PayaraMicro tool) {
        return serveBrowsers(http, tool, tool.uri(""));
    }

    /**
     * The same over HTTPS: the course page and the authorization endpoint on another port of
     * {@code 127.0.0.1} with {@code tls}'s certificate, the tool launched at its public address
     * {@code toolAddress} (e.g. {@code https://localhost:8443}). Call before the platform is registered,
     * so that its login address is this one.
     */
    public TestPlatform servingBrowsersOverHttps(PayaraMicro tool, URI toolAddress, SSLContext tls) {
        try {
            browserFacing = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browserFacing.setHttpsConfigurator(new HttpsConfigurator(tls));
        // a thread per exchange: on the server's one thread, a TLS connection Chromium opened ahead and left
        // idle would hold up every request on its other connections
        browserFacing.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        browserFacing.start();
        return serveBrowsers(browserFacing, tool, toolAddress);
    }

    private TestPlatform serveBrowsers(HttpServer server, PayaraMicro tool, URI toolAddress) {
        toolJwks = tool.uri("/.well-known/jwks.json"); // so the roster's token endpoint can verify the tool's assertion
        server.createContext("/auth", exchange -> {
            Map<String, String> request = query(exchange.getRequestURI());
            String idToken = sign(claims(request.get("login_hint"), List.of(request.get("lti_message_hint")),
                    request.get("nonce"), request.get("redirect_uri")));
            html(exchange, "<form id=\"launch\" method=\"post\" action=\"" + request.get("redirect_uri") + "\">"
                    + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                    + "<input type=\"hidden\" name=\"state\" value=\"" + request.get("state") + "\"></form>"
                    + "<script>document.getElementById('launch').submit();</script>");
        });
        server.createContext("/course", exchange -> {
            Map<String, String> request = query(exchange.getRequestURI());
            String login = loginAddress(toolAddress, request.get("person"), request.get("role"));
            html(exchange, "iframe".equals(request.get("target"))
                    ? "<iframe id=\"tool\" title=\"Ruang Konseling\" src=\"" + login + "\" width=\"900\" height=\"600\""
                            + " allow=\"microphone " + toolAddress + "; camera " + toolAddress + "\"></iframe>"
                    : "<a id=\"tool\" href=\"" + login + "\" target=\"_blank\">Ruang Konseling</a>");
        });
        return this;
    }

    /** Where this platform starts a launch of {@code person} with this LTI role at the tool's address (a GET login). */
    public String loginAddress(URI toolAddress, String person, String role) {
        return toolAddress + "/lti/login?" + form(Map.of("iss", issuer(), "login_hint", person,
                "target_link_uri", toolAddress + "/lti/launch", "client_id", clientId,
                "lti_deployment_id", deploymentId, "lti_message_hint", role));
    }

    /** This platform's course page that shows the tool to {@code person} with this LTI role. */
    public String coursePage(String person, String role, String target) {
        return browserBase() + "/course?" + form(Map.of("person", person, "role", role, "target", target));
    }

    /** Where browsers reach this platform: its issuer, or its HTTPS port when it serves browsers over HTTPS. */
    private String browserBase() {
        return browserFacing == null ? issuer() : "https://127.0.0.1:" + browserFacing.getAddress().getPort();
    }

    private static void html(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Test LMS</title></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public static Map<String, String> query(URI uri) {
        return fields(uri.getRawQuery());
    }

    /** The fields of a query or form body ({@code a=1&b=2}), decoded; a field without a value is left out. */
    public static Map<String, String> fields(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (first, last) -> last));
    }

    @Override
    public void close() {
        http.stop(0);
        if (browserFacing != null) {
            browserFacing.stop(0);
        }
    }
}
