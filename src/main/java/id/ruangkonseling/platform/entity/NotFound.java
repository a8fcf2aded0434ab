package id.ruangkonseling.platform.entity;

/**
 * What a person asked for is not there for them: a made-up id, someone else's record, or a role their
 * school no longer gives them. Answered everywhere as "not found" ({@code 404}), exactly like a made-up
 * id, so that a refusal never tells that the record exists.
 */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code what} goes to no person, only to a developer reading a stack trace: no content, no names. */
    public NotFound(String what) {
        super(what, null, false, false);
    }
}
