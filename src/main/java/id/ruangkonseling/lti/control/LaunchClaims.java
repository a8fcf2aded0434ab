package id.ruangkonseling.lti.control;

import id.ruangkonseling.lti.entity.PlatformRegistration;
import com.nimbusds.jwt.JWTClaimsSet;
import id.ruangkonseling.lti.control.Launch.CourseClaim;
import id.ruangkonseling.lti.control.Launch.MessageType;
import id.ruangkonseling.lti.control.LaunchRejected.Reason;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of a signature-checked LTI 1.3 launch: who sent it to whom and when, whether it answers
 * the tool's own login ({@code nonce}), and whether it is a launch the tool can serve.
 */
public final class LaunchClaims {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String NAMES_ROLES = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Duration OLDEST_ISSUED = Duration.ofMinutes(5);

    private final ToolAddress tool;
    private final Clock clock;

    /** {@code tool}: the tool's public address; a launch must target a page under it. */
    public LaunchClaims(ToolAddress tool, Clock clock) {
        this.tool = tool;
        this.clock = clock;
    }

    Launch read(JWTClaimsSet claims, PlatformRegistration platform, String expectedNonce) throws LaunchRejected {
        requireSender(claims, platform);
        requireFresh(claims);
        require(expectedNonce != null && expectedNonce.equals(claims.getClaim("nonce")), Reason.WRONG_NONCE,
                "the nonce is not the one the tool sent, or was used before");
        String deploymentId = string(claims, LTI + "deployment_id");
        require(deploymentId != null && platform.deploymentIds().contains(deploymentId), Reason.UNKNOWN_DEPLOYMENT,
                "deployment " + deploymentId + " is not registered for " + platform.issuer());
        require("1.3.0".equals(string(claims, LTI + "version")), Reason.WRONG_VERSION,
                "LTI version " + string(claims, LTI + "version"));
        MessageType type = MessageType.of(string(claims, LTI + "message_type")).orElseThrow(() -> new LaunchRejected(
                Reason.UNSUPPORTED_MESSAGE_TYPE, "message type " + string(claims, LTI + "message_type")));
        URI target = toolTarget(string(claims, LTI + "target_link_uri"));
        Optional<String> resourceLink = Optional.ofNullable(string(object(claims, LTI + "resource_link"), "id"));
        require(type != MessageType.RESOURCE_LINK || resourceLink.isPresent(), Reason.MISSING_RESOURCE_LINK,
                "a resource link launch without resource_link.id");
        Optional<URI> deepLinkReturn = LtiAddresses.parse(string(object(claims, DEEP_LINKING), "deep_link_return_url"));
        require(type != MessageType.DEEP_LINKING || deepLinkReturn.isPresent(), Reason.MISSING_DEEP_LINK_RETURN,
                "a deep linking request without deep_link_return_url");
        return new Launch(claims.getIssuer(), claims.getSubject(), deploymentId, type, target, resourceLink,
                roles(claims), optional(claims, "name"), optional(claims, "email"), locale(claims), course(claims),
                deepLinkReturn, Optional.ofNullable(string(object(claims, DEEP_LINKING), "data")), custom(claims),
                membershipsUrl(claims));
    }

    /** The custom parameters as strings; Moodle sends them so, and anything else is not ours. */
    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, Object> custom = object(claims, LTI + "custom");
        Map<String, String> strings = new HashMap<>();
        if (custom != null) {
            custom.forEach((name, value) -> {
                if (value instanceof String text) {
                    strings.put(name, text);
                }
            });
        }
        return Map.copyOf(strings);
    }

    /** The course's roster address, when the platform offers Names and Role Provisioning 2.0 for it. */
    private static Optional<URI> membershipsUrl(JWTClaimsSet claims) {
        Map<String, Object> service = object(claims, NAMES_ROLES);
        Object versions = service == null ? null : service.get("service_versions");
        boolean version2 = versions == null || (versions instanceof List<?> list && list.contains("2.0"));
        return version2 ? LtiAddresses.parse(string(service, "context_memberships_url")) : Optional.empty();
    }

    private static void requireSender(JWTClaimsSet claims, PlatformRegistration platform) throws LaunchRejected {
        require(platform.issuer().equals(claims.getIssuer()), Reason.WRONG_ISSUER, "issuer " + claims.getIssuer());
        List<String> audience = claims.getAudience();
        require(audience.contains(platform.clientId()), Reason.WRONG_AUDIENCE, "not addressed to this tool's client id");
        String authorizedParty = string(claims, "azp");
        require(authorizedParty == null ? audience.size() == 1 : platform.clientId().equals(authorizedParty),
                Reason.WRONG_AUTHORIZED_PARTY, "azp " + authorizedParty + " with " + audience.size() + " audience(s)");
        require(audience.stream().allMatch(platform.clientId()::equals), Reason.WRONG_AUDIENCE,
                "addressed to other audiences too");
        require(claims.getSubject() != null && !claims.getSubject().isBlank(), Reason.MALFORMED, "no sub");
    }

    private void requireFresh(JWTClaimsSet claims) throws LaunchRejected {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        require(expires != null && expires.toInstant().plus(SKEW).isAfter(now), Reason.EXPIRED, "exp " + expires);
        Date issued = claims.getIssueTime();
        require(issued != null && !issued.toInstant().isAfter(now.plus(SKEW))
                && !issued.toInstant().isBefore(now.minus(OLDEST_ISSUED)), Reason.ISSUED_AT_OUT_OF_RANGE, "iat " + issued);
    }

    private URI toolTarget(String targetLinkUri) throws LaunchRejected {
        URI target = LtiAddresses.parse(targetLinkUri).orElse(null);
        require(tool.owns(target), Reason.FOREIGN_TARGET_LINK, "target_link_uri " + targetLinkUri + " is not under " + tool.base());
        return target;
    }

    private static List<String> roles(JWTClaimsSet claims) throws LaunchRejected {
        try {
            List<String> roles = claims.getStringListClaim(LTI + "roles");
            require(roles != null, Reason.MISSING_ROLES, "no roles claim");
            return List.copyOf(roles);
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.MISSING_ROLES, "the roles claim is not a list of strings", e);
        }
    }

    private static Optional<String> locale(JWTClaimsSet claims) {
        return optional(claims, "locale").or(() -> Optional.ofNullable(string(object(claims, LTI + "launch_presentation"), "locale")));
    }

    private static Optional<CourseClaim> course(JWTClaimsSet claims) {
        Map<String, Object> context = object(claims, LTI + "context");
        return Optional.ofNullable(string(context, "id")).map(id -> new CourseClaim(id,
                Optional.ofNullable(string(context, "title")), Optional.ofNullable(string(context, "label"))));
    }

    private static Optional<String> optional(JWTClaimsSet claims, String name) {
        return Optional.ofNullable(string(claims, name)).filter(value -> !value.isBlank());
    }

    private static String string(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static String string(Map<String, Object> object, String name) {
        return object != null && object.get(name) instanceof String value ? value : null;
    }

    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException notAnObject) {
            return null;
        }
    }

    private static void require(boolean rule, Reason reason, String detail) throws LaunchRejected {
        if (!rule) {
            throw new LaunchRejected(reason, detail);
        }
    }
}
