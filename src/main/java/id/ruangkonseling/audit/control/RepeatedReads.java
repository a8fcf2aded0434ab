package id.ruangkonseling.audit.control;

import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a trail, taken newest first, into the rows of one page: one person's reads of one record, each within
 * {@link #GAP_MINUTES} minutes of the next, become one row with their count; every other entry is a row of its own.
 * The trail keeps every entry; only the page shows them together.
 */
public final class RepeatedReads {

    public static final int GAP_MINUTES = 30;
    private static final Duration GAP = Duration.ofMinutes(GAP_MINUTES);

    /** One row of the page: the newest entry it stands for, the time of its earliest, how many entries. */
    public record Row(AuditEntry newest, Instant first, int count) {

        public static Row of(AuditEntry entry) {
            return new Row(entry, entry.occurredAt(), 1);
        }

        Row withOlder(AuditEntry entry) {
            return new Row(newest, entry.occurredAt(), count + 1);
        }
    }

    /** Whose read of what: reads join only their own person's of the same record. */
    private record Reader(Long actor, AuditAction action, String type, String id) {

        static Reader of(AuditEntry entry) {
            return new Reader(entry.actorId().orElse(null), entry.action(), entry.subjectType().orElse(null),
                    entry.subjectId().orElse(null));
        }
    }

    private final int rowsWanted;
    private final List<Row> rows = new ArrayList<>();
    /** The rows an older read may still join, by reader, as places in {@link #rows}. */
    private final Map<Reader, Integer> joinable = new HashMap<>();

    public RepeatedReads(int rowsWanted) {
        this.rowsWanted = rowsWanted;
    }

    /**
     * Takes the next older entry. False once the page has its rows and none of them can take a read this old:
     * every older entry would fall on a later page.
     */
    public boolean add(AuditEntry entry) {
        joinable.values().removeIf(place -> Duration.between(entry.occurredAt(), rows.get(place).first()).compareTo(GAP) > 0);
        Reader reader = entry.action().isRead() ? Reader.of(entry) : null;
        Integer place = reader == null ? null : joinable.get(reader);
        if (place != null) {
            rows.set(place, rows.get(place).withOlder(entry));
        } else if (rows.size() < rowsWanted) {
            rows.add(Row.of(entry));
            if (reader != null) {
                joinable.put(reader, rows.size() - 1);
            }
        }
        return rows.size() < rowsWanted || !joinable.isEmpty();
    }

    /** The page's rows, newest first. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }
}
