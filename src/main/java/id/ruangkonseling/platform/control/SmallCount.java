package id.ruangkonseling.platform.control;

/**
 * A count shown to someone who must not be able to recognise a single student in it (the school
 * admin's reports, a course's needs profile): counts from 1 to 4 are shown as "fewer than five", zero
 * and five or more as they are. Small-cell suppression, the rule of official statistics.
 */
public record SmallCount(long value) {

    /** The smallest count shown as it is, apart from zero. */
    public static final int THRESHOLD = 5;

    public SmallCount {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative: " + value);
        }
    }

    /** Whether this count is hidden: 1 to 4. */
    public boolean suppressed() {
        return value > 0 && value < THRESHOLD;
    }

    /** As a page shows it: {@code "< 5"} or the number. */
    public String shown() {
        return suppressed() ? "< " + THRESHOLD : Long.toString(value);
    }

    /** As a CSV cell: {@code <5} or the number, so that a spreadsheet reads every other cell as a number. */
    public String csv() {
        return suppressed() ? "<" + THRESHOLD : Long.toString(value);
    }

    @Override
    public String toString() {
        return shown();
    }
}
