package id.ruangkonseling.call.boundary;

import id.ruangkonseling.call.control.LiveCall;
import id.ruangkonseling.call.control.LiveCalls;
import id.ruangkonseling.chat.boundary.ChatMessages;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends the calls nobody will end: one that rang {@link #RINGING} without an answer (a missed call), one whose
 * participant's page stopped asking for {@link #GONE} (closed, or the network gone for good), and one whose
 * conversation closed or changed hands (the case closed, was handed over, or the school released the
 * counselor). Looks every few seconds, at the calls whose data-grid entry this instance holds, so that a call is
 * ended by one instance of the cluster; a participant's page counts whichever instance it asks.
 */
@ApplicationScoped
public class CallSweeper {

    private static final Logger LOG = System.getLogger(CallSweeper.class.getName());
    /** How long a call rings before it is missed. */
    public static final Duration RINGING = Duration.ofSeconds(45);
    /** How long a participant's page may be silent (its held polls last at most 30 s) before they have left. */
    public static final Duration GONE = Duration.ofSeconds(50);
    private static final long EVERY_SECONDS = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    LiveCalls live;

    @Inject
    Calls calls;

    @Inject
    ChatMessages messages;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> looks;

    void onStartup(@Observes Startup startup) {
        looks = executor.scheduleWithFixedDelay(this::sweep, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (looks != null) {
            looks.cancel(false);
        }
    }

    /**
     * Shares which pages asked here, then ends what is over among the calls this instance looks after (each call
     * is looked after by one instance of the cluster). Never throws: an exception would end the schedule.
     */
    void sweep() {
        Instant now = clock.instant();
        try {
            live.shareSeen();
            live.heldHere().forEach(call -> endIfOver(call, now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The live calls could not be looked at; they are at the next look: " + e);
        }
    }

    private void endIfOver(LiveCall call, Instant now) {
        try {
            if (isOver(call, now)) {
                calls.expire(call);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A call could not be ended; it is tried again at the next look: " + e);
        }
    }

    private boolean isOver(LiveCall call, Instant now) {
        boolean rangOut = call.state() == LiveCall.State.RINGING && call.startedAt().plus(RINGING).isBefore(now);
        return rangOut || left(call.callerId(), now) || call.state() == LiveCall.State.ANSWERED && left(call.calledId(), now)
                || !messages.isOpenBetween(call.conversationId(), call.schoolId(), call.callerId(), call.calledId());
    }

    private boolean left(long memberId, Instant now) {
        long seenAt = live.seenAt(memberId);
        return seenAt > 0 && Instant.ofEpochSecond(seenAt).plus(GONE).isBefore(now);
    }
}
