package id.ruangkonseling.lti.boundary;

/**
 * The tool's LTI addresses: public API that LMSs and their admins depend on (the LTI issue's contract
 * table). Extend this list; never rename an entry.
 */
public final class LtiPaths {

    public static final String LOGIN = "/lti/login";
    public static final String LAUNCH = "/lti/launch";
    public static final String REGISTER = "/lti/register";
    public static final String JWKS = "/.well-known/jwks.json";
    /** Where a launch continues in a new window when the iframe keeps no cookies ({@code ?ticket=}). */
    public static final String RESUME = "/lti/resume";

    private LtiPaths() {
    }
}
