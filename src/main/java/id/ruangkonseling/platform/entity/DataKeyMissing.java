package id.ruangkonseling.platform.entity;

/** A value, or the database, names a data-encryption key this service was not given. */
public class DataKeyMissing extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DataKeyMissing(String message) {
        super(message);
    }
}
