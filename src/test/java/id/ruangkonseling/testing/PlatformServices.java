package id.ruangkonseling.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The test platform's LTI Advantage services, checking the tool as a strict platform would: the
 * Deep Linking return (verifies the posted JWT with the tool's JWKS), the OAuth token endpoint
 * (verifies the client assertion the same way) and a course roster served in three linked pages.
 */
public final class PlatformServices {

    public static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String BROKEN_ROSTER = "broken";
    private static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final Supplier<String> issuer;
    private final Supplier<String> clientId;
    private final Supplier<URI> toolJwks;
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> seenNonces = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger rosterRequests = new AtomicInteger();
    private volatile JWTClaimsSet deepLinkResponse;
    private volatile String deepLinkFailure;

    PlatformServices(HttpServer http, Supplier<String> issuer, Supplier<String> clientId, Supplier<URI> toolJwks) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.toolJwks = toolJwks;
        http.createContext("/deep-link-return", this::deepLinkReturn);
        http.createContext("/token", this::token);
        http.createContext("/memberships/", this::memberships);
    }

    /** Where the platform takes Deep Linking responses back. */
    public String deepLinkReturnUrl() {
        return issuer.get() + "/deep-link-return";
    }

    /** A course's roster address, as the launch's Names and Role Provisioning claim names it. */
    public String membershipsUrl(String contextId) {
        return issuer.get() + "/memberships/" + contextId;
    }

    /** The verified claims of the last Deep Linking response; fails with the reason it was refused. */
    public JWTClaimsSet deepLinkResponse() {
        if (deepLinkFailure != null) {
            throw new AssertionError("the platform refused the deep linking response: " + deepLinkFailure);
        }
        return deepLinkResponse;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int rosterRequests() {
        return rosterRequests.get();
    }

    private void deepLinkReturn(HttpExchange exchange) throws IOException {
        try {
            JWTClaimsSet claims = verified(form(exchange).get("JWT"), Set.of(issuer.get()),
                    new JWTClaimsSet.Builder().issuer(clientId.get()).build(), Set.of("iat", "exp", "nonce"));
            if (!seenNonces.add(claims.getStringClaim("nonce"))) {
                throw new IllegalStateException("a nonce used before");
            }
            deepLinkResponse = claims;
            deepLinkFailure = null;
            answer(exchange, 200, "text/html", "<p>received</p>");
        } catch (Exception refused) {
            deepLinkFailure = refused.toString();
            answer(exchange, 400, "text/plain", "refused");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(exchange);
        try {
            if (!"client_credentials".equals(form.get("grant_type")) || !NRPS_SCOPE.equals(form.get("scope"))
                    || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
                answer(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            verified(form.get("client_assertion"), Set.of(issuer.get() + "/token"), new JWTClaimsSet.Builder()
                    .issuer(clientId.get()).subject(clientId.get()).build(), Set.of("iat", "exp", "jti"));
            String token = "access-" + tokenRequests.get();
            issuedTokens.add(token);
            answer(exchange, 200, "application/json",
                    "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + NRPS_SCOPE + "\"}");
        } catch (Exception refused) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
        }
    }

    /** Three pages: an instructor and learners, one learner inactive; the second page links on relatively. */
    private void memberships(HttpExchange exchange) throws IOException {
        rosterRequests.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issuedTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/" + BROKEN_ROSTER) || !MEDIA_TYPE.equals(exchange.getRequestHeaders().getFirst("Accept"))) {
            answer(exchange, 500, "text/plain", "roster unavailable");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int page = query == null ? 1 : Integer.parseInt(query.replace("page=", ""));
        String here = issuer.get() + path;
        String members = switch (page) {
            case 1 -> member("teacher-5", "Siti Rahma", "Instructor", "Active") + "," + member("s-2", "Budi Santoso", "Learner", "Active");
            case 2 -> member("s-1", "Ani Wijaya", "Learner", "Active") + "," + member("s-4", "Dedi Kurniawan", "Learner", "Inactive");
            default -> member("s-3", "Citra Lestari", "Learner", "Active");
        };
        if (page == 1) {
            exchange.getResponseHeaders().add("Link", "<" + here + "?page=2>; rel=\"next\", <" + here + "?page=3>; rel=\"last\"");
        } else if (page == 2) {
            exchange.getResponseHeaders().add("Link", "<?page=3>; rel=\"next\"");
        }
        answer(exchange, 200, MEDIA_TYPE, "{\"id\":\"" + here + "\",\"context\":{\"id\":\"9\"},\"members\":[" + members + "]}");
    }

    private static String member(String userId, String name, String role, String status) {
        return "{\"status\":\"" + status + "\",\"name\":\"" + name + "\",\"user_id\":\"" + userId
                + "\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#" + role + "\"]}";
    }

    /** A JWT signed by a key of the tool's JWKS, addressed to {@code audience}, with these exact and required claims. */
    private JWTClaimsSet verified(String jwt, Set<String> audience, JWTClaimsSet exact, Set<String> required) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                JWKSourceBuilder.<SecurityContext>create(toolJwks.get().toURL()).retrying(false).build()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience, exact, required, null));
        return processor.process(jwt, null);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return TestPlatform.fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
