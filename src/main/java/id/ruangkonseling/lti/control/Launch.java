package id.ruangkonseling.lti.control;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a verified launch says about the person, the course and what they asked for: an LTI 1.3 id_token,
 * or an LTI 1.1 form in the same shape ({@link Lti11LaunchFields}).
 */
public record Launch(
        String issuer,
        String subject,
        String deploymentId,
        MessageType messageType,
        URI targetLinkUri,
        Optional<String> resourceLinkId,
        List<String> roles,
        Optional<String> name,
        Optional<String> email,
        Optional<String> locale,
        Optional<CourseClaim> course,
        Optional<URI> deepLinkReturnUrl,
        Optional<String> deepLinkData,
        Map<String, String> custom,
        Optional<URI> membershipsUrl) {

    /** The place a resource link chose when it was deep-linked ({@code custom.rk_place}), if any. */
    public Optional<ToolPlace> place() {
        return ToolPlace.of(custom.get(ToolPlace.CUSTOM_KEY));
    }

    public enum MessageType {
        RESOURCE_LINK("LtiResourceLinkRequest"),
        DEEP_LINKING("LtiDeepLinkingRequest");

        private final String claimValue;

        MessageType(String claimValue) {
            this.claimValue = claimValue;
        }

        public static Optional<MessageType> of(String claimValue) {
            for (MessageType type : values()) {
                if (type.claimValue.equals(claimValue)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** The LTI context claim: the course the launch came from. */
    public record CourseClaim(String id, Optional<String> title, Optional<String> label) {
    }
}
