package id.ruangkonseling.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks an outside process (a server, a database) again every 250 ms until it answers as wanted. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(250);

    private Poll() {
    }

    /** The first present answer, or empty when the deadline passes first. */
    public static <T> Optional<T> until(Duration deadline, Supplier<Optional<T>> probe) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent() || Instant.now().isAfter(end)) {
                return answer;
            }
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
