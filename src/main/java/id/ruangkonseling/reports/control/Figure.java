package id.ruangkonseling.reports.control;

import java.util.Locale;

/**
 * One number a service report counts per month and service field, in the order of the CSV's columns: the
 * issue's eight first, then what the report adds.
 */
public enum Figure {
    REQUESTS,
    REFERRALS,
    CASES_OPENED,
    CASES_CLOSED,
    SESSIONS,
    CRISIS_ESCALATIONS,
    TAKEN_UP,
    MISSED,
    FOLLOW_UPS_DUE,
    FOLLOW_UPS_DONE;

    /** The CSV column: {@code cases_opened}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
