package id.ruangkonseling.platform.entity;

/**
 * A value a person or client sent that the record does not take: which {@link #field()} and, in
 * {@link #textKey()}, the bundle key of what they read about it, filled with {@link #values()} (a limit, say).
 * Answered as {@code 400} by the API, naming the field. An {@link IllegalArgumentException}, as any refused
 * argument is.
 */
public class Invalid extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String textKey;
    private final transient Object[] values;

    /** {@code why} is for developers only; it never carries what the person wrote, nor do {@code values}. */
    public Invalid(String field, String textKey, String why, Object... values) {
        super(why);
        this.field = field;
        this.textKey = textKey;
        this.values = values.clone();
    }

    public String field() {
        return field;
    }

    public String textKey() {
        return textKey;
    }

    public Object[] values() {
        return values == null ? new Object[0] : values.clone();
    }
}
