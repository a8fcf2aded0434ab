package id.ruangkonseling.lti.control;

/**
 * A launch the tool refuses, with the one reason that decided it: the LMS admin is told which to fix,
 * the log gets one line, and nothing of the token is shown or logged.
 */
public class LaunchRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why; each has a text for the LMS admin in the bundles ({@code launch.rejected.<name>}). */
    public enum Reason {
        MISSING_PARAMETER,
        UNKNOWN_PLATFORM,
        UNKNOWN_OR_USED_STATE,
        MALFORMED,
        UNSIGNED_OR_WRONG_ALGORITHM,
        UNKNOWN_KEY,
        BAD_SIGNATURE,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        WRONG_AUTHORIZED_PARTY,
        EXPIRED,
        ISSUED_AT_OUT_OF_RANGE,
        WRONG_NONCE,
        UNKNOWN_DEPLOYMENT,
        WRONG_VERSION,
        UNSUPPORTED_MESSAGE_TYPE,
        FOREIGN_TARGET_LINK,
        MISSING_RESOURCE_LINK,
        MISSING_ROLES,
        MISSING_DEEP_LINK_RETURN,
        NO_USABLE_ROLE,
        REGISTRATION_CLOSED,
        PLATFORM_CONFIGURATION_UNREADABLE,
        REGISTRATION_REFUSED,
        INVITATION_UNUSABLE,
        TICKET_UNUSABLE,
        SIGNED_IN_AS_SOMEONE_ELSE,
        INCOMPLETE_LTI11_LAUNCH,
        UNSUPPORTED_SIGNATURE_METHOD,
        UNKNOWN_CONSUMER_KEY,
        BAD_OAUTH_SIGNATURE,
        STALE_TIMESTAMP,
        REUSED_NONCE
    }

    private final Reason reason;

    public LaunchRejected(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public LaunchRejected(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
