package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallCountTest {

    @Test
    void oneToFourAreShownAsFewerThanFive() {
        for (long count = 1; count <= 4; count++) {
            SmallCount small = new SmallCount(count);
            assertTrue(small.suppressed(), "count " + count);
            assertEquals("< 5", small.shown());
            assertEquals("<5", small.csv());
        }
    }

    @Test
    void zeroAndFiveAreShownAsTheyAre() {
        assertFalse(new SmallCount(0).suppressed());
        assertEquals("0", new SmallCount(0).shown());
        assertFalse(new SmallCount(5).suppressed());
        assertEquals("5", new SmallCount(5).csv());
        assertEquals("1200", new SmallCount(1200).shown());
    }

    @Test
    void aNegativeCountIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new SmallCount(-1));
    }
}
