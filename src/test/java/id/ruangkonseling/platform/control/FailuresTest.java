package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aChainOfWrappersReadsAsItsRootCause() {
        Exception wrapped = new RuntimeException("wrapper", new IllegalStateException("outer",
                new IOException("Connection refused")));

        assertEquals("Connection refused", Failures.firstLine(wrapped));
    }

    @Test
    void onlyTheFirstLineOfTheMessageIsKept() {
        assertEquals("Table not found", Failures.firstLine(new RuntimeException("Table not found\nSQL: select 1")));
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsClass() {
        assertEquals("IllegalStateException",
                Failures.firstLine(new RuntimeException("wrapper", new IllegalStateException())));
        assertEquals("IllegalStateException",
                Failures.firstLine(new RuntimeException("wrapper", new IllegalStateException("   "))));
    }

    @Test
    void aChainOfCausesThatLoopsStillGivesALine() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);

        assertTrue(Failures.firstLine(second).matches("first|second"));
    }

    @Test
    void aVeryLongMessageIsCutShort() {
        String line = Failures.firstLine(new RuntimeException("x".repeat(10_000)));

        assertTrue(line.endsWith("…"), line);
        assertTrue(line.length() <= 241, "length " + line.length());
    }
}
