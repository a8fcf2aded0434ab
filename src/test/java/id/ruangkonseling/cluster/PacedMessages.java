package id.ruangkonseling.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.testing.Poll;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The student and the counselor writing to each other in turn, a message every {@code everyMillis}, each
 * through their own client that goes to whichever instance is up, for as long as a test restarts
 * instances: each message is sent until an instance acknowledges it, with the same {@code clientId}.
 * Each of them stays below the send limit (30 a minute) for a minute at {@code everyMillis} of 1,000, and
 * for 15 s at 250.
 */
final class PacedMessages implements AutoCloseable {

    private final PairedConversation conversation;
    private final List<Roaming> writers;
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledFuture<?> writing;

    PacedMessages(PairedConversation conversation, Roaming student, Roaming counselor, long everyMillis, String prefix) {
        this.conversation = conversation;
        this.writers = List.of(student, counselor);
        this.writing = clock.scheduleWithFixedDelay(() -> sendNext(prefix), 0, everyMillis, TimeUnit.MILLISECONDS);
    }

    private void sendNext(String prefix) {
        int turn = acknowledged.size() + refused.size();
        String clientId = prefix + "-" + turn;
        try {
            HttpResponse<String> answer = writers.get(turn % 2).ask((instance, session) ->
                    conversation.send(instance, session, clientId, "pesan " + turn));
            (answer.statusCode() == 201 || answer.statusCode() == 200 ? acknowledged : refused)
                    .add(clientId + " " + answer.statusCode());
        } catch (RuntimeException | AssertionError failed) {
            refused.add(clientId + " " + failed);
            throw failed;
        }
    }

    /** Waits until {@code count} messages are acknowledged in all; fails if that takes minutes. */
    void awaitAcknowledged(int count) {
        assertTrue(Poll.until(Duration.ofMinutes(2), () -> Optional.of(acknowledged.size()).filter(done -> done >= count))
                .isPresent(), "acknowledged " + acknowledged + ", refused " + refused);
    }

    /** How many messages were acknowledged so far. */
    int acknowledged() {
        return acknowledged.size();
    }

    /** Stops writing once the message on its way is acknowledged; answers the client ids acknowledged, in order. */
    List<String> stop() {
        writing.cancel(false);
        clock.shutdown();
        try {
            assertTrue(clock.awaitTermination(3, TimeUnit.MINUTES), "the last message was acknowledged");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(refused.isEmpty(), "no message refused: " + refused);
        return acknowledged.stream().map(sent -> sent.substring(0, sent.indexOf(' '))).toList();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
