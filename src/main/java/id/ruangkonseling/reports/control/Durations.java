package id.ruangkonseling.reports.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long something took, over many times: how many, the median and the 90th percentile (nearest rank). */
public record Durations(int count, Optional<Duration> median, Optional<Duration> p90) {

    public static Durations of(List<Long> seconds) {
        List<Long> sorted = seconds.stream().sorted().toList();
        return new Durations(sorted.size(), rank(sorted, 50), rank(sorted, 90));
    }

    private static Optional<Duration> rank(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(Duration.ofSeconds(sorted.get(Math.max(rank, 1) - 1)));
    }
}
