package id.ruangkonseling.chat.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentPagesTest {

    private final RecentPages pages = new RecentPages();
    private final AtomicInteger reads = new AtomicInteger();

    private List<ChatMessage> read() {
        reads.incrementAndGet();
        return List.of(new ChatMessage(8, "c-8", new ChatMessage.ChatAuthor(3, "student", "Dewi", false), "Halo", Instant.EPOCH, null));
    }

    private void at(String instant) {
        pages.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void pollsWokenByOneMessageShareOneRead() {
        at("2026-12-06T10:00:00Z");
        for (int poll = 0; poll < 1000; poll++) {
            assertEquals("Halo", pages.after(7, 7, 8, this::read).getFirst().body());
        }
        assertEquals(1, reads.get());
    }

    @Test
    void aNewMessageAnotherStartOrAnotherConversationIsReadAgain() {
        at("2026-12-06T10:00:00Z");
        pages.after(7, 7, 8, this::read);
        pages.after(7, 7, 9, this::read);
        pages.after(7, 6, 9, this::read);
        pages.after(5, 7, 9, this::read);
        assertEquals(4, reads.get());
    }

    @Test
    void aPageIsSharedForTwoSecondsOnly() {
        at("2026-12-06T10:00:00Z");
        pages.after(7, 7, 8, this::read);
        at("2026-12-06T10:00:01.900Z");
        pages.after(7, 7, 8, this::read);
        at("2026-12-06T10:00:02Z");
        pages.after(7, 7, 8, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void anErasedConversationIsReadAgainNotRemembered() {
        at("2026-12-06T10:00:00Z");
        pages.after(7, 7, 8, this::read);
        pages.forget(Set.of(7L));
        pages.after(7, 7, 8, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void eachReaderSeesWhetherTheMessageIsTheirOwn() {
        ChatMessage shared = read().getFirst();
        assertEquals(true, shared.seenBy(3).author().me());
        assertEquals(false, shared.seenBy(4).author().me());
    }
}
