package id.ruangkonseling.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The origins that may show the service in a frame (the registered platforms'), kept in memory so that
 * no answer costs a query or waits for the database. The component that knows the platforms supplies
 * them ({@link #sourcedBy}); they are read again in the background after {@link #MAX_AGE} (a platform
 * registered on another instance), or soon after {@link #stale()} (a registration). A platform found
 * while its origin is not among them yet (a login) is added at once ({@link #notice}). While they cannot
 * be read (the database is down), the last known ones stay. Origins in {@code RK_FRAME_ANCESTORS}
 * (separated by spaces or commas) are always among them: the LMS of an LTI 1.1 school registers none.
 */
@ApplicationScoped
public class FramingOrigins {

    private static final Logger LOG = System.getLogger(FramingOrigins.class.getName());
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final Duration RETRY = Duration.ofSeconds(5);

    @Resource
    ManagedExecutorService managedExecutor;

    private final Clock clock;
    private final Set<String> configured;
    private final Executor fixedExecutor;
    private final AtomicBoolean reading = new AtomicBoolean();
    /** Origins found by a lookup since start: registered platforms, whatever a read in progress saw. */
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();
    private volatile Supplier<? extends Collection<String>> source = Set::of;
    private volatile Set<String> origins;
    private volatile Instant readAt = Instant.MIN;

    @Inject
    public FramingOrigins(@ConfigProperty(name = "rk.frame.ancestors") Optional<String> configured) {
        this(Clock.systemUTC(), configured.map(text -> Arrays.asList(text.split("[\\s,]+"))).orElse(List.of()), null);
    }

    protected FramingOrigins() {
        // for the CDI proxy
        this(Clock.systemUTC(), List.of(), null);
    }

    /** For tests: reads with {@code executor} ({@code Runnable::run} reads at once). */
    FramingOrigins(Clock clock, Collection<String> configured, Executor executor) {
        this.clock = clock;
        this.configured = configured.stream().flatMap(address -> BrowserPolicy.origin(address).stream())
                .collect(Collectors.toUnmodifiableSet());
        this.origins = this.configured;
        this.fixedExecutor = executor;
    }

    /** Where the addresses of the registered platforms come from (any address; only origins are kept). */
    public void sourcedBy(Supplier<? extends Collection<String>> addresses) {
        this.source = addresses;
        stale();
        current();
    }

    /** Reads the origins again soon. */
    public void stale() {
        readAt = Instant.MIN;
    }

    /**
     * Adds {@code address}'s origin at once: a registered platform found before the next read. It is kept
     * across reads too, so that a read that began before the platform registered cannot drop it again.
     */
    public void notice(String address) {
        BrowserPolicy.origin(address).filter(noticed::add).ifPresent(unknown -> {
            Set<String> more = new HashSet<>(origins);
            more.add(unknown);
            origins = Set.copyOf(more);
        });
    }

    /** The origins as last read; starts a read in the background when they are old, never waits for one. */
    public Set<String> current() {
        if (readAt.plus(MAX_AGE).isBefore(clock.instant()) && reading.compareAndSet(false, true)) {
            try {
                executor().execute(this::read);
            } catch (RuntimeException rejected) {
                reading.set(false);
            }
        }
        return origins;
    }

    private Executor executor() {
        return fixedExecutor != null ? fixedExecutor : managedExecutor;
    }

    private void read() {
        Instant now = clock.instant();
        try {
            Set<String> read = new HashSet<>(configured);
            source.get().forEach(address -> BrowserPolicy.origin(address).ifPresent(read::add));
            read.addAll(noticed);
            origins = Set.copyOf(read);
            readAt = now;
        } catch (RuntimeException unavailable) {
            readAt = now.minus(MAX_AGE).plus(RETRY); // keep the last known ones; try again in a few seconds
            LOG.log(Level.DEBUG, "The platforms that may frame the service could not be read: {0}",
                    Failures.firstLine(unavailable));
        } finally {
            reading.set(false);
        }
    }
}
