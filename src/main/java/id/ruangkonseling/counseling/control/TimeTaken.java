package id.ruangkonseling.counseling.control;

/**
 * The time someone tried to book or move to was taken a moment before, by another booking (the
 * database's unique key on a held time said so). Nothing was changed; pick another time.
 */
public class TimeTaken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TimeTaken() {
        super("that time was just taken", null, false, false);
    }
}
