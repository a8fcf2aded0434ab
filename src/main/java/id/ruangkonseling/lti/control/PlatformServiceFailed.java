package id.ruangkonseling.lti.control;

/**
 * A platform's LTI service (its token endpoint, its roster) could not be used: unreachable, refused,
 * or answered something unreadable. The message is for the log; people see a friendly text.
 */
public class PlatformServiceFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public PlatformServiceFailed(String message) {
        super(message);
    }

    public PlatformServiceFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
