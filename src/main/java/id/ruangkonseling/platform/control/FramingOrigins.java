package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The origins that may show the service in a frame (the registered platforms'), kept in memory so that
 * no answer costs a query. The component that knows the platforms supplies them ({@link #sourcedBy});
 * they are read again after {@link #MAX_AGE}, so that a platform registered on another instance frames
 * this one too, or at once after {@link #stale()} (a registration, or a login from a platform not yet
 * among them). While they cannot be read (the database is down), the last known ones stay. Origins in
 * {@code RK_FRAME_ANCESTORS} (separated by spaces or commas) are always among them: the LMS of an LTI 1.1
 * school, which registers no address.
 */
@ApplicationScoped
public class FramingOrigins {

    private static final Logger LOG = System.getLogger(FramingOrigins.class.getName());
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Clock clock;
    private final Set<String> configured;
    private volatile Supplier<? extends Collection<String>> source = Set::of;
    private volatile Set<String> origins = Set.of();
    private volatile Instant readAt = Instant.MIN;

    @Inject
    public FramingOrigins(@ConfigProperty(name = "rk.frame.ancestors") Optional<String> configured) {
        this(Clock.systemUTC(), configured.map(text -> Arrays.asList(text.split("[\\s,]+"))).orElse(java.util.List.of()));
    }

    protected FramingOrigins() {
        // for the CDI proxy
        this(Clock.systemUTC(), java.util.List.of());
    }

    FramingOrigins(Clock clock, Collection<String> configured) {
        this.clock = clock;
        this.configured = configured.stream().flatMap(address -> BrowserPolicy.origin(address).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.origins = this.configured;
    }

    /** Where the addresses of the registered platforms come from (any address; only origins are kept). */
    public void sourcedBy(Supplier<? extends Collection<String>> addresses) {
        this.source = addresses;
        stale();
    }

    /** Reads the origins again on next use. */
    public void stale() {
        readAt = Instant.MIN;
    }

    /** Marks them stale when {@code address}'s origin is not among them yet. */
    public void notice(String address) {
        BrowserPolicy.origin(address).filter(origin -> !origins.contains(origin)).ifPresent(unknown -> stale());
    }

    public Set<String> current() {
        Instant now = clock.instant();
        if (readAt.plus(MAX_AGE).isBefore(now)) {
            synchronized (this) {
                if (readAt.plus(MAX_AGE).isBefore(now)) {
                    read(now);
                }
            }
        }
        return origins;
    }

    private void read(Instant now) {
        try {
            Set<String> read = new HashSet<>(configured);
            source.get().forEach(address -> BrowserPolicy.origin(address).ifPresent(read::add));
            origins = Set.copyOf(read);
            readAt = now;
        } catch (RuntimeException unavailable) {
            // keep the last known origins; try again in a few seconds, not on every answer
            readAt = now.minus(MAX_AGE).plusSeconds(5);
            LOG.log(Level.DEBUG, "The platforms that may frame the service could not be read: {0}",
                    Failures.firstLine(unavailable));
        }
    }
}
