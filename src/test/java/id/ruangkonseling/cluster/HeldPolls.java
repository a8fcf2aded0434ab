package id.ruangkonseling.cluster;

import static id.ruangkonseling.chat.ChatParties.messages;
import static id.ruangkonseling.chat.ChatParties.number;

import id.ruangkonseling.testing.Poll;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A person who keeps a poll held on a conversation the whole time, as the chat panel does: each answer is
 * followed at once by the next poll from the last number heard. Keeps the client id of every message the
 * polls brought, in the order they came, duplicates included — so a test sees anything lost or heard twice.
 */
final class HeldPolls implements AutoCloseable {

    private static final int HELD_SECONDS = 20;

    private final Roaming who;
    private final PairedConversation conversation;
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ExecutorService polling = Executors.newSingleThreadExecutor();
    private volatile long lastSeq;
    private volatile boolean closed;

    private HeldPolls(Roaming who, PairedConversation conversation, long from) {
        this.who = who;
        this.conversation = conversation;
        this.lastSeq = from;
    }

    /** Starts polling for what comes after message number {@code from}. */
    static HeldPolls from(long from, Roaming who, PairedConversation conversation) {
        HeldPolls polls = new HeldPolls(who, conversation, from);
        polls.polling.execute(polls::pollUntilClosed);
        return polls;
    }

    private void pollUntilClosed() {
        try {
            while (!closed) {
                HttpResponse<String> answer = who.ask((instance, session) -> session.get(conversation.poll(lastSeq, HELD_SECONDS)));
                if (answer.statusCode() == 200) {
                    for (Map<String, Object> message : messages(answer)) {
                        heard.add((String) message.get("clientId"));
                        lastSeq = Math.max(lastSeq, number(message, "seq"));
                    }
                }
            }
        } catch (RuntimeException | AssertionError stoppedOrFailed) {
            if (!closed) {
                heard.add("(polling failed: " + stoppedOrFailed + ")");
            }
        }
    }

    /** What the polls brought once they brought {@code count} messages, or after {@code deadline} whatever they brought. */
    List<String> heard(int count, Duration deadline) {
        return Poll.until(deadline, () -> heard.size() >= count ? Optional.of(List.copyOf(heard)) : Optional.empty())
                .orElseGet(() -> List.copyOf(heard));
    }

    @Override
    public void close() {
        closed = true;
        polling.shutdownNow();
    }
}
