package id.ruangkonseling.platform.entity;

/**
 * A step the record's state does not allow now (an appointment that has begun cannot be moved, a closed
 * conversation takes no message). The person is told why in their language: {@link #textKey()} names the
 * text in the bundles. Answered as {@code 409} by the API. An {@link IllegalStateException}, as any step
 * out of order is.
 */
public class NotPossible extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String textKey;

    /** {@code textKey} is the bundle key of what the person reads; {@code why} is for developers only. */
    public NotPossible(String textKey, String why) {
        super(why);
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }
}
