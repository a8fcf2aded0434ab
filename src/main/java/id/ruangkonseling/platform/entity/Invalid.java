package id.ruangkonseling.platform.entity;

/**
 * A value a person or client sent that the record does not take: which {@link #field()} and, in
 * {@link #textKey()}, the bundle key of what they read about it. Answered as {@code 400} by the API, naming
 * the field. An {@link IllegalArgumentException}, as any refused argument is.
 */
public class Invalid extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String textKey;

    /** {@code why} is for developers only; it never carries what the person wrote. */
    public Invalid(String field, String textKey, String why) {
        super(why);
        this.field = field;
        this.textKey = textKey;
    }

    public String field() {
        return field;
    }

    public String textKey() {
        return textKey;
    }
}
