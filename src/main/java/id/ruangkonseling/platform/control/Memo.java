package id.ruangkonseling.platform.control;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value made on first use and kept. A failed attempt keeps nothing, so the next use tries again:
 * what depends on a database or a file that is not there yet recovers once it is.
 */
public final class Memo<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public Memo(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }

    /** The value if it has been made, without making it. */
    public Optional<T> ifMade() {
        return Optional.ofNullable(value);
    }
}
