package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void theValueIsMadeOnceOnFirstUse() {
        AtomicInteger made = new AtomicInteger();
        Memo<String> memo = new Memo<>(() -> "value " + made.incrementAndGet());

        assertEquals(Optional.empty(), memo.ifMade());
        assertEquals("value 1", memo.get());
        assertEquals("value 1", memo.get());
        assertEquals(Optional.of("value 1"), memo.ifMade());
    }

    @Test
    void aFailedAttemptIsTriedAgainOnTheNextUse() {
        AtomicInteger attempts = new AtomicInteger();
        Memo<String> memo = new Memo<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is down");
            }
            return "started";
        });

        assertThrows(IllegalStateException.class, memo::get);
        assertEquals("started", memo.get());
    }
}
