package id.ruangkonseling.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Median and 90th percentile by nearest rank, over the seconds the database hands back. */
class DurationsTest {

    @Test
    void theMedianAndNinetiethPercentileAreTimesThatOccurred() {
        Durations times = Durations.of(List.of(600L, 60L, 300L, 120L, 3600L, 180L, 240L, 420L, 480L, 540L));
        assertEquals(10, times.count());
        assertEquals(Optional.of(Duration.ofSeconds(300)), times.median());
        assertEquals(Optional.of(Duration.ofSeconds(600)), times.p90());
        assertEquals(Optional.of(Duration.ofSeconds(42)), Durations.of(List.of(42L)).p90());
        assertEquals(Optional.empty(), Durations.of(List.of()).median());
    }
}
